/** `talenta init` and `talenta profile list|show|diff|schema`. */
import { access } from 'node:fs/promises';
import { ReportSet } from '../io/atomic.js';
import { z } from 'zod';
import { classify, prepareInputs } from '../core/classify.js';
import { profileSchema, type Profile } from '../core/profile.js';
import { BUILTIN_PROFILES, builtinProfile } from '../core/profiles.js';
import { UsageError } from '../errors.js';
import { resolveLang } from '../i18n.js';
import { loadInputs } from '../io/inputs.js';
import { resolveProfile } from '../io/profile-file.js';
import { flattenProfile } from '../output/model.js';
import { inputSpecs, parseInputOptions, type ClassifyCliOptions, type Io } from './classify.js';

export const PROFILE_FILE = 'talenta.profile.json';
export const SCHEMA_FILE = 'talenta.profile.schema.json';

export function profileJsonSchema(): unknown {
  return z.toJSONSchema(profileSchema, { unrepresentable: 'any', io: 'input' });
}

export async function runInit(o: { from?: string; output?: string; force?: boolean }, io: Io): Promise<number> {
  const base = builtinProfile(o.from ?? 'permenpanrb-3-2020');
  if (!base) {
    throw new UsageError(`Profil bawaan tidak dikenal: "${o.from}". Pilihan: ${BUILTIN_PROFILES.map((p) => p.id).join(', ')}.`);
  }
  const target = o.output ?? PROFILE_FILE;
  const exists = await access(target).then(
    () => true,
    () => false,
  );
  if (exists && !o.force) throw new UsageError(`${target} sudah ada; pakai --force untuk menimpanya, atau -o nama-lain.json.`);
  const schemaPath = target.replace(/[^/\\]*$/, SCHEMA_FILE);
  const doc: Profile = { $schema: `./${SCHEMA_FILE}`, ...structuredClone(base) };
  // both files under temporary names first, then renamed together (src/io/atomic.ts)
  const set = new ReportSet(io.writeFs ? { fs: io.writeFs } : {});
  try {
    await set.write(target, (write) => write(JSON.stringify(doc, null, 2) + '\n'));
    await set.write(schemaPath, (write) => write(JSON.stringify(profileJsonSchema(), null, 2) + '\n'));
    set.commit();
  } catch (err) {
    await set.discard();
    throw err;
  }
  io.stderr.write(
    `Profil ditulis ke ${target} (dari ${base.id}); skema JSON untuk editor: ${schemaPath}.\n` +
      `Ubah id dan version bila Anda mengubah aturan, lalu: talenta classify <berkas…> --profile ${target}\n`,
  );
  return 0;
}

export async function runProfileList(io: Io): Promise<number> {
  const lang = resolveLang(undefined, io.env);
  for (const p of BUILTIN_PROFILES) io.stdout.write(`${p.id.padEnd(22)} v${p.version}  ${p.name[lang]}\n`);
  return 0;
}

export async function runProfileShow(spec: string | undefined, io: Io): Promise<number> {
  const r = await resolveProfile(spec ?? io.env.TALENTA_PROFILE);
  io.stdout.write(JSON.stringify({ ...r.profile, $schema: undefined }, null, 2) + '\n');
  io.stderr.write(`# ${r.source} · SHA-256 ${r.hash}\n`);
  return 0;
}

export async function runProfileSchema(io: Io): Promise<number> {
  io.stdout.write(JSON.stringify(profileJsonSchema(), null, 2) + '\n');
  return 0;
}

/** Parameters that differ; with inputs, who changes box. */
export async function runProfileDiff(a: string, b: string, files: string[], o: ClassifyCliOptions, io: Io): Promise<number> {
  const lang = resolveLang(o.lang, io.env);
  const pa = await resolveProfile(a);
  const pb = await resolveProfile(b);
  const fa = new Map(flattenProfile({ ...pa.profile, $schema: undefined }).filter(([k]) => k !== '$schema'));
  const fb = new Map(flattenProfile({ ...pb.profile, $schema: undefined }).filter(([k]) => k !== '$schema'));
  const keys = [...new Set([...fa.keys(), ...fb.keys()])].sort();
  const diffs = keys.filter((k) => fa.get(k) !== fb.get(k)).map((k) => ({ path: k, a: fa.get(k) ?? null, b: fb.get(k) ?? null }));
  const out: string[] = [];
  out.push(`${lang === 'en' ? 'Parameters that differ' : 'Parameter yang berbeda'}: ${pa.source} → ${pb.source}`);
  for (const d of diffs) out.push(`  ${d.path}: ${d.a ?? '–'} → ${d.b ?? '–'}`);
  if (diffs.length === 0) out.push(lang === 'en' ? '  (none)' : '  (tidak ada)');
  let changes: { nip: string; nama: string; from: number | null; to: number | null; poolFrom: boolean; poolTo: boolean }[] = [];
  if (files.length > 0) {
    const { asOf, year, delimiter, maxInputBytes } = parseInputOptions(o, io);
    const { tables } = await loadInputs(inputSpecs(files, o), { delimiter, encoding: o.encoding, stdin: io.stdin, lang, streamMinBytes: Infinity, maxInputBytes });
    const run = (p: Profile) => classify(prepareInputs(structuredClone(tables), p), p, { asOf, year });
    const ra = run(pa.profile);
    const rb = run(pb.profile);
    changes = ra.employees
      .map((e, i) => ({ e, f: rb.employees[i]! }))
      .filter(({ e, f }) => e.box !== f.box || e.talentPool !== f.talentPool)
      .map(({ e, f }) => ({ nip: e.nip, nama: e.nama, from: e.box, to: f.box, poolFrom: e.talentPool, poolTo: f.talentPool }));
    out.push('');
    out.push(
      lang === 'en'
        ? `${changes.length} of ${ra.employees.length} employees change box or pool membership:`
        : `${changes.length} dari ${ra.employees.length} pegawai berubah kotak atau keanggotaan talent pool:`,
    );
    const yn = (b: boolean) => (b ? (lang === 'en' ? 'yes' : 'ya') : lang === 'en' ? 'no' : 'tidak');
    for (const c of changes) {
      out.push(
        `  ${c.nip} ${c.nama.padEnd(30).slice(0, 30)} ${lang === 'en' ? 'box' : 'kotak'} ${c.from ?? '–'} → ${c.to ?? '–'}${c.poolFrom !== c.poolTo ? `  (talent pool: ${yn(c.poolFrom)} → ${yn(c.poolTo)})` : ''}`,
      );
    }
  }
  if (o.json) {
    io.stdout.write(JSON.stringify({ a: { source: pa.source, hash: pa.hash }, b: { source: pb.source, hash: pb.hash }, parameters: diffs, changes }, null, 2) + '\n');
  } else {
    io.stdout.write(out.join('\n') + '\n');
  }
  return 0;
}
