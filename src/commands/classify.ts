/** `talenta classify`: read inputs, run the pure core, write the reports. */
import { getHeapStatistics } from 'node:v8';
import { join, resolve } from 'node:path';
import { classify, prepareInputs, type PreparedInputs } from '../core/classify.js';
import type { Profile } from '../core/profile.js';
import { resolveProfile, type ResolvedProfile } from '../io/profile-file.js';
import type { ClassifyResult, RawTable, Role } from '../core/types.js';
import type { RecognisedTable } from '../core/tables.js';
import { isValidYmd } from '../core/values.js';
import { UsageError, EXIT } from '../errors.js';
import { loadInputs, MAX_INPUT_MB_CEILING, MAX_INPUT_MB_DEFAULT, type InputSpec, type LoadedFile } from '../io/inputs.js';
import type { Delimiter } from '../io/read-csv.js';
import { resolveLang, type Lang } from '../i18n.js';
import { causeText, EMPLOYEE_COLUMNS, ISSUE_COLUMNS, POOL_COLUMNS, RECONCILE_COLUMNS, SUMMARY_COLUMNS, summaryRows, type Ctx } from '../output/model.js';
import { collectUpstream, reconcile, upstreamColumns, type Reconciliation } from '../core/reconcile.js';
import { mostlyUnusableTables } from '../core/validate.js';
import { unusableTableLine } from '../output/validate-text.js';
import { csvBlocks, writeCsv } from '../output/csv.js';
import { ReportSet, type WriteFs } from '../io/atomic.js';
import { prepareOutputDir, type OutputDirProblem } from '../io/output-dir.js';
import { jsonChunks, jsonLines } from '../output/json.js';
import { overflowsSheet, writeXlsxReport } from '../output/xlsx.js';
import { colorEnabled, makeChalk, renderTerminal } from '../output/terminal.js';
import { terminalWidth } from '../output/width.js';
import { Progress } from '../output/progress.js';
import { renderSafely } from '../output/terminal-safe.js';
import { failOnOutcome, holdForTests, streamSink, truncatedWarning, writeOut } from './options.js';
import { auditJson } from '../core/audit.js';
import { loadPseudonymKey } from '../io/pseudonym.js';
import { writeHtmlReport } from '../output/html.js';
import { auditOutputs, refuseInputOverwrite } from './audit.js';

export interface ClassifyCliOptions {
  roster?: string[];
  cact?: string[];
  skp?: string[];
  hukdis?: string[];
  asOf?: string;
  year?: string;
  output?: string;
  json?: boolean;
  xlsx?: boolean;
  failOn?: string;
  lang?: string;
  delimiter?: string;
  encoding?: string;
  color?: boolean;
  quiet?: boolean;
  top?: string;
  format?: string;
  force?: boolean;
  profile?: string;
  reconcile?: string[];
  html?: string;
  pseudonymize?: boolean;
  pseudonymKeyFile?: string;
  maxInputMb?: string;
}

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  /** today's date (the only clock use; injected for tests) */
  today: () => string;
  version: string;
  /** how output files are created (default node's fs; tests inject a full disk or a read-only folder) */
  writeFs?: WriteFs;
}

/** Per-employee lists of the audit in the classify document: at most this many entries each. */
export const AUDIT_JSON_LIST_LIMIT = 100;

/** Output file names (stable; documented in README). */
export const OUTPUT_FILES = {
  xlsx: 'laporan-talenta.xlsx',
  json: 'hasil-talenta.json',
  employees: 'pegawai.csv',
  pool: 'talent-pool.csv',
  issues: 'masalah-data.csv',
  summary: 'ringkasan.csv',
  reconcile: 'rekonsiliasi.csv',
} as const;

export function parseAsOf(v: string | undefined, today: string): string {
  if (v === undefined) return today;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m || !isValidYmd(+m[1]!, +m[2]!, +m[3]!)) {
    throw new UsageError(`--as-of harus tanggal ISO YYYY-MM-DD, misalnya 2026-09-30 (diberikan: "${v}").`);
  }
  return v;
}

const DELIMS: Record<string, Delimiter> = { ',': ',', ';': ';', tab: '\t', '\\t': '\t', '\t': '\t', '|': '|' };

export function inputSpecs(files: string[], o: ClassifyCliOptions): InputSpec[] {
  const specs: InputSpec[] = files.map((path) => ({ path }));
  const add = (list: string[] | undefined, role: Role) => {
    for (const path of list ?? []) specs.push({ path, role });
  };
  add(o.roster, 'roster');
  add(o.cact, 'cact');
  add(o.skp, 'skp');
  add(o.hukdis, 'hukdis');
  if (specs.length === 0) throw new UsageError('Tidak ada berkas masukan. Contoh: talenta classify pegawai.csv cact.csv skp-2025.csv');
  if (specs.filter((s) => s.path === '-').length > 1) throw new UsageError('Hanya satu masukan boleh dibaca dari stdin (-).');
  return specs;
}

export function describeMissing(prepared: PreparedInputs, lang: Lang): string {
  const names: Record<Role, string> = { roster: 'roster (SIASN)', cact: 'CACT', skp: 'SKP (e-Kinerja)', hukdis: 'hukdis' };
  const head =
    lang === 'en'
      ? `Missing input table(s): ${prepared.missing.map((r) => names[r]).join(', ')}. Found:`
      : `Tabel masukan tidak lengkap, tidak ditemukan: ${prepared.missing.map((r) => names[r]).join(', ')}. Yang ditemukan:`;
  const lines = prepared.tables.map((t) => {
    const where = `${t.raw.file}${t.raw.sheet ? ` [${t.raw.sheet}]` : ''}`;
    if (t.roles.length > 0 && t.dataRows.length === 0) {
      return `  - ${where}: ${t.roles.join(', ')} — ${
        lang === 'en' ? 'header row only, no data rows; export it again with its data' : 'hanya baris header, tanpa baris data; ekspor ulang beserta datanya'
      }`;
    }
    if (t.roles.length > 0) return `  - ${where}: ${t.roles.join(', ')}`;
    const hdr = t.headers.filter((x) => x !== '').slice(0, 6).join(', ');
    return `  - ${where}: ${lang === 'en' ? 'not recognised' : 'tidak dikenali'}${hdr ? ` (header: ${hdr}…)` : ''}`;
  });
  const fix =
    lang === 'en'
      ? 'Give the missing file, or name its role with --roster/--cact/--skp/--hukdis. Recognised headers: see README ("Masukan / inputs"), or talenta validate for what was read.'
      : 'Tambahkan berkas yang kurang, atau sebutkan perannya dengan --roster/--cact/--skp/--hukdis. Header yang dikenali: lihat README ("Masukan / inputs"), atau talenta validate untuk apa yang terbaca.';
  return [head, ...lines, fix].join('\n');
}

export interface Loaded {
  lang: Lang;
  asOf: string;
  profile: Profile;
  resolved: ResolvedProfile;
  prepared: PreparedInputs;
  result: ClassifyResult;
  files: LoadedFile[];
}

/** Validate the shared options, read the inputs and run the pure core (classify, explain). */
/** Validate the options every input-reading command shares. */
export function parseInputOptions(o: ClassifyCliOptions, io: Io): { asOf: string; year: number | null; delimiter?: Delimiter; maxInputBytes: number } {
  const asOf = parseAsOf(o.asOf, io.today());
  let year: number | null = null;
  if (o.year !== undefined) {
    if (!/^\d{4}$/.test(o.year)) throw new UsageError(`--year harus tahun 4 digit, misalnya 2025 (diberikan: "${o.year}").`);
    year = Number(o.year);
  }
  let delimiter: Delimiter | undefined;
  if (o.delimiter !== undefined) {
    delimiter = DELIMS[o.delimiter];
    if (!delimiter) throw new UsageError(`--delimiter menerima , ; tab atau | (diberikan: "${o.delimiter}").`);
  }
  if (o.encoding !== undefined) {
    try {
      new TextDecoder(o.encoding);
    } catch {
      throw new UsageError(`--encoding tidak dikenal: "${o.encoding}" (contoh: utf-8, windows-1252, utf-16le).`);
    }
  }
  const maxInputBytes = parseMaxInput(o.maxInputMb, io.env.TALENTA_MAX_INPUT_MB);
  return delimiter ? { asOf, year, delimiter, maxInputBytes } : { asOf, year, maxInputBytes };
}

/** --max-input-mb (or TALENTA_MAX_INPUT_MB): whole MiB, 1 … MAX_INPUT_MB_CEILING; in bytes. */
export function parseMaxInput(option: string | undefined, env: string | undefined): number {
  const [name, v] = option !== undefined ? ['--max-input-mb', option] : ['TALENTA_MAX_INPUT_MB', env];
  if (v === undefined || v === '') return MAX_INPUT_MB_DEFAULT * 1024 * 1024;
  const n = Number(v.trim());
  if (!Number.isInteger(n) || n < 1 || n > MAX_INPUT_MB_CEILING) {
    throw new UsageError(`${name} harus bilangan bulat 1–${MAX_INPUT_MB_CEILING} (MB) (diberikan: "${v}").`);
  }
  return n * 1024 * 1024;
}

/** Validate the shared options, read the inputs and run the pure core (classify, explain). */
export async function loadAndClassify(
  files: string[],
  o: ClassifyCliOptions,
  io: Io,
  progress?: Progress,
  read: { stream?: boolean } = {},
): Promise<Loaded> {
  const lang = resolveLang(o.lang, io.env);
  const { asOf, year, delimiter, maxInputBytes } = parseInputOptions(o, io);
  const specs = inputSpecs(files, o);
  const resolved = await resolveProfile(o.profile ?? io.env.TALENTA_PROFILE);
  const profile = resolved.profile;
  progress?.phase(lang === 'en' ? `reading ${specs.length} input(s)` : `membaca ${specs.length} berkas masukan`);
  // large UTF-8 CSV files are streamed through the classifier unless every row must stay in memory
  const envMin = io.env.TALENTA_STREAM_MIN_BYTES;
  const streamMinBytes = read.stream === false ? Infinity : envMin !== undefined && envMin !== '' ? Number(envMin) : undefined;
  const { tables, files: loaded } = await loadInputs(specs, {
    delimiter,
    encoding: o.encoding,
    stdin: io.stdin,
    lang,
    maxInputBytes,
    ...(streamMinBytes !== undefined ? { streamMinBytes } : {}),
  });
  const prepared = prepareInputs(tables, profile);
  if (prepared.missing.length > 0) throw new UsageError(describeMissing(prepared, lang));
  warnIfTooLargeForHeap(loaded, io, lang);
  progress?.setLang(lang);
  let phase: 'join' | 'compute' | null = null;
  const onProgress = (p: 'join' | 'compute', done: number, total: number | null) => {
    if (p !== phase) {
      phase = p;
      progress?.begin(p, p === 'join' ? 'rows' : 'employees', total);
    }
    progress?.tick(done, total);
  };
  const result = classify(prepared, profile, progress ? { asOf, year, onProgress } : { asOf, year });
  return { lang, asOf, profile, resolved, prepared, result, files: loaded };
}

export async function runClassify(files: string[], o: ClassifyCliOptions, io: Io): Promise<number> {
  const failOn = o.failOn ?? 'none';
  if (!['none', 'error', 'warning'].includes(failOn)) {
    throw new UsageError(`--fail-on menerima error, warning atau none (diberikan: "${failOn}").`);
  }
  // -o - already puts one table or document on stdout: --json beside it would be ignored
  if (o.output === '-' && o.json) {
    throw new UsageError(
      resolveLang(o.lang, io.env) === 'en'
        ? '--json cannot be combined with -o - (which writes the employee table to stdout): use --json alone for the JSON document on stdout, or -o - --format json|jsonl|csv.'
        : '--json tidak dapat digabung dengan -o - (yang menulis tabel pegawai ke stdout): gunakan --json saja untuk dokumen JSON di stdout, atau -o - --format json|jsonl|csv.',
    );
  }
  const top = o.top === undefined ? 10 : Number(o.top);
  if (!Number.isInteger(top) || top < 0) throw new UsageError(`--top harus bilangan bulat ≥ 0 (diberikan: "${o.top}").`);
  const progress = Progress.for(io.stderr, { quiet: o.quiet, json: o.json || o.output === '-' });
  if (!o.pseudonymize && o.pseudonymKeyFile !== undefined) throw new UsageError('--pseudonym-key-file hanya berlaku bersama --pseudonymize.');
  // the key before the inputs are read: a missing key fails fast
  const key = o.pseudonymize ? await loadPseudonymKey({ keyFile: o.pseudonymKeyFile, env: io.env, lang: resolveLang(o.lang, io.env) }) : null;
  const { lang, asOf, profile, resolved, prepared, result: original, files: loaded } = await loadAndClassify(files, o, io, progress);
  // a table most of whose rows could not be used: one line here, the details in `talenta validate`
  for (const u of mostlyUnusableTables(original)) io.stderr.write(unusableTableLine(u, files, lang));
  const upstream = await reconcileUpstream(o, prepared, original, profile, io);
  // the audit reads JENIS KELAMIN and atasan from the input rows, and sex and age from the NIP and
  // birth date: before the rows are released and before pseudonymisation. With a key, every output
  // below is written from the pseudonymised result (and reconciliation).
  const { audit, result, reconciliation } = await auditOutputs({ prepared, result: original, profile, key, reconciliation: upstream });
  // the input rows are no longer needed: let them (and streamed files' bytes) go before writing
  for (const t of prepared.tables) {
    t.raw.rows = [];
    delete t.raw.rest;
  }
  const ctx: Ctx = { lang, human: true, profile, result, profileHash: resolved.hash, ...(reconciliation ? { reconciliation } : {}) };
  const contract: Ctx = { ...ctx, human: false };

  const meta = {
    toolVersion: io.version,
    files: loaded,
    lang,
    profile,
    profileHash: resolved.hash,
    profileSource: resolved.source,
    ...(reconciliation ? { reconciliation: reconciliationJson(reconciliation, contract) } : {}),
    audit: auditJson(audit, { listLimit: AUDIT_JSON_LIST_LIMIT }),
  };

  // every file of the run (the folder's report set and --html) goes to temporary names first and
  // is renamed into place together at the end: a failure or a signal leaves the previous files as
  // they were (src/io/atomic.ts)
  const set = new ReportSet({ lang, ...(io.writeFs ? { fs: io.writeFs } : {}) });
  const written: string[] = [];
  let truncatedCells = 0;
  let terminal: (() => Promise<void>) | null = null;
  try {
    if (o.output === '-') {
      // pipeline mode: the employee table (or the whole document) on stdout, nothing else there
      const format = o.format ?? 'csv';
      const out = streamSink(io.stdout);
      const chunks = format === 'csv' ? csvBlocks(EMPLOYEE_COLUMNS, result.employees, contract, false) : format === 'jsonl' ? jsonLines(result) : jsonChunks(result, meta);
      for (const chunk of chunks) await out.write(chunk);
      await out.flush();
    } else {
      if (o.format !== undefined) {
        throw new UsageError('--format hanya berlaku bersama -o - (keluaran ke stdout). Untuk berkas, gunakan -o <folder>.');
      }
      const writeFiles = !o.json || o.output !== undefined;
      if (writeFiles) {
        const dir = resolve(o.output ?? `laporan-talenta-${asOf}`);
        if (o.output === undefined && !o.quiet) {
          io.stderr.write(`${lang === 'en' ? 'Output folder (default)' : 'Folder keluaran (bawaan)'}: ${dir}\n`);
        }
        // an Excel sheet holds 1,048,576 rows: refuse before anything is written, and say what to use
        if (o.xlsx !== false && overflowsSheet(Math.max(result.employees.length, result.issues.length))) {
          throw new UsageError(
            lang === 'en'
              ? `${result.employees.length.toLocaleString('en-US')} employees and ${result.issues.length.toLocaleString('en-US')} data problems: more than the 1,048,576 rows of one Excel sheet. Run again with --no-xlsx (the CSV and JSON files hold everything), or split the roster by unit.`
              : `${result.employees.length.toLocaleString('id-ID')} pegawai dan ${result.issues.length.toLocaleString('id-ID')} masalah data: lebih dari 1.048.576 baris satu sheet Excel. Jalankan lagi dengan --no-xlsx (berkas CSV dan JSON memuat semuanya), atau bagi roster per unit.`,
          );
        }
        await prepareOutputDir(dir, loaded.map((f) => f.path), new Set(Object.values(OUTPUT_FILES)), Boolean(o.force), outputDirMessage(lang), lang);
        progress.begin('write', 'employees', result.employees.length, OUTPUT_FILES.employees);
        const pool = result.pool.map((i) => result.employees[i]!);
        await writeCsv(join(dir, OUTPUT_FILES.employees), EMPLOYEE_COLUMNS, result.employees, contract, (d) => progress.tick(d), set);
        progress.begin('write', 'employees', pool.length, OUTPUT_FILES.pool);
        await writeCsv(join(dir, OUTPUT_FILES.pool), POOL_COLUMNS, pool, contract, (d) => progress.tick(d), set);
        await writeCsv(join(dir, OUTPUT_FILES.issues), ISSUE_COLUMNS, result.issues, contract, undefined, set);
        await writeCsv(join(dir, OUTPUT_FILES.summary), SUMMARY_COLUMNS, summaryRows(contract), contract, undefined, set);
        if (reconciliation) await writeCsv(join(dir, OUTPUT_FILES.reconcile), RECONCILE_COLUMNS, reconciliation.disagree, contract, undefined, set);
        progress.begin('write', 'employees', result.employees.length, OUTPUT_FILES.json);
        await set.write(join(dir, OUTPUT_FILES.json), async (write) => {
          let n = 0;
          for (const chunk of jsonChunks(result, meta)) {
            await write(chunk);
            // one chunk per employee after the head
            if ((++n & 0x3fff) === 0) progress.tick(Math.min(n, result.employees.length));
          }
        });
        progress.phase(lang === 'en' ? 'writing the workbook' : 'menulis workbook');
        if (o.xlsx !== false) {
          truncatedCells = await writeXlsxReport(join(dir, OUTPUT_FILES.xlsx), ctx, { toolVersion: io.version, files: loaded, profileSource: resolved.source, audit }, set);
        }
        progress.done();
        // the set's own files this run does not write (a workbook with --no-xlsx, an earlier
        // reconciliation) would not match the new ones: they go when the new set is in place
        set.stale = [...(o.xlsx === false ? [OUTPUT_FILES.xlsx] : []), ...(reconciliation ? [] : [OUTPUT_FILES.reconcile])].map((f) => join(dir, f));
        if (!o.quiet) written.push(`${lang === 'en' ? 'Report written to' : 'Laporan ditulis ke'} ${dir}\n`);
      }
      if (o.json) {
        terminal = async () => {
          const out = streamSink(io.stdout);
          for (const chunk of jsonChunks(result, meta)) await out.write(chunk);
          await out.flush();
        };
      } else if (!o.quiet) {
        const chalk = makeChalk(colorEnabled(io.stdout, io.env, o.color));
        terminal = () => writeOut(io.stdout, renderSafely((ch) => renderTerminal(ctx, ch, top, terminalWidth(io.stdout, io.env)), chalk));
      }
    }

    if (o.html !== undefined) {
      const target = await refuseInputOverwrite(o.html, loaded, lang, '--html');
      await writeHtmlReport(target, ctx, audit, { toolVersion: io.version, pseudonymized: key !== null }, set);
      if (!o.quiet && o.output !== '-') written.push(`${lang === 'en' ? 'HTML report written to' : 'Laporan HTML ditulis ke'} ${target}\n`);
    }
    await holdForTests(io.env);
    set.commit();
  } catch (err) {
    await set.discard();
    throw err;
  }
  for (const line of written) io.stderr.write(line);
  if (truncatedCells > 0) io.stderr.write(truncatedWarning(truncatedCells, OUTPUT_FILES.xlsx, lang));
  if (terminal) await terminal();

  const outcome = failOnOutcome(failOn, result.summary.issues, lang);
  if (outcome.reason && !o.quiet) io.stderr.write(`${outcome.reason}\n`);
  return outcome.code;
}



/** classify's words for the output-folder rules (src/io/output-dir.ts) */
export function outputDirMessage(lang: Lang) {
  return (problem: OutputDirProblem, p: Record<string, string>): string => {
    const en = lang === 'en';
    switch (problem) {
      case 'outputIsFile':
        return en ? `${p.dir} is a file, not a folder. Choose another output folder with -o.` : `${p.dir} adalah berkas, bukan folder. Pilih folder keluaran lain dengan -o.`;
      case 'outputInput':
        return en
          ? `Refusing to overwrite the input file ${p.file}. Choose another output folder with -o.`
          : `Berkas masukan ${p.file} tidak akan ditimpa. Pilih folder keluaran lain dengan -o.`;
      case 'outputForeign':
        return en
          ? `The output folder ${p.dir} already holds other files (${p.files}). Use a new folder, or --force to write talenta's files there anyway.`
          : `Folder keluaran ${p.dir} sudah berisi berkas lain (${p.files}). Gunakan folder baru, atau --force untuk tetap menulis berkas talenta ke sana.`;
      case 'outputMkdir':
        return en ? `The output folder cannot be created: ${p.dir} (${p.code}).` : `Folder keluaran tidak dapat dibuat: ${p.dir} (${p.code}).`;
    }
  };
}

/**
 * Upstream boxes (e.g. SIMATA BKN) from a box column in the roster and from --reconcile files;
 * null when there are none.
 */
async function reconcileUpstream(
  o: ClassifyCliOptions,
  prepared: PreparedInputs,
  result: ClassifyResult,
  profile: Profile,
  io: Io,
): Promise<Reconciliation | null> {
  const lang = resolveLang(o.lang, io.env);
  // the roster tables are already recognised; only --reconcile files need it
  const tables: (RawTable | RecognisedTable)[] = prepared.tables.filter((t) => t.roles.includes('roster'));
  if (o.reconcile && o.reconcile.length > 0) {
    const { tables: extra } = await loadInputs(
      o.reconcile.map((path) => ({ path, role: 'roster' as const })), // a NIP header is enough to find the header row
      { encoding: o.encoding, stdin: io.stdin, lang, maxInputBytes: parseInputOptions(o, io).maxInputBytes },
    );
    tables.push(...extra);
    // a --reconcile file without a NIP or a box column would compare nothing: say so (exit 2)
    for (const path of o.reconcile) {
      const label = path === '-' ? '(stdin)' : path;
      const checks = extra.filter((t) => t.file === label).map((t) => upstreamColumns(t, profile));
      if (checks.some((c) => c.nip && c.box)) continue;
      const c = checks[0] ?? upstreamColumns({ file: label, sheet: null, rows: [], rowNumbers: [] }, profile);
      const what = [!checks.some((x) => x.nip) ? 'NIP' : null, !checks.some((x) => x.box) ? (lang === 'en' ? 'box' : 'kotak') : null].filter(Boolean).join(lang === 'en' ? ' and ' : ' dan ');
      throw new UsageError(
        lang === 'en'
          ? `--reconcile ${label}: no ${what} column found, so nothing can be compared. Accepted NIP headers: ${c.nipHeaders}; box headers: ${c.boxHeaders}.`
          : `--reconcile ${label}: kolom ${what} tidak ditemukan, jadi tidak ada yang dapat dibandingkan. Header NIP yang diterima: ${c.nipHeaders}; header kotak: ${c.boxHeaders}.`,
      );
    }
  }
  const { boxes, issues } = collectUpstream(tables, profile);
  if (boxes.length === 0 && !(o.reconcile && o.reconcile.length > 0)) return null;
  for (const i of issues) {
    result.issues.push(i);
    result.summary.issues[i.severity]++;
  }
  return reconcile(result, boxes, profile, issues);
}

export function reconciliationJson(r: Reconciliation, ctx: Ctx) {
  return {
    compared: r.compared,
    agree: r.agree,
    disagree: r.disagree.length,
    notInRoster: r.notInRoster,
    withoutUpstream: r.withoutUpstream,
    items: r.disagree.map((d) => ({ ...d, cause: causeText(d, ctx) })),
  };
}

/**
 * Measured: about 3.6 GB peak for 1M employees (≈ 475 MB of CSV); Node's default heap (≈ 4 GB
 * here) runs out near 2.5M. Say so before a long run rather than after a crash.
 */
function warnIfTooLargeForHeap(files: LoadedFile[], io: Io, lang: Lang): void {
  const bytes = files.reduce((n, f) => n + f.bytes, 0);
  const heapMb = getHeapStatistics().heap_size_limit / 1e6;
  const neededMb = (bytes / 475e6) * 3600 * 1.2;
  if (neededMb <= heapMb) return;
  const gb = Math.ceil(neededMb / 1000);
  io.stderr.write(
    lang === 'en'
      ? `talenta: warning: ${Math.round(bytes / 1e6)} MB of input may need about ${gb} GB of memory, more than Node's heap limit here (${Math.round(heapMb / 1000)} GB). If the run stops with "heap out of memory", run it as: NODE_OPTIONS=--max-old-space-size=${gb * 1024} talenta …\n`
      : `talenta: peringatan: masukan ${Math.round(bytes / 1e6)} MB dapat memerlukan sekitar ${gb} GB memori, lebih dari batas heap Node di sini (${Math.round(heapMb / 1000)} GB). Bila berhenti dengan "heap out of memory", jalankan: NODE_OPTIONS=--max-old-space-size=${gb * 1024} talenta …\n`,
  );
}
