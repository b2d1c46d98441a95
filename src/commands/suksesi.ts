/**
 * `talenta suksesi`: read the inputs (and a positions table, optional), classify, match the
 * talent pool to the target posts, write the succession reports (succession.md §5).
 */
import { join, resolve } from 'node:path';
import { succession } from '../core/succession/engine.js';
import { pseudonymizeSuccession } from '../core/succession/pseudonymize.js';
import { successionParams, type SuccessionParams } from '../core/succession/params.js';
import { readRecords } from '../core/succession/records.js';
import type { SuccessionResult } from '../core/succession/types.js';
import { recogniseJabatan, type RecognisedJabatan } from '../core/tables.js';
import { EXIT, UsageError } from '../errors.js';
import { writeAtomic } from '../io/atomic.js';
import { prepareOutputDir } from '../io/output-dir.js';
import { loadPseudonymKey, makePseudonymizer, pseudonymizeResult } from '../io/pseudonym.js';
import { resolveLang } from '../i18n.js';
import { csvBlocks, writeCsv } from '../output/csv.js';
import type { Ctx } from '../output/model.js';
import { Progress } from '../output/progress.js';
import { successionDocument } from '../output/succession-json.js';
import { CANDIDATE_COLUMNS, PAIR_COLUMNS, pairRows, POST_COLUMNS, RETIREMENT_COLUMNS, SUMMARY_COLUMNS, summaryRows, type SuccessionCtx } from '../output/succession-model.js';
import { renderSuccessionTerminal } from '../output/succession-terminal.js';
import { colorEnabled, makeChalk } from '../output/terminal.js';
import { loadAndClassify, outputDirMessage, type ClassifyCliOptions, type Io, type Loaded } from './classify.js';
import { streamSink, writeOut } from './options.js';

export interface SuksesiCliOptions extends ClassifyCliOptions {
  jabatan?: string[];
  horizon?: string;
  kandidatPerJabatan?: string;
  jenjang?: string;
  opd?: string;
  tanpaJabatanImplisit?: boolean;
}

/** Output file names (stable; documented in README). */
export const SUCCESSION_FILES = {
  xlsx: 'laporan-suksesi.xlsx',
  json: 'hasil-suksesi.json',
  posts: 'jabatan-target.csv',
  candidates: 'kandidat-jabatan.csv',
  pairs: 'kelayakan.csv',
  retirements: 'proyeksi-pensiun.csv',
  summary: 'ringkasan-suksesi.csv',
} as const;

export interface LoadedSuccession extends Loaded {
  params: SuccessionParams;
  jabatan: RecognisedJabatan[];
  succ: SuccessionResult;
}

const int = (v: string | undefined, name: string, min: number): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} harus bilangan bulat ≥ ${min} (diberikan: "${v}").`);
  return n;
};

/** Options → effective parameters (flags over the profile's section). */
export function effectiveParams(base: SuccessionParams, o: SuksesiCliOptions): SuccessionParams {
  const horizon = int(o.horizon, '--horizon', 1);
  const n = int(o.kandidatPerJabatan, '--kandidat-per-jabatan', 1);
  return {
    ...base,
    ...(n !== undefined ? { nomineesPerPosition: n } : {}),
    ...(horizon !== undefined ? { vacancy: { ...base.vacancy, horizonMonths: horizon } } : {}),
  };
}

/** Read, classify, find the positions tables and run the succession engine (suksesi, explain --kode). */
export async function loadSuccession(files: string[], o: SuksesiCliOptions, io: Io, progress?: Progress): Promise<LoadedSuccession> {
  const jabatanFiles = o.jabatan ?? [];
  const loaded = await loadAndClassify([...files, ...jabatanFiles], o, io, progress, { stream: false });
  const { profile, prepared, result, lang, asOf } = loaded;
  const params = effectiveParams(successionParams(profile), o);
  const forced = new Set(jabatanFiles.map((f) => (f === '-' ? '(stdin)' : f)));
  const jabatan: RecognisedJabatan[] = [];
  for (const t of prepared.tables) {
    const isForced = forced.has(t.raw.file);
    if (!isForced && t.roles.length > 0) continue;
    const j = recogniseJabatan(t.raw, params.headers.jabatan, isForced);
    if (j) jabatan.push(j);
    else if (isForced) {
      throw new UsageError(
        lang === 'en'
          ? `${t.raw.file}${t.raw.sheet ? ` [${t.raw.sheet}]` : ''} given with --jabatan is not a positions table: it needs a NAMA JABATAN or KODE JABATAN header (see README, "Rencana suksesi").`
          : `${t.raw.file}${t.raw.sheet ? ` [${t.raw.sheet}]` : ''} yang diberikan dengan --jabatan bukan tabel jabatan: perlu header NAMA JABATAN atau KODE JABATAN (lihat README, "Rencana suksesi").`,
      );
    }
  }
  // a positions table is not "unrecognised": drop classify's TABEL_TIDAK_DIKENALI for it
  const used = new Set(jabatan.map((j) => `${j.raw.file}\u0000${j.raw.sheet ?? ''}`));
  const dropped = (i: (typeof result.issues)[number]) => i.code === 'TABEL_TIDAK_DIKENALI' && used.has(`${i.file ?? ''}\u0000${i.sheet ?? ''}`);
  for (const i of result.issues) if (dropped(i)) result.summary.issues[i.severity]--;
  result.issues = result.issues.filter((i) => !dropped(i));
  const records = readRecords(prepared.tables, profile, params);
  const levels = o.jenjang ? o.jenjang.split(',').map((s) => s.trim().toUpperCase()).filter((s) => s !== '') : null;
  const succ = succession({
    employees: result.employees,
    skpYears: result.summary.skpYears,
    records,
    jabatan,
    asOf,
    profile,
    params,
    implicitPosts: !o.tanpaJabatanImplisit,
    levels,
    opd: o.opd ?? null,
  });
  return { ...loaded, params, jabatan, succ };
}

export async function runSuksesi(files: string[], o: SuksesiCliOptions, io: Io): Promise<number> {
  const failOn = o.failOn ?? 'none';
  if (!['none', 'error', 'warning'].includes(failOn)) throw new UsageError(`--fail-on menerima error, warning atau none (diberikan: "${failOn}").`);
  const top = int(o.top, '--top', 0) ?? 10;
  if (!o.pseudonymize && o.pseudonymKeyFile !== undefined) throw new UsageError('--pseudonym-key-file hanya berlaku bersama --pseudonymize.');
  if (o.format !== undefined && o.output !== '-') throw new UsageError('--format hanya berlaku bersama -o - (keluaran ke stdout). Untuk berkas, gunakan -o <folder>.');
  const key = o.pseudonymize ? await loadPseudonymKey({ keyFile: o.pseudonymKeyFile, env: io.env, lang: resolveLang(o.lang, io.env) }) : null;
  const progress = Progress.for(io.stderr, { quiet: o.quiet, json: o.json || o.output === '-' });
  const loaded = await loadSuccession(files, o, io, progress);
  const { lang, asOf, profile, resolved, files: inputs } = loaded;
  let { result, succ } = loaded;
  if (key) {
    const p = makePseudonymizer(key);
    result = pseudonymizeResult(result, p);
    succ = pseudonymizeSuccession(succ, p);
  }
  // the input rows are no longer needed
  for (const t of loaded.prepared.tables) t.raw.rows = [];
  const ctx: SuccessionCtx = { lang, human: true, profile, result, profileHash: resolved.hash, succ };
  const contract: SuccessionCtx = { ...ctx, human: false };
  const meta = { toolVersion: io.version, lang, profile: { id: profile.id, version: profile.version }, profileHash: resolved.hash, files: inputs };
  const json = () => JSON.stringify(successionDocument(succ, result.employees, meta), null, 2) + '\n';

  if (o.output === '-') {
    const format = o.format ?? 'csv';
    if (format !== 'csv' && format !== 'json') throw new UsageError('--format untuk suksesi: csv atau json.');
    const out = streamSink(io.stdout);
    if (format === 'csv') for (const b of csvBlocks(POST_COLUMNS, succ.posts, contract as Ctx, false)) await out.write(b);
    else await out.write(json());
    await out.flush();
  } else {
    const writeFiles = !o.json || o.output !== undefined;
    if (writeFiles) {
      const dir = resolve(o.output ?? `laporan-suksesi-${asOf}`);
      if (o.output === undefined && !o.quiet) io.stderr.write(`${lang === 'en' ? 'Output folder (default)' : 'Folder keluaran (bawaan)'}: ${dir}\n`);
      await prepareOutputDir(dir, inputs.map((f) => f.path), new Set(Object.values(SUCCESSION_FILES)), Boolean(o.force), outputDirMessage(lang));
      await writeCsv(join(dir, SUCCESSION_FILES.posts), POST_COLUMNS, succ.posts, contract);
      await writeCsv(join(dir, SUCCESSION_FILES.candidates), CANDIDATE_COLUMNS, succ.nominees, contract);
      await writeCsv(join(dir, SUCCESSION_FILES.pairs), PAIR_COLUMNS, pairRows(succ), contract);
      await writeCsv(join(dir, SUCCESSION_FILES.retirements), RETIREMENT_COLUMNS, succ.retirements, contract);
      await writeCsv(join(dir, SUCCESSION_FILES.summary), SUMMARY_COLUMNS, summaryRows(succ, contract), contract);
      await writeAtomic(join(dir, SUCCESSION_FILES.json), async (write) => write(json()));
      if (o.xlsx !== false) {
        const { writeSuccessionXlsx } = await import('../output/succession-xlsx.js');
        await writeSuccessionXlsx(join(dir, SUCCESSION_FILES.xlsx), ctx, { toolVersion: io.version, files: inputs, profileSource: resolved.source });
      }
      progress.done();
      if (!o.quiet) io.stderr.write(`${lang === 'en' ? 'Succession report written to' : 'Laporan suksesi ditulis ke'} ${dir}\n`);
    }
    if (o.json) {
      const out = streamSink(io.stdout);
      await out.write(json());
      await out.flush();
    } else if (!o.quiet) {
      const chalk = makeChalk(colorEnabled(io.stdout, io.env, o.color));
      await writeOut(io.stdout, renderSuccessionTerminal(succ, lang, chalk, top));
    }
  }
  const issues = [...result.issues, ...succ.issues];
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  if (failOn === 'error' && errors > 0) return EXIT.DATA_PROBLEMS;
  if (failOn === 'warning' && errors + warnings > 0) return EXIT.DATA_PROBLEMS;
  return EXIT.OK;
}
