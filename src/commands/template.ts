/** `talenta template [roster|cact|skp|hukdis|jabatan|all] -o FILE.xlsx`: an import workbook to fill in. */
import { access } from 'node:fs/promises';
import { availableKinds, TEMPLATE_KINDS, templateModel, type TemplateKind } from '../core/template.js';
import { UsageError } from '../errors.js';
import { resolveLang } from '../i18n.js';
import { resolveProfile } from '../io/profile-file.js';
import { writeTemplateXlsx } from '../output/template-xlsx.js';
import type { Io } from './classify.js';

export const TEMPLATE_FILE = 'templat-talenta.xlsx';

export interface TemplateOptions {
  output?: string;
  force?: boolean;
  profile?: string;
  lang?: string;
}

export async function runTemplate(kind: string | undefined, o: TemplateOptions, io: Io): Promise<number> {
  const lang = resolveLang(o.lang, io.env);
  const en = lang === 'en';
  const profile = (await resolveProfile(o.profile ?? io.env.TALENTA_PROFILE)).profile;
  const available = availableKinds(profile);
  const asked = (kind ?? 'all').toLowerCase();
  let kinds: TemplateKind[];
  // all: the tables classify reads; the jabatan table (for suksesi) only when asked for
  if (asked === 'all') kinds = available.filter((k) => k !== 'jabatan');
  else if ((TEMPLATE_KINDS as readonly string[]).includes(asked)) {
    if (!available.includes(asked as TemplateKind)) {
      throw new UsageError(
        en
          ? `This profile has no headers for the ${asked} table (it comes with the succession rules). Available: ${available.join(', ')}.`
          : `Profil ini tidak punya header untuk tabel ${asked} (tabel itu datang bersama aturan suksesi). Yang tersedia: ${available.join(', ')}.`,
      );
    }
    kinds = [asked as TemplateKind];
  } else {
    throw new UsageError(
      en
        ? `Unknown table "${kind}". Choose one of: ${[...TEMPLATE_KINDS, 'all'].join(', ')}.`
        : `Tabel tidak dikenal: "${kind}". Pilihan: ${[...TEMPLATE_KINDS, 'all'].join(', ')}.`,
    );
  }
  const target = o.output ?? TEMPLATE_FILE;
  if (!/\.xlsx$/i.test(target)) {
    throw new UsageError(en ? `The template is a workbook: give a file name ending in .xlsx (given: "${target}").` : `Templat berupa workbook: beri nama berkas berakhiran .xlsx (diberikan: "${target}").`);
  }
  const exists = await access(target).then(
    () => true,
    () => false,
  );
  if (exists && !o.force) {
    throw new UsageError(en ? `${target} already exists; use --force to overwrite it, or -o another.xlsx.` : `${target} sudah ada; pakai --force untuk menimpanya, atau -o nama-lain.xlsx.`);
  }
  const model = templateModel(kinds, profile);
  await writeTemplateXlsx(target, model, lang);
  io.stderr.write(
    en
      ? `Template written to ${target}: sheets ${model.sheets.map((s) => s.name.en).join(', ')} and "Accepted values". Replace the example row with your data, then: talenta validate ${target}\n`
      : `Templat ditulis ke ${target}: sheet ${model.sheets.map((s) => s.name.id).join(', ')} dan "Nilai yang diterima". Ganti baris contoh dengan data Anda, lalu: talenta validate ${target}\n`,
  );
  return 0;
}
