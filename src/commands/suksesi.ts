/**
 * `talenta suksesi`: read the inputs (and a positions table, optional), classify, match the
 * talent pool to the target posts, write the succession reports (succession.md §5).
 */
import { join, resolve } from 'node:path';
import { succession } from '../core/succession/engine.js';
import { pseudonymizeSuccession } from '../core/succession/pseudonymize.js';
import { successionParams, type SuccessionParams } from '../core/succession/params.js';
import { readRecords } from '../core/succession/records.js';
import { candidateFacts, checksOf, postFacts, verdict } from '../core/succession/eligibility.js';
import { readinessOf, readyDate } from '../core/succession/readiness.js';
import type { SuccessionResult } from '../core/succession/types.js';
import { recogniseJabatan, type RecognisedJabatan } from '../core/tables.js';
import { EXIT, UsageError } from '../errors.js';
import { writeAtomic } from '../io/atomic.js';
import { prepareOutputDir } from '../io/output-dir.js';
import { loadPseudonymKey, makePseudonymizer, pseudonymizeResult } from '../io/pseudonym.js';
import { CHECK_LABEL, CHECK_REASON_TEXT, CHECK_STATUS_LABEL, ELIGIBILITY_LABEL, JOB_LEVEL_LABEL, READINESS_LABEL, resolveLang, tr } from '../i18n.js';
import { csvBlocks, writeCsv } from '../output/csv.js';
import type { Ctx } from '../output/model.js';
import { Progress } from '../output/progress.js';
import { successionDocument } from '../output/succession-json.js';
import { CANDIDATE_COLUMNS, pairCsvBlocks, POST_COLUMNS, RETIREMENT_COLUMNS, SUMMARY_COLUMNS, summaryRows, type SuccessionCtx } from '../output/succession-model.js';
import { renderSuccessionTerminal } from '../output/succession-terminal.js';
import { terminalWidth } from '../output/width.js';
import { colorEnabled, makeChalk } from '../output/terminal.js';
import { loadAndClassify, outputDirMessage, type ClassifyCliOptions, type Io, type Loaded } from './classify.js';
import { failOnOutcome, streamSink, writeOut } from './options.js';

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
  // a --jabatan workbook may carry other sheets (the template's "Nilai yang diterima"): it is
  // refused only when none of its sheets is a positions table
  const unread = new Map<string, (typeof prepared.tables)[number]>();
  const read = new Set<string>();
  for (const t of prepared.tables) {
    const isForced = forced.has(t.raw.file);
    if (!isForced && t.roles.length > 0) continue;
    const j = recogniseJabatan(t.raw, params.headers.jabatan, isForced);
    if (j) {
      jabatan.push(j);
      read.add(t.raw.file);
    } else if (isForced && !unread.has(t.raw.file)) unread.set(t.raw.file, t);
  }
  for (const [file, t] of unread) {
    if (!read.has(file)) {
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
      await writeAtomic(join(dir, SUCCESSION_FILES.pairs), async (write) => {
        for (const b of pairCsvBlocks(succ, contract)) await write(b);
      });
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
      await writeOut(io.stdout, renderSuccessionTerminal(succ, lang, chalk, top, terminalWidth(io.stdout, io.env)));
    }
  }
  const issues = [...result.issues, ...succ.issues];
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  const outcome = failOnOutcome(failOn, { error: errors, warning: warnings }, lang);
  if (outcome.reason && !o.quiet) io.stderr.write(`${outcome.reason}\n`);
  return outcome.code;
}

/**
 * `talenta explain NIP … --kode K`: every check of one candidate for one post, with the same
 * facts, reference date and parameters as the engine (the same function computes them).
 */
export async function runExplainSuccession(nipArg: string, files: string[], o: SuksesiCliOptions & { kode: string }, io: Io): Promise<number> {
  const loaded = await loadSuccession(files, o, io);
  const { lang, succ, result, params, profile, prepared } = loaded;
  const en = lang === 'en';
  const target = succ.posts.find((r) => r.post.code === o.kode);
  if (!target) {
    const some = succ.posts.slice(0, 5).map((r) => r.post.code).join(', ');
    throw new UsageError(en ? `No target post with code "${o.kode}". Codes are in jabatan-target.csv (e.g. ${some}).` : `Tidak ada jabatan target dengan kode "${o.kode}". Kode ada di jabatan-target.csv (mis. ${some}).`);
  }
  const ei = result.employees.findIndex((e) => e.nip === nipArg);
  if (ei < 0) throw new UsageError(en ? `NIP ${nipArg} is not in the roster.` : `NIP ${nipArg} tidak ada di roster.`);
  const e = result.employees[ei]!;
  const records = readRecords(prepared.tables, profile, params);
  const cf = candidateFacts(e, records.extras.get(e.nip), records.hukdis.get(e.nip) ?? [], result.summary.skpYears, profile, params);
  const pf = postFacts(target.post, target.referenceDate, loaded.asOf, profile, params);
  const checks = checksOf(cf, pf, params, records.hukdisTable);
  const eligibility = verdict(checks);
  const ready = readyDate(checks, loaded.asOf);
  const readiness = e.box === null ? 'BUKAN_KANDIDAT' : readinessOf(eligibility, e.box, ready, loaded.asOf, params);
  const feeder = params.feeders[target.post.level as keyof SuccessionParams['feeders']];
  const inUniverse = e.box !== null && (params.candidateBoxes.includes(e.box) || params.developmentBoxes.includes(e.box)) && !(params.excludePoolExclusions && e.exclusions.length > 0);
  const inFeeder = feeder !== undefined && e.currentLevel !== null && (feeder.levels as readonly string[]).includes(e.currentLevel);
  const evaluated = inUniverse && inFeeder;
  if (o.json) {
    const doc = { schemaVersion: 1, asOf: loaded.asOf, post: target.post.code, referenceDate: target.referenceDate, nip: e.nip, box: e.box, level: e.currentLevel, evaluated, inCandidateUniverse: inUniverse, inFeederLevel: inFeeder, eligibility, readiness: evaluated ? readiness : 'BUKAN_KANDIDAT', readyDate: ready, checks };
    await writeOut(io.stdout, JSON.stringify(doc, null, 2) + '\n');
    return EXIT.OK;
  }
  const L = (x: Record<string, { id: string; en: string }>, k: string) => tr(x[k], lang, k);
  const lines = [
    `${e.nip} ${e.nama} → ${target.post.code} ${target.post.name}`,
    `${en ? 'Level' : 'Jenjang'}: ${L(JOB_LEVEL_LABEL, e.currentLevel ?? '?')} → ${L(JOB_LEVEL_LABEL, target.post.level)} · ${en ? 'box' : 'kotak'} ${e.box ?? '–'} · ${en ? 'reference date of the checks' : 'tanggal acuan syarat'} ${target.referenceDate} · as-of ${loaded.asOf}`,
  ];
  if (!inUniverse) lines.push(en ? 'Not in the candidate universe (box not among the candidate boxes, not mapped, or excluded from the talent pool): not evaluated for any post.' : 'Tidak termasuk kandidat (kotak bukan kotak kandidat, belum terpetakan, atau dikecualikan dari talent pool): tidak dinilai untuk jabatan mana pun.');
  if (!inFeeder) lines.push(en ? 'The current level is not a feeder level of this post (S4): not evaluated for it. The checks below are for information.' : 'Jenjang sekarang bukan jenjang asal jabatan ini (S4): tidak dinilai untuk jabatan ini. Syarat di bawah hanya sebagai informasi.');
  for (const c of checks) {
    lines.push(
      `  ${c.code.padEnd(22)} ${L(CHECK_STATUS_LABEL, c.status).padEnd(18)} ${L(CHECK_LABEL, c.code)}${c.value !== null ? ` · ${en ? 'value' : 'nilai'} ${c.value}` : ''}${c.required !== null ? ` · ${en ? 'required' : 'syarat'} ${c.required}` : ''}${c.metDate ? ` · ${en ? 'met on' : 'terpenuhi'} ${c.metDate}` : ''}${c.mode !== 'keras' ? ` · ${c.mode}` : ''}`,
    );
    const why = tr(CHECK_REASON_TEXT[c.reason], lang);
    lines.push(`  ${''.padEnd(22)} ${c.basis}${why ? ` — ${why}` : ''}`);
  }
  lines.push(`${en ? 'Eligibility' : 'Kelayakan'}: ${L(ELIGIBILITY_LABEL, eligibility)} · ${en ? 'readiness' : 'kesiapan'}: ${L(READINESS_LABEL, evaluated ? readiness : 'BUKAN_KANDIDAT')} (${en ? 'ready' : 'siap'} ${ready})`);
  await writeOut(io.stdout, lines.join('\n') + '\n');
  return EXIT.OK;
}
