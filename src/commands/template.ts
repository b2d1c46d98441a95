/** `talenta template [roster|cact|skp|hukdis|jabatan|all] -o FILE.xlsx`: an import workbook to fill in. */
import { access } from 'node:fs/promises';
import { availableKinds, TEMPLATE_KINDS, templateModel, type TemplateKind } from '../core/template.js';
import { UsageError } from '../errors.js';
import { resolveLang } from '../i18n.js';
import { resolveProfile } from '../io/profile-file.js';
import { writeTemplateXlsx } from '../output/template-xlsx.js';
import type { Io } from './shared/io.js';
import { fill, type Texts } from '../cli/lang.js';

const TEXT = {
  noHeaders: {
    id: 'Profil ini tidak punya header untuk tabel {kind} (tabel itu datang bersama aturan suksesi). Yang tersedia: {available}.',
    en: 'This profile has no headers for the {kind} table (it comes with the succession rules). Available: {available}.',
  },
  unknown: { id: 'Tabel tidak dikenal: "{kind}". Pilihan: {choices}.', en: 'Unknown table "{kind}". Choose one of: {choices}.' },
  notXlsx: {
    id: 'Templat berupa workbook: beri nama berkas berakhiran .xlsx (diberikan: "{file}").',
    en: 'The template is a workbook: give a file name ending in .xlsx (given: "{file}").',
  },
  exists: { id: '{file} sudah ada; pakai --force untuk menimpanya, atau -o nama-lain.xlsx.', en: '{file} already exists; use --force to overwrite it, or -o another.xlsx.' },
  written: {
    id: 'Templat ditulis ke {file}: sheet {sheets} dan "Nilai yang diterima". Ganti baris contoh dengan data Anda, lalu: talenta validate {file}\n',
    en: 'Template written to {file}: sheets {sheets} and "Accepted values". Replace the example row with your data, then: talenta validate {file}\n',
  },
} satisfies Record<string, Texts>;

const TEMPLATE_FILE = 'templat-talenta.xlsx';

export interface TemplateOptions {
  output?: string;
  force?: boolean;
  profile?: string;
  lang?: string;
}

export async function runTemplate(kind: string | undefined, o: TemplateOptions, io: Io): Promise<number> {
  const lang = resolveLang(o.lang, io.env);
  const profile = (await resolveProfile(o.profile ?? io.env.TALENTA_PROFILE, lang)).profile;
  const available = availableKinds(profile);
  const asked = (kind ?? 'all').toLowerCase();
  let kinds: TemplateKind[];
  // all: the tables classify reads; the jabatan table (for suksesi) only when asked for
  if (asked === 'all') kinds = available.filter((k) => k !== 'jabatan');
  else if ((TEMPLATE_KINDS as readonly string[]).includes(asked)) {
    if (!available.includes(asked as TemplateKind)) {
      throw new UsageError(fill(TEXT.noHeaders[lang], { kind: asked, available: available.join(', ') }));
    }
    kinds = [asked as TemplateKind];
  } else {
    throw new UsageError(fill(TEXT.unknown[lang], { kind: String(kind), choices: [...TEMPLATE_KINDS, 'all'].join(', ') }));
  }
  const target = o.output ?? TEMPLATE_FILE;
  if (!/\.xlsx$/i.test(target)) {
    throw new UsageError(fill(TEXT.notXlsx[lang], { file: target }));
  }
  const exists = await access(target).then(
    () => true,
    () => false,
  );
  if (exists && !o.force) {
    throw new UsageError(fill(TEXT.exists[lang], { file: target }));
  }
  const model = templateModel(kinds, profile);
  await writeTemplateXlsx(target, model, lang);
  io.stderr.write(fill(TEXT.written[lang], { file: target, sheets: model.sheets.map((x) => x.name[lang]).join(', ') }));
  return 0;
}
