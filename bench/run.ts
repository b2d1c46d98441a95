/**
 * `npm run bench` (issue "National scale at DuckDB speed"): generate inputs with the fixtures
 * generator (or reuse them), run the talenta jobs the issue names, the DuckDB reference query
 * (bench/reference.sql) and the pandas reference (bench/reference_pandas.py) on the same files
 * in the same run, each as its own measured child process, compare every employee's box,
 * talent-pool flag and ranks of every talenta output with the reference, and print markdown
 * tables with the ratios and the issue's targets.
 *
 *   npm run bench -- --employees 20000
 *   npm run bench -- --sizes 20000,200000,1000000,4500000 --inputs-root .bench/inputs
 *
 * Exit codes: 0 all results identical; 1 a result differs from a reference; 2 usage error or a
 * tool failed.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compareCsv, compareJson, describeEmployee, employeeDetails, FIELD_LABEL, identical, loadReference, outcome, type Comparison, type ReferenceTable } from './compare.js';
import { hasGnuTime, measure, type Measured } from './measure.js';
import { failed, fmtInt, JOB_IDS, JOB_LABEL, mb, ratio, secs, sizeName, sizeTable, summaryTable, targetSummary, type JobId, type Row, type SizeRows } from './report.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NODE = process.execPath;
const PYTHON = '/usr/bin/python3';
const TALENTA = path.join(REPO, 'bin', 'talenta.js');
/** the workbook job runs by default up to this size */
const WORKBOOK_MAX = 500_000;

const HELP = `npm run bench -- [options]

Per size: generates N employees with the fixtures generator (or reuses them), runs the talenta
jobs, the DuckDB reference query and (when /usr/bin/python3 has pandas) the pandas reference on
the same CSV files, prints wall time, peak RSS, the ratios and the issue's targets, and fails
when any employee's box, talent-pool flag or rank in any talenta output differs from the
reference.

talenta jobs (each its own process, without NODE_OPTIONS: Node's default heap):
  dir    classify <5 CSV> --as-of D --no-xlsx -o DIR       (every CSV + hasil-talenta.json)
  json   classify <5 CSV> --as-of D --json > talenta.json
  csv    classify <5 CSV> --as-of D -o - --format csv > talenta.csv
  xlsx   classify <5 CSV> --as-of D -o DIR2                (the default run, with the workbook)

Options:
  --employees <n[,n…]>   sizes to run (default 20000)
  --sizes <n[,n…]>       same as --employees
  --as-of <YYYY-MM-DD>   reference date (default 2026-09-30)
  --seed <n>             generator seed (default: the generator's)
  --inputs <dir>         use the CSV files already in <dir> (one size; nothing is generated)
  --inputs-root <dir>    inputs of size N in <dir>/<N>/: reused when there, else generated there
                         (and kept), so that later runs skip the generator
  --work <dir>           where runs are written (default .bench/ in the repo)
  --keep                 keep the generated inputs and the outputs
  --jobs <list>          talenta jobs to run, of dir,json,csv,xlsx (default dir,json,csv, and
                         xlsx for sizes up to ${fmtInt(WORKBOOK_MAX)})
  --workbook             run the xlsx job at every size
  --no-workbook          never run the xlsx job
  --skip-duckdb          do not run the DuckDB reference
  --duckdb-sql <file>    another SQL file for the DuckDB reference (default bench/reference.sql)
  --skip-pandas          do not run the pandas reference
  --help-runs <n>        runs of \`talenta --help\` and \`node -e 0\` (median; default 5; 0 skips)
  -h, --help             this text

Exit codes: 0 identical results; 1 a result differs; 2 usage error or a tool failed.`;

class UsageError extends Error {}
class ToolFailed extends Error {}

interface Options {
  sizes: number[];
  asOf: string;
  seed: string | null;
  inputs: string | null;
  inputsRoot: string | null;
  work: string;
  keep: boolean;
  /** null: the default (dir, json, csv; xlsx up to WORKBOOK_MAX) */
  jobs: JobId[] | null;
  workbook: boolean | null;
  skipDuckdb: boolean;
  duckdbSql: string;
  skipPandas: boolean;
  helpRuns: number;
}

function parseOptions(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      employees: { type: 'string', multiple: true },
      sizes: { type: 'string', multiple: true },
      'as-of': { type: 'string', default: '2026-09-30' },
      seed: { type: 'string' },
      inputs: { type: 'string' },
      'inputs-root': { type: 'string' },
      work: { type: 'string' },
      keep: { type: 'boolean', default: false },
      jobs: { type: 'string', multiple: true },
      workbook: { type: 'boolean' },
      'no-workbook': { type: 'boolean' },
      'skip-duckdb': { type: 'boolean', default: false },
      'duckdb-sql': { type: 'string' },
      'skip-pandas': { type: 'boolean', default: false },
      'help-runs': { type: 'string', default: '5' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return null;
  const list = [...(values.employees ?? []), ...(values.sizes ?? [])].flatMap((s) => s.split(','));
  const sizes = (list.length ? list : ['20000']).map((s) => {
    const t = s.trim().replace(/_/g, '');
    if (!/^\d+$/.test(t) || Number(t) < 1) throw new UsageError(`--employees/--sizes: "${s}" is not a positive whole number`);
    return Number(t);
  });
  const asOf = values['as-of'];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError(`--as-of must be YYYY-MM-DD, got "${asOf}"`);
  if (values.seed !== undefined && !/^\d+$/.test(values.seed)) throw new UsageError('--seed must be a whole number');
  if (values.inputs !== undefined && sizes.length > 1) throw new UsageError('--inputs takes one size');
  if (values.inputs !== undefined && values['inputs-root'] !== undefined) throw new UsageError('--inputs and --inputs-root exclude each other');
  const helpRuns = Number(values['help-runs']);
  if (!Number.isInteger(helpRuns) || helpRuns < 0) throw new UsageError('--help-runs must be a whole number');
  let jobs: JobId[] | null = null;
  if (values.jobs) {
    jobs = [];
    for (const j of values.jobs
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean)) {
      if (!(JOB_IDS as readonly string[]).includes(j)) throw new UsageError(`--jobs: "${j}" is not one of ${JOB_IDS.join(', ')}`);
      if (!jobs.includes(j as JobId)) jobs.push(j as JobId);
    }
  }
  if (values.workbook && values['no-workbook']) throw new UsageError('--workbook and --no-workbook exclude each other');
  return {
    sizes,
    asOf,
    seed: values.seed ?? null,
    inputs: values.inputs ? path.resolve(values.inputs) : null,
    inputsRoot: values['inputs-root'] ? path.resolve(values['inputs-root']) : null,
    work: path.resolve(values.work ?? path.join(REPO, '.bench')),
    keep: values.keep,
    jobs,
    workbook: values.workbook ? true : values['no-workbook'] ? false : null,
    skipDuckdb: values['skip-duckdb'],
    duckdbSql: path.resolve(values['duckdb-sql'] ?? path.join(REPO, 'bench', 'reference.sql')),
    skipPandas: values['skip-pandas'],
    helpRuns,
  };
}

const log = (s = '') => process.stderr.write(`${s}\n`);

function pandasVersion(): string | null {
  if (!existsSync(PYTHON)) return null;
  const r = spawnSync(PYTHON, ['-c', 'import pandas; print(pandas.__version__)'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function duckdbVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'node_modules', '@duckdb', 'node-api', 'package.json'), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '?';
  }
}

function reportFailure(what: string, m: Measured): void {
  const lines = m.stderr.trim().split('\n');
  // V8's out-of-memory report ends in a native stack trace: show its head
  const fatal = lines.findIndex((l) => l.startsWith('FATAL ERROR'));
  const shown = fatal >= 0 ? lines.slice(Math.max(0, fatal - 3), fatal + 1) : lines.slice(-20);
  log(`\n!! ${what} failed (exit ${m.code}) after ${secs(m.wallS)} s, peak RSS ${mb(m.peakRss)} MB. stderr:\n${shown.join('\n')}`);
}

function inputFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new UsageError(`${dir} does not exist`);
  const names = readdirSync(dir);
  const skp = names.filter((f) => /^skp-.*\.csv$/.test(f)).sort();
  const files = ['pegawai.csv', 'cact.csv', ...skp, 'hukdis.csv'];
  for (const f of files) if (!existsSync(path.join(dir, f))) throw new UsageError(`${path.join(dir, f)} is missing`);
  if (skp.length === 0) throw new UsageError(`no skp-*.csv in ${dir}`);
  return files.map((f) => path.join(dir, f));
}

/** Lines of a file less the header, read in chunks (this also brings the inputs into the page cache). */
async function countRows(file: string): Promise<number> {
  let n = 0;
  let last = 10;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++;
    if (chunk.length) last = chunk[chunk.length - 1]!;
  }
  if (last !== 10) n++;
  return Math.max(0, n - 1);
}

const MARKER = 'bench-inputs.json';

async function generate(n: number, dir: string, seed: string | null): Promise<string> {
  const args = [path.join(REPO, 'dist', 'fixtures', 'generate.js'), '--employees', String(n), '--out', dir];
  if (seed) args.push('--seed', seed);
  log(`generating ${fmtInt(n)} employees into ${dir} …`);
  const g = await measure(NODE, args, { cwd: REPO });
  if (g.code !== 0) {
    reportFailure('the generator', g);
    throw new ToolFailed('the generator');
  }
  log(`  generated in ${secs(g.wallS)} s`);
  writeFileSync(path.join(dir, MARKER), `${JSON.stringify({ employees: n, seed: seed ?? 'default', generatedAt: new Date().toISOString() })}\n`);
  return g.stderr;
}

/** The inputs of one size: --inputs, <root>/<n>/ (reused or generated and kept), or generated into the run's folder. */
async function resolveInputs(n: number, o: Options, work: string): Promise<{ dir: string; genLog: string; reused: boolean }> {
  if (o.inputs) return { dir: o.inputs, genLog: '', reused: true };
  if (o.inputsRoot) {
    const dir = path.join(o.inputsRoot, String(n));
    if (existsSync(dir)) {
      inputFiles(dir);
      const marker = path.join(dir, MARKER);
      if (o.seed && existsSync(marker)) {
        const m = JSON.parse(readFileSync(marker, 'utf8')) as { seed?: string };
        if (m.seed !== o.seed) throw new UsageError(`${dir} was generated with seed ${m.seed}, not ${o.seed}: remove it or use another --inputs-root`);
      }
      log(`reusing the inputs in ${dir}`);
      return { dir, genLog: '', reused: true };
    }
    // generated under a temporary name and renamed when complete: an interrupted run leaves no half inputs
    const partial = `${dir}.partial-${process.pid}`;
    mkdirSync(partial, { recursive: true });
    try {
      const genLog = await generate(n, partial, o.seed);
      renameSync(partial, dir);
      return { dir, genLog, reused: false };
    } catch (err) {
      rmSync(partial, { recursive: true, force: true });
      throw err;
    }
  }
  const dir = path.join(work, 'inputs');
  mkdirSync(dir, { recursive: true });
  return { dir, genLog: await generate(n, dir, o.seed), reused: false };
}

function jobsFor(n: number, o: Options): JobId[] {
  const base: JobId[] = o.jobs ?? ['dir', 'json', 'csv', ...(n <= WORKBOOK_MAX ? (['xlsx'] as JobId[]) : [])];
  if (o.workbook === true && !base.includes('xlsx')) base.push('xlsx');
  return o.workbook === false ? base.filter((j) => j !== 'xlsx') : base;
}

/** talenta runs under Node's default heap: no NODE_OPTIONS from the bench's environment */
function talentaEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return env;
}

interface Job {
  id: JobId;
  m: Measured | null;
  /** the file compared with the reference */
  compared: string;
  /** the JSON document the job wrote */
  json: string | null;
  /** the folder or file to remove afterwards */
  output: string;
  comparison: Comparison | null;
  error: string | null;
}

function jobCommand(id: JobId, files: string[], asOf: string, work: string): { args: string[]; stdoutFile?: string; job: Omit<Job, 'm' | 'comparison' | 'error'> } {
  // run in the inputs' folder with the file names only, as a user in the export folder would: the
  // names are in the JSON document, and its size should not depend on where the bench put them
  const base = [TALENTA, 'classify', ...files.map((f) => path.basename(f)), '--as-of', asOf];
  switch (id) {
    case 'dir': {
      const dir = path.join(work, 'out-dir');
      return { args: [...base, '--no-xlsx', '-o', dir], job: { id, compared: path.join(dir, 'pegawai.csv'), json: path.join(dir, 'hasil-talenta.json'), output: dir } };
    }
    case 'json': {
      const f = path.join(work, 'talenta.json');
      return { args: [...base, '--json'], stdoutFile: f, job: { id, compared: f, json: f, output: f } };
    }
    case 'csv': {
      const f = path.join(work, 'talenta.csv');
      return { args: [...base, '-o', '-', '--format', 'csv'], stdoutFile: f, job: { id, compared: f, json: null, output: f } };
    }
    case 'xlsx': {
      const dir = path.join(work, 'out-xlsx');
      return { args: [...base, '-o', dir], job: { id, compared: path.join(dir, 'pegawai.csv'), json: path.join(dir, 'hasil-talenta.json'), output: dir } };
    }
  }
}

async function reportDifferences(c: Comparison, jsonDoc: string | null): Promise<void> {
  log(`\n!! ${c.output} differs from ${c.against} for ${fmtInt(c.differences)} of ${fmtInt(c.rows)} employees. First ${c.first.length} (box or pool differences first):`);
  const details = jsonDoc && existsSync(jsonDoc) ? await employeeDetails(jsonDoc, new Set(c.first.map((d) => d.nip))) : new Map<string, Record<string, unknown>>();
  for (const d of c.first) {
    log(`  ${d.nip}: ${c.output} ${outcome(d.output, c.fields)} | ${c.against} ${outcome(d.reference, c.fields)}`);
    const e = details.get(d.nip);
    if (e) log(`      talenta: ${describeEmployee(e)}`);
  }
}

interface SizeResult extends SizeRows {
  ok: boolean;
  toolFailed: boolean;
  text: string[];
}

async function runSize(n: number, o: Options, pandas: string | null): Promise<SizeResult> {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const work = path.join(o.work, `run-${o.inputs ? 'inputs' : n}-${stamp}-${process.pid}`);
  if (o.inputs) inputFiles(o.inputs); // fail before creating anything
  mkdirSync(work, { recursive: true });
  log(`\n== ${o.inputs ? o.inputs : `${fmtInt(n)} employees`} (${work}) ==`);
  try {
    return await measureSize(n, o, pandas, work);
  } finally {
    if (!o.keep) rmSync(work, { recursive: true, force: true });
    else log(`kept ${work}`);
  }
}

/** the peak RSS of the bench process itself (VmHWM), or null */
function selfPeakRss(): number | null {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

async function measureSize(n: number, o: Options, pandas: string | null, work: string): Promise<SizeResult> {
  const { dir: inputs, genLog, reused } = await resolveInputs(n, o, work);
  const files = inputFiles(inputs);
  const generated = new Map<string, number>();
  for (const m of genLog.matchAll(/wrote (\S+) \(([\d,]+) rows\)/g)) generated.set(path.basename(m[1]!), Number(m[2]!.replace(/,/g, '')));
  const counts = new Map<string, number>();
  for (const f of files) {
    const c = await countRows(f); // also warms the page cache for every tool alike
    counts.set(path.basename(f), generated.get(path.basename(f)) ?? c);
  }
  const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
  const size = counts.get('pegawai.csv') ?? n;

  // the talenta jobs
  const jobs: Job[] = [];
  for (const id of jobsFor(size, o)) {
    const { args, stdoutFile, job } = jobCommand(id, files, o.asOf, work);
    log(`${JOB_LABEL[id].replace(/`/g, '')} …`);
    const m = await measure(NODE, args, { cwd: inputs, env: talentaEnv(), ...(stdoutFile ? { stdoutFile } : {}) });
    if (failed(m)) reportFailure(JOB_LABEL[id], m);
    else log(`  ${secs(m.wallS)} s, ${mb(m.peakRss)} MB`);
    jobs.push({ ...job, m, comparison: null, error: null });
  }

  // the references
  let d: Measured | null = null;
  const duckCsv = path.join(work, 'duckdb.csv');
  if (!o.skipDuckdb) {
    log('DuckDB reference …');
    d = await measure(NODE, [path.join(REPO, 'dist', 'bench', 'duckdb-ref.js'), '--dir', inputs, '--out', duckCsv, '--as-of', o.asOf, '--sql', o.duckdbSql], { cwd: REPO });
    if (failed(d)) reportFailure('the DuckDB reference', d);
    else log(`  ${secs(d.wallS)} s, ${mb(d.peakRss)} MB`);
  }
  let p: Measured | null = null;
  const pandasCsv = path.join(work, 'pandas.csv');
  if (o.skipPandas) log('pandas: skipped (--skip-pandas)');
  else if (pandas === null) log('pandas: not installed (apt-get install python3-pandas)');
  else {
    log('pandas reference …');
    p = await measure(PYTHON, [path.join(REPO, 'bench', 'reference_pandas.py'), '--dir', inputs, '--out', pandasCsv, '--as-of', o.asOf], { cwd: REPO });
    if (failed(p)) reportFailure('the pandas reference', p);
    else log(`  ${secs(p.wallS)} s, ${mb(p.peakRss)} MB`);
  }

  // compare: every talenta output (and pandas, when DuckDB is the reference) with the reference
  let ok = true;
  const notes: string[] = [];
  const duckOk = d !== null && !failed(d);
  const pandasOk = p !== null && !failed(p);
  const primary = duckOk ? { name: 'DuckDB', file: duckCsv } : pandasOk ? { name: 'pandas', file: pandasCsv } : null;
  let ref: ReferenceTable | null = null;
  let pandasVsDuck: Comparison | null = null;
  let pandasError: string | null = null;
  const jsonDoc = () => jobs.find((j) => j.json && j.m && !failed(j.m) && existsSync(j.json))?.json ?? null;
  if (primary) {
    log(`comparing with ${primary.name} …`);
    const t0 = performance.now();
    try {
      ref = await loadReference(primary.name, primary.file, size);
      log(`  ${path.basename(primary.file)}: ${fmtInt(ref.rows)} rows loaded in ${secs((performance.now() - t0) / 1000)} s`);
    } catch (err) {
      ok = false;
      log(`\n!! ${primary.name}'s output cannot be read: ${err instanceof Error ? err.message : String(err)}`);
      notes.push(`${primary.name}'s output cannot be read ✗`);
    }
  } else notes.push('No reference ran: nothing compared.');
  if (ref) {
    for (const j of jobs) {
      if (!j.m || failed(j.m)) continue;
      const t0 = performance.now();
      try {
        j.comparison =
          j.id === 'json'
            ? await compareJson(j.compared, ref, JOB_LABEL[j.id])
            : await compareCsv(j.compared, ref, `${JOB_LABEL[j.id]} ${path.basename(j.compared)}`, { requireAll: true });
        log(`  ${path.relative(work, j.compared)}: ${fmtInt(j.comparison.rows)} employees read in ${secs((performance.now() - t0) / 1000)} s`);
      } catch (err) {
        j.error = err instanceof Error ? err.message : String(err);
        log(`\n!! ${JOB_LABEL[j.id]}: ${j.error}`);
        ok = false;
        continue;
      }
      const c = j.comparison;
      if (c.differences > 0) await reportDifferences(c, j.json ?? jsonDoc());
      if (c.absent.length) log(`\n!! ${c.output}: no ${c.absent.map((f) => FIELD_LABEL[f]).join(', ')} (the reference has them)`);
      if (c.poolOrder?.length) log(`\n!! ${c.output}: the ranks do not follow the talentPool array:\n  ${c.poolOrder.join('\n  ')}`);
      for (const note of c.notes) log(`   ${c.output}: ${note}`);
      if (!identical(c)) ok = false;
    }
    if (primary!.name === 'DuckDB' && pandasOk) {
      try {
        pandasVsDuck = await compareCsv(pandasCsv, ref, 'pandas', { requireAll: false });
        if (pandasVsDuck.differences > 0) {
          ok = false;
          await reportDifferences(pandasVsDuck, jsonDoc());
        }
      } catch (err) {
        ok = false;
        pandasError = err instanceof Error ? err.message : String(err);
        log(`\n!! pandas' output cannot be read: ${pandasError}`);
      }
    }
    const compared = [...new Set([...jobs.flatMap((j) => j.comparison?.fields ?? [])])];
    notes.push(`Compared for every employee: ${compared.map((f) => FIELD_LABEL[f]).join(', ')} (the reference's columns: ${ref.fields.map((f) => FIELD_LABEL[f]).join(', ')}).`);
  }

  // the rows
  const jsonBytesOf = (j: Job) => {
    if (!j.json || !j.m || failed(j.m) || !existsSync(j.json)) return null;
    const employees = j.comparison?.rows ?? size;
    return employees ? statSync(j.json).size / employees : null;
  };
  const resultText = (c: Comparison | null, error: string | null, m: Measured | null) => {
    if (error) return 'unreadable ✗';
    if (!m || failed(m)) return 'not compared';
    if (!c) return primary ? 'not compared' : 'no reference';
    if (identical(c)) return `= ${c.against} ✓`;
    const what = [
      c.differences ? `${fmtInt(c.differences)} differ` : '',
      c.absent.length ? `no ${c.absent.map((f) => FIELD_LABEL[f]).join(', ')}` : '',
      c.poolOrder?.length ? 'talentPool order' : '',
    ]
      .filter(Boolean)
      .join('; ');
    return `≠ ${c.against}: ${what} ✗`;
  };
  const rows: Row[] = jobs.map((j) => ({
    size,
    kind: j.id,
    label: JOB_LABEL[j.id],
    m: j.m,
    jsonBytes: jsonBytesOf(j),
    results: resultText(j.comparison, j.error, j.m),
    sameAsDuckdb: j.comparison && primary?.name === 'DuckDB' ? identical(j.comparison) : null,
    allRanks: (j.comparison?.fields.includes('rankInTargetLevel') && j.comparison.fields.includes('rankInUnit')) ?? false,
  }));
  rows.push({
    size,
    kind: 'duckdb',
    label: `DuckDB ${duckdbVersion()} (${os.availableParallelism()} threads)`,
    m: d,
    jsonBytes: null,
    results: duckOk ? 'reference' : failed(d) ? 'failed' : '',
    sameAsDuckdb: null,
    allRanks: false,
  });
  rows.push({
    size,
    kind: 'pandas',
    label: `pandas ${pandas ?? ''}`.trim(),
    m: p,
    jsonBytes: null,
    results: pandasError ? 'unreadable ✗' : pandasVsDuck ? resultText(pandasVsDuck, null, p) : primary?.name === 'pandas' ? 'reference' : failed(p) ? 'failed' : '',
    sameAsDuckdb: null,
    allRanks: false,
  });

  // the text
  const pool = jobs.find((j) => j.comparison)?.comparison?.poolSize ?? null;
  const text: string[] = [
    `### ${fmtInt(size)} employees`,
    '',
    `Inputs${reused ? ' (reused)' : ''}: ${[...counts].map(([f, c]) => `${f} ${fmtInt(c)}`).join(' · ')} rows (${(bytes / 1e6).toFixed(0)} MB CSV); ` +
      `as of ${o.asOf}${pool === null ? '' : `; talent pool ${fmtInt(pool)}`}.`,
    '',
    ...sizeTable({ size, rows, duck: d, pandas: p }),
    '',
  ];
  const csvJob = jobs.find((j) => j.id === 'csv' && j.m && !failed(j.m) && existsSync(j.compared));
  if (csvJob) text.push(`The employee CSV of \`-o - --format csv\`: ${(statSync(csvJob.compared).size / (csvJob.comparison?.rows ?? size)).toFixed(0)} bytes per employee.`);
  text.push(...notes);
  text.push(targetSummary(rows, d, p));
  process.stdout.write(`\n${text.join('\n')}\n`);

  log(`bench process: peak RSS ${mb(selfPeakRss())} MB so far`);
  return { size, rows, duck: d, pandas: p, ok, toolFailed: jobs.some((j) => failed(j.m)) || failed(d) || failed(p), text };
}

async function startup(runs: number): Promise<{ node: number; help: number } | null> {
  if (runs === 0) return null;
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)]!;
  };
  const nodeRuns: number[] = [];
  const helpRuns: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = await measure(NODE, ['-e', '0'], { env: talentaEnv() });
    const b = await measure(NODE, [TALENTA, '--help'], { cwd: REPO, env: talentaEnv() });
    if (b.code !== 0) {
      reportFailure('talenta --help', b);
      throw new ToolFailed('talenta --help');
    }
    nodeRuns.push(a.wallS);
    helpRuns.push(b.wallS);
  }
  return { node: median(nodeRuns), help: median(helpRuns) };
}

function startupTable(s: { node: number; help: number }, runs: number): string[] {
  return [
    `### Start-up (median of ${runs})`,
    '',
    '| command | wall s | ÷ `node -e 0` | target |',
    '|---|---:|---:|---|',
    `| \`node -e 0\` | ${s.node.toFixed(3)} | 1.00× | |`,
    `| \`talenta --help\` | ${s.help.toFixed(3)} | ${ratio(s.help, s.node)} | ≤ 3×: ${s.help <= 3 * s.node ? 'met' : '**not met**'} |`,
  ];
}

async function main(): Promise<number> {
  let o: Options | null;
  try {
    o = parseOptions(process.argv.slice(2));
  } catch (err) {
    log(`bench: ${err instanceof Error ? err.message : String(err)}\n\n${HELP}`);
    return 2;
  }
  if (!o) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  for (const f of [path.join(REPO, 'dist', 'fixtures', 'generate.js'), path.join(REPO, 'dist', 'src', 'cli.js'), path.join(REPO, 'dist', 'bench', 'duckdb-ref.js')]) {
    if (!existsSync(f)) {
      log(`bench: ${f} is missing; build first (npm run bench builds)`);
      return 2;
    }
  }
  const pandas = o.skipPandas ? null : pandasVersion();
  process.stdout.write(
    `## talenta bench\n\n${os.cpus()[0]?.model ?? 'cpu'} · ${os.availableParallelism()} cores · ${(os.totalmem() / 1e9).toFixed(0)} GB RAM · ` +
      `Node ${process.version} · DuckDB ${duckdbVersion()}${pandas ? ` · pandas ${pandas}` : ''} · ` +
      `peak RSS via ${hasGnuTime() ? 'GNU time (%M)' : 'polling /proc VmHWM'}; wall time is one run per job; ` +
      `talenta runs without NODE_OPTIONS (Node's default heap)${process.env.NODE_OPTIONS ? ` (the bench's NODE_OPTIONS="${process.env.NODE_OPTIONS}" is not passed on)` : ''}.\n`,
  );
  let ok = true;
  let toolFailed = false;
  const results: SizeResult[] = [];
  let start: { node: number; help: number } | null;
  try {
    for (const n of o.sizes) {
      const r = await runSize(n, o, pandas);
      results.push(r);
      ok &&= r.ok;
      toolFailed ||= r.toolFailed;
    }
    start = await startup(o.helpRuns);
  } catch (err) {
    if (err instanceof UsageError) {
      log(`bench: ${err.message}`);
      return 2;
    }
    if (err instanceof ToolFailed) return 2;
    throw err;
  }
  const tail: string[] = [];
  if (results.length > 1) {
    tail.push(`### Summary (${results.map((r) => sizeName(r.size)).join(', ')})`, '', ...summaryTable(results), '');
  }
  if (start) tail.push(...startupTable(start, o.helpRuns), '');
  if (tail.length) process.stdout.write(`\n${tail.join('\n')}`);
  if (!ok) log('\nbench: results differ from a reference (see above).');
  if (toolFailed) log('\nbench: a tool failed (see above).');
  return toolFailed ? 2 : ok ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    log(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = 2;
  },
);
