/** `talenta init` and `talenta profile list|show|diff|schema`. */
import { access } from 'node:fs/promises';
import { ReportSet } from '../io/atomic.js';
import { z } from 'zod';
import { classify, prepareInputs } from '../core/classify.js';
import { profileSchema, type Profile } from '../core/profile.js';
import { BUILTIN_PROFILES, builtinDescription, builtinProfile } from '../core/profiles.js';
import { EXIT } from '../errors.js';
import { resolveLang } from '../i18n.js';
import { loadInputs } from '../io/inputs.js';
import { resolveProfile } from '../io/profile-file.js';
import { profileDiff } from '../core/profile-diff.js';
import type { ClassifyResult } from '../core/types.js';
import { profileDiffDocument, profileDiffText } from '../output/profile-diff.js';
import { inputSpecs, parseInputOptions, type InputCliOptions } from './shared/inputs.js';
import type { Io } from './shared/io.js';
import { msg, usage } from './shared/messages.js';

const PROFILE_FILE = 'talenta.profile.json';
const SCHEMA_FILE = 'talenta.profile.schema.json';

export function profileJsonSchema(): unknown {
  return z.toJSONSchema(profileSchema, { unrepresentable: 'any', io: 'input' });
}

export async function runInit(o: { from?: string; output?: string; force?: boolean; lang?: string }, io: Io): Promise<number> {
  const lang = resolveLang(o.lang, io.env);
  const base = builtinProfile(o.from ?? 'permenpanrb-3-2020');
  if (!base) throw usage('unknownProfile', lang, { v: String(o.from), choices: BUILTIN_PROFILES.map((p) => p.id).join(', ') });
  const target = o.output ?? PROFILE_FILE;
  const exists = await access(target).then(
    () => true,
    () => false,
  );
  if (exists && !o.force) throw usage('profileExists', lang, { file: target });
  const schemaPath = target.replace(/[^/\\]*$/, SCHEMA_FILE);
  // the built-in exactly (its hash is the built-in's)
  const doc: Profile = { $schema: `./${SCHEMA_FILE}`, ...structuredClone(base) };
  // both files under temporary names first, then renamed together (src/io/atomic.ts)
  const set = new ReportSet({ lang, ...(io.writeFs ? { fs: io.writeFs } : {}) });
  try {
    await set.write(target, (write) => write(JSON.stringify(doc, null, 2) + '\n'));
    await set.write(schemaPath, (write) => write(JSON.stringify(profileJsonSchema(), null, 2) + '\n'));
    set.commit();
  } catch (err) {
    await set.discard();
    throw err;
  }
  io.stderr.write(msg('profileWritten', lang, { file: target, base: base.id, schema: schemaPath }));
  return EXIT.OK;
}

/** One line per built-in profile: id, version, name and description in the run's language. */
export async function runProfileList(o: { lang?: string }, io: Io): Promise<number> {
  const lang = resolveLang(o.lang, io.env);
  for (const p of BUILTIN_PROFILES) {
    const what = builtinDescription(p.id, lang);
    io.stdout.write(`${p.id.padEnd(22)} v${p.version}  ${p.name[lang]}${what ? ` — ${what}` : ''}\n`);
  }
  return EXIT.OK;
}

export async function runProfileShow(spec: string | undefined, o: { lang?: string }, io: Io): Promise<number> {
  const r = await resolveProfile(spec ?? io.env.TALENTA_PROFILE, resolveLang(o.lang, io.env));
  io.stdout.write(JSON.stringify({ ...r.profile, $schema: undefined }, null, 2) + '\n');
  io.stderr.write(`# ${r.source} · SHA-256 ${r.hash}\n`);
  return 0;
}

export async function runProfileSchema(io: Io): Promise<number> {
  io.stdout.write(JSON.stringify(profileJsonSchema(), null, 2) + '\n');
  return 0;
}

/** Parameters that differ; with inputs, who changes box. */
export async function runProfileDiff(a: string, b: string, files: string[], o: InputCliOptions & { json?: boolean }, io: Io): Promise<number> {
  const lang = resolveLang(o.lang, io.env);
  const pa = await resolveProfile(a, lang);
  const pb = await resolveProfile(b, lang);
  let results: { a: ClassifyResult; b: ClassifyResult } | undefined;
  if (files.length > 0) {
    const { asOf, year, delimiter, maxInputBytes } = parseInputOptions(o, io);
    const { tables } = await loadInputs(inputSpecs(files, { ...o, lang }, 'profile diff A B'), {
      delimiter,
      encoding: o.encoding,
      stdin: io.stdin,
      lang,
      streamMinBytes: Infinity,
      maxInputBytes,
    });
    const run = (p: Profile) => classify(prepareInputs(structuredClone(tables), p), p, { asOf, year });
    results = { a: run(pa.profile), b: run(pb.profile) };
  }
  const diff = profileDiff(pa.profile, pb.profile, results);
  if (o.json) io.stdout.write(JSON.stringify(profileDiffDocument(diff, pa, pb), null, 2) + '\n');
  else io.stdout.write(profileDiffText(diff, pa, pb, lang));
  return EXIT.OK;
}
