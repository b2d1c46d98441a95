/**
 * `talenta suksesi`: read the inputs (and a positions table, optional), classify, match the
 * talent pool to the target posts, write the succession reports (docs/rules.md §12).
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
import { fillText as fill, resolveLang, type Lang } from '../i18n.js';
import { renderSuccessionExplain } from '../output/succession-explain-text.js';
import { csvBlocks, writeCsv } from '../output/csv.js';
import type { Ctx } from '../output/model.js';
import { Progress } from '../output/progress.js';
import { successionDocument } from '../output/succession-json.js';
import { explainSuccessionDocument } from '../output/explain-json.js';
import { CANDIDATE_COLUMNS, pairCsvBlocks, POST_COLUMNS, RETIREMENT_COLUMNS, SUMMARY_COLUMNS, summaryRows, type SuccessionCtx } from '../output/succession-model.js';
import { renderSuccessionTerminal } from '../output/succession-terminal.js';
import { terminalWidth } from '../output/width.js';
import { colorEnabled, makeChalk } from '../output/terminal.js';
import type { ClassifyCliOptions } from './classify.js';
import { loadAndClassify, parseFailOn, parseIntOption, type Loaded } from './shared/inputs.js';
import type { Io } from './shared/io.js';
import { msg, usage } from './shared/messages.js';
import { outputDirMessage } from './shared/output-dir-message.js';
import { failOnOutcome, streamSink, writeOut } from './options.js';

export interface SuksesiCliOptions extends ClassifyCliOptions {
  jabatan?: string[];
  horizon?: string;
  kandidatPerJabatan?: string;
  jenjang?: string;
  opd?: string;
  tanpaJabatanImplisit?: boolean;
}

const TEXT = {
  noPost: {
    id: 'Tidak ada jabatan target dengan kode "{code}". Kode ada di jabatan-target.csv (mis. {some}).',
    en: 'No target post with code "{code}". Codes are in jabatan-target.csv (e.g. {some}).',
  },
  notPositions: {
    id: '{where} yang diberikan dengan --jabatan bukan tabel jabatan: perlu header NAMA JABATAN atau KODE JABATAN (lihat README, "Rencana suksesi").',
    en: '{where} given with --jabatan is not a positions table: it needs a NAMA JABATAN or KODE JABATAN header (see README, "Rencana suksesi").',
  },
} satisfies Record<string, Record<Lang, string>>;

/** Output file names (stable; documented in README). */
const SUCCESSION_FILES = {
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

/** Options → effective parameters (flags over the profile's section). */
function effectiveParams(base: SuccessionParams, o: SuksesiCliOptions): SuccessionParams {
  const lang = resolveLang(o.lang, {});
  const horizon = parseIntOption(o.horizon, '--horizon', 1, lang);
  const n = parseIntOption(o.kandidatPerJabatan, '--kandidat-per-jabatan', 1, lang);
  return {
    ...base,
    ...(n !== undefined ? { nomineesPerPosition: n } : {}),
    ...(horizon !== undefined ? { vacancy: { ...base.vacancy, horizonMonths: horizon } } : {}),
  };
}

/** Read, classify, find the positions tables and run the succession engine (suksesi, explain --kode). */
export async function loadSuccession(files: string[], o: SuksesiCliOptions, io: Io, progress?: Progress): Promise<LoadedSuccession> {
  const jabatanFiles = o.jabatan ?? [];
  const loaded = await loadAndClassify([...files, ...jabatanFiles], o, io, progress, { stream: false, command: 'suksesi' });
  const { profile, prepared, lang, asOf } = loaded;
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
      throw new UsageError(fill(TEXT.notPositions[lang], { where: `${t.raw.file}${t.raw.sheet ? ` [${t.raw.sheet}]` : ''}` }));
    }
  }
  // a positions table is not "unrecognised": drop classify's TABEL_TIDAK_DIKENALI for it
  const used = new Set(jabatan.map((j) => `${j.raw.file}\u0000${j.raw.sheet ?? ''}`));
  const dropped = (i: (typeof loaded.result.issues)[number]) => i.code === 'TABEL_TIDAK_DIKENALI' && used.has(`${i.file ?? ''}\u0000${i.sheet ?? ''}`);
  // a new result without them (the core's result is not changed)
  const counts = { ...loaded.result.summary.issues };
  for (const i of loaded.result.issues) if (dropped(i)) counts[i.severity]--;
  const result = { ...loaded.result, issues: loaded.result.issues.filter((i) => !dropped(i)), summary: { ...loaded.result.summary, issues: counts } };
  const records = readRecords(prepared.tables, profile, params);
  const levels = o.jenjang
    ? o.jenjang
        .split(',')
        .map((s) => s.trim().toUpperCase())
        .filter((s) => s !== '')
    : null;
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
  return { ...loaded, result, params, jabatan, succ };
}

export async function runSuksesi(files: string[], o: SuksesiCliOptions, io: Io): Promise<number> {
  const lang0 = resolveLang(o.lang, io.env);
  const failOn = parseFailOn(o.failOn, lang0);
  const top = parseIntOption(o.top, '--top', 0, lang0) ?? 10;
  if (!o.pseudonymize && o.pseudonymKeyFile !== undefined) throw usage('keyFileAlone', lang0);
  if (o.format !== undefined && o.output !== '-') throw usage('formatWithoutStdout', lang0);
  const key = o.pseudonymize ? await loadPseudonymKey({ keyFile: o.pseudonymKeyFile, env: io.env, lang: lang0 }) : null;
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
    if (format !== 'csv' && format !== 'json') throw usage('suksesiFormat', lang);
    const out = streamSink(io.stdout);
    if (format === 'csv') for (const b of csvBlocks(POST_COLUMNS, succ.posts, contract as Ctx, false)) await out.write(b);
    else await out.write(json());
    await out.flush();
  } else {
    const writeFiles = !o.json || o.output !== undefined;
    if (writeFiles) {
      const dir = resolve(o.output ?? `laporan-suksesi-${asOf}`);
      if (o.output === undefined && !o.quiet) io.stderr.write(`${msg('outputDefault', lang)}: ${dir}\n`);
      await prepareOutputDir(
        dir,
        inputs.map((f) => f.path),
        new Set(Object.values(SUCCESSION_FILES)),
        Boolean(o.force),
        outputDirMessage(lang),
      );
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
      if (!o.quiet) io.stderr.write(`${msg('successionWritten', lang)} ${dir}\n`);
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
  const target = succ.posts.find((r) => r.post.code === o.kode);
  if (!target) {
    const some = succ.posts
      .slice(0, 5)
      .map((r) => r.post.code)
      .join(', ');
    throw new UsageError(fill(TEXT.noPost[lang], { code: o.kode, some }));
  }
  const ei = result.employees.findIndex((e) => e.nip === nipArg);
  if (ei < 0) throw usage('nipNotInRoster', lang, { nip: nipArg });
  const e = result.employees[ei]!;
  const records = readRecords(prepared.tables, profile, params);
  const cf = candidateFacts(e, records.extras.get(e.nip), records.hukdis.get(e.nip) ?? [], result.summary.skpYears, profile, params);
  const pf = postFacts(target.post, target.referenceDate, loaded.asOf, profile, params);
  const checks = checksOf(cf, pf, params, records.hukdisTable);
  const eligibility = verdict(checks);
  const ready = readyDate(checks, loaded.asOf);
  const readiness = e.box === null ? 'BUKAN_KANDIDAT' : readinessOf(eligibility, e.box, ready, loaded.asOf, params);
  const feeder = params.feeders[target.post.level as keyof SuccessionParams['feeders']];
  const inUniverse =
    e.box !== null && (params.candidateBoxes.includes(e.box) || params.developmentBoxes.includes(e.box)) && !(params.excludePoolExclusions && e.exclusions.length > 0);
  const inFeeder = feeder !== undefined && e.currentLevel !== null && (feeder.levels as readonly string[]).includes(e.currentLevel);
  const evaluated = inUniverse && inFeeder;
  if (o.json) {
    const doc = explainSuccessionDocument({
      asOf: loaded.asOf,
      post: target.post.code,
      referenceDate: target.referenceDate,
      nip: e.nip,
      box: e.box,
      level: e.currentLevel,
      evaluated,
      inCandidateUniverse: inUniverse,
      inFeederLevel: inFeeder,
      eligibility,
      readiness: evaluated ? readiness : 'BUKAN_KANDIDAT',
      readyDate: ready,
      checks,
    });
    await writeOut(io.stdout, JSON.stringify(doc, null, 2) + '\n');
    return EXIT.OK;
  }
  const text = renderSuccessionExplain(
    {
      nip: e.nip,
      nama: e.nama,
      post: target.post,
      level: e.currentLevel,
      box: e.box,
      referenceDate: target.referenceDate,
      asOf: loaded.asOf,
      inUniverse,
      inFeeder,
      checks,
      eligibility,
      readiness: evaluated ? readiness : 'BUKAN_KANDIDAT',
      ready,
    },
    lang,
  );
  await writeOut(io.stdout, text);
  return EXIT.OK;
}
