/**
 * `npm run bench` (issue 6): generate inputs with the fixtures generator, run talenta end to end,
 * the DuckDB reference query (bench/reference.sql) and the pandas reference
 * (bench/reference_pandas.py) on the same files in the same run, measure wall time and peak RSS
 * of each as a child process, compare every employee's box, talent-pool flag and rank, and
 * print a markdown table per size.
 *
 *   npm run bench -- --employees 20000
 *   npm run bench -- --sizes 20000,1000000 --keep
 *
 * Exit codes: 0 all results identical; 1 a result differs from a reference; 2 usage error or a
 * tool failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkPoolOrder, compareWithReference, employeeDetails, readTalentaJson, type Comparison, type Outcome } from './compare.js';
import { hasGnuTime, measure, type Measured } from './measure.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NODE = process.execPath;
const PYTHON = '/usr/bin/python3';

const HELP = `npm run bench -- [options]

Generates N employees with the fixtures generator, runs talenta classify --json, the DuckDB
reference query and (when /usr/bin/python3 has pandas) the pandas reference on the same CSV
files, prints wall time, peak RSS and ratios, and fails when any employee's box, talent-pool
flag or rank differs from a reference.

Options:
  --employees <n[,n…]>   sizes to run (default 20000)
  --sizes <n[,n…]>       same as --employees
  --as-of <YYYY-MM-DD>   reference date (default 2026-09-30)
  --seed <n>             generator seed (default: the generator's)
  --inputs <dir>         use the CSV files already in <dir> (one size; nothing is generated)
  --work <dir>           where runs are written (default .bench/ in the repo)
  --keep                 keep the generated inputs and the outputs
  --skip-duckdb          do not run the DuckDB reference
  --duckdb-sql <file>    another SQL file for the DuckDB reference (default bench/reference.sql)
  --skip-pandas          do not run the pandas reference
  --help-runs <n>        runs of \`talenta --help\` and \`node -e 0\` (median; default 5)
  -h, --help             this text

Exit codes: 0 identical results; 1 a result differs; 2 usage error or a tool failed.`;

class UsageError extends Error {}

interface Options {
  sizes: number[];
  asOf: string;
  seed: string | null;
  inputs: string | null;
  work: string;
  keep: boolean;
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
      work: { type: 'string' },
      keep: { type: 'boolean', default: false },
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
  const asOf = values['as-of']!;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError(`--as-of must be YYYY-MM-DD, got "${asOf}"`);
  if (values.seed !== undefined && !/^\d+$/.test(values.seed)) throw new UsageError('--seed must be a whole number');
  if (values.inputs !== undefined && sizes.length > 1) throw new UsageError('--inputs takes one size');
  const helpRuns = Number(values['help-runs']);
  if (!Number.isInteger(helpRuns) || helpRuns < 1) throw new UsageError('--help-runs must be a positive whole number');
  return {
    sizes,
    asOf,
    seed: values.seed ?? null,
    inputs: values.inputs ? path.resolve(values.inputs) : null,
    work: path.resolve(values.work ?? path.join(REPO, '.bench')),
    keep: values.keep!,
    skipDuckdb: values['skip-duckdb']!,
    duckdbSql: path.resolve(values['duckdb-sql'] ?? path.join(REPO, 'bench', 'reference.sql')),
    skipPandas: values['skip-pandas']!,
    helpRuns,
  };
}

const log = (s = '') => process.stderr.write(`${s}\n`);
const fmtInt = (n: number) => n.toLocaleString('en');
const mb = (bytes: number | null) => (bytes === null ? 'n/a' : (bytes / 1e6).toFixed(0));
const secs = (s: number) => (s < 10 ? s.toFixed(2) : s.toFixed(1));
const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? 'n/a' : `${(a / b).toFixed(2)}×`);

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

function fail(what: string, m: Measured): never {
  reportFailure(what, m);
  process.exit(2);
}

function reportFailure(what: string, m: Measured): void {
  const lines = m.stderr.trim().split('\n');
  // V8's out-of-memory report ends in a native stack trace: show its head
  const fatal = lines.findIndex((l) => l.startsWith('FATAL ERROR'));
  const shown = fatal >= 0 ? lines.slice(Math.max(0, fatal - 3), fatal + 1) : lines.slice(-20);
  log(`\n!! ${what} failed (exit ${m.code}) after ${secs(m.wallS)} s, peak RSS ${mb(m.peakRss)} MB. stderr:\n${shown.join('\n')}`);
}

const failed = (m: Measured | null) => m !== null && m.code !== 0;

function inputFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new UsageError(`${dir} does not exist`);
  const names = readdirSync(dir);
  const skp = names.filter((f) => /^skp-.*\.csv$/.test(f)).sort();
  const files = ['pegawai.csv', 'cact.csv', ...skp, 'hukdis.csv'];
  for (const f of files) if (!existsSync(path.join(dir, f))) throw new UsageError(`${path.join(dir, f)} is missing`);
  if (skp.length === 0) throw new UsageError(`no skp-*.csv in ${dir}`);
  return files.map((f) => path.join(dir, f));
}

/** Rows per file: from the generator's "wrote … (N rows)" lines, else counted. */
function rowCounts(files: string[], generatorLog: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of generatorLog.matchAll(/wrote (\S+) \(([\d,]+) rows\)/g)) counts.set(path.basename(m[1]!), Number(m[2]!.replace(/,/g, '')));
  for (const f of files) {
    if (counts.has(path.basename(f))) continue;
    const buf = readFileSync(f);
    let n = 0;
    for (const b of buf) if (b === 10) n++;
    counts.set(path.basename(f), Math.max(0, n - 1));
  }
  return counts;
}

const outcome = (o: Outcome | null) => (o === null ? 'absent' : `box ${o.box ?? '—'}, pool ${o.pool ? 'yes' : 'no'}, rank ${o.rank ?? '—'}`);

async function reportDifferences(name: string, c: Comparison, talentaJson: string): Promise<void> {
  log(`\n!! talenta differs from ${name} for ${fmtInt(c.differences)} of ${fmtInt(c.rows)} employees. First ${c.first.length} (box or pool differences first):`);
  const details = await employeeDetails(talentaJson, new Set(c.first.map((d) => d.nip)));
  for (const d of c.first) {
    log(`  ${d.nip}: talenta ${outcome(d.talenta)} | ${name} ${outcome(d.reference)}`);
    const e = details.get(d.nip) as
      | { performance?: { score: unknown }; potential?: { score: unknown; level: unknown }; talentScore?: unknown; reasons?: unknown; jabatan?: unknown }
      | undefined;
    if (e) {
      log(
        `      talenta: performance ${JSON.stringify(e.performance?.score)}, potential ${JSON.stringify(e.potential?.score)} (${JSON.stringify(e.potential?.level)}), ` +
          `nilai talenta ${JSON.stringify(e.talentScore)}, reasons ${JSON.stringify(e.reasons)}, jabatan ${JSON.stringify(e.jabatan)}`,
      );
    }
  }
}

interface SizeResult {
  n: number;
  /** every result identical */
  ok: boolean;
  /** a tool failed */
  toolFailed: boolean;
}

async function runSize(n: number, o: Options, pandas: string | null): Promise<SizeResult> {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const work = path.join(o.work, `run-${o.inputs ? 'inputs' : n}-${stamp}-${process.pid}`);
  if (o.inputs) inputFiles(o.inputs); // fail before creating anything
  mkdirSync(work, { recursive: true });
  const inputs = o.inputs ?? work;
  log(`\n== ${o.inputs ? o.inputs : `${fmtInt(n)} employees`} (${work}) ==`);
  let genLog = '';
  if (!o.inputs) {
    const args = [path.join(REPO, 'dist', 'fixtures', 'generate.js'), '--employees', String(n), '--out', inputs];
    if (o.seed) args.push('--seed', o.seed);
    const g = await measure(NODE, args, { cwd: REPO });
    if (g.code !== 0) {
      if (!o.keep) rmSync(work, { recursive: true, force: true });
      fail('the generator', g);
    }
    genLog = g.stderr;
    log(`generated in ${secs(g.wallS)} s`);
  }
  const files = inputFiles(inputs);
  const counts = rowCounts(files, genLog);
  const bytes = files.reduce((s, f) => s + statSync(f).size, 0);

  // talenta, end to end
  const talentaJson = path.join(work, 'talenta.json');
  log('talenta classify …');
  const t = await measure(NODE, [path.join(REPO, 'bin', 'talenta.js'), 'classify', ...files, '--as-of', o.asOf, '--json'], {
    stdoutFile: talentaJson,
    cwd: REPO,
  });
  if (failed(t)) reportFailure('talenta classify', t);
  else log(`  ${secs(t.wallS)} s, ${mb(t.peakRss)} MB`);

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

  // compare
  let ok = true;
  const verdicts: string[] = [];
  let employees: number | null = null;
  let pool: number | null = null;
  if (failed(t)) verdicts.push(`talenta failed (exit ${t.code}): nothing compared`);
  else {
    log('comparing …');
    const results = await readTalentaJson(talentaJson);
    employees = results.nips.length;
    pool = results.talentPool?.length ?? null;
    const order = checkPoolOrder(results);
    if (order.length) {
      ok = false;
      log(`\n!! talenta.json: ranks do not follow the talentPool array:\n  ${order.join('\n  ')}`);
      verdicts.push('ranks do not follow the talentPool array ✗');
    }
    for (const [name, file, m] of [
      ['DuckDB', duckCsv, d],
      ['pandas', pandasCsv, p],
    ] as const) {
      if (!m) continue;
      if (failed(m)) {
        verdicts.push(`${name} failed: not compared`);
        continue;
      }
      const c = await compareWithReference(results, file);
      if (c.differences > 0) {
        ok = false;
        await reportDifferences(name, c, talentaJson);
        verdicts.push(`talenta ≠ ${name} for ${fmtInt(c.differences)} employees ✗`);
      } else verdicts.push(`talenta = ${name} ✓`);
    }
    if (!d && !p) verdicts.push('no reference run: nothing compared');
  }

  // table
  const base = d && !failed(d) ? d : null;
  const rows: [string, Measured | null][] = [
    ['talenta', t],
    [`DuckDB ${duckdbVersion()} (${os.availableParallelism()} threads)`, d],
    [`pandas ${pandas ?? ''}`.trim(), p],
  ];
  const out: string[] = [];
  const rosterRows = counts.get('pegawai.csv') ?? n;
  out.push(
    `### ${fmtInt(rosterRows)} employees`,
    '',
    `Inputs: ${[...counts].map(([f, c]) => `${f} ${fmtInt(c)}`).join(' · ')} rows (${(bytes / 1e6).toFixed(0)} MB CSV); ` +
      `as of ${o.asOf}${pool === null ? '' : `; talent pool ${fmtInt(pool)}`}.`,
    '',
    '| tool | wall s | peak RSS MB | wall ÷ DuckDB | RSS ÷ DuckDB |',
    '|---|---:|---:|---:|---:|',
  );
  for (const [name, m] of rows) {
    if (!m) continue;
    const label = failed(m) ? `${name} — FAILED (exit ${m.code})` : name;
    out.push(`| ${label} | ${secs(m.wallS)} | ${mb(m.peakRss)} | ${base ? ratio(m.wallS, base.wallS) : 'n/a'} | ${base ? ratio(m.peakRss, base.peakRss) : 'n/a'} |`);
  }
  out.push('');
  if (p && !failed(p) && !failed(t)) out.push(`talenta ÷ pandas: wall ${ratio(t.wallS, p.wallS)}, peak RSS ${ratio(t.peakRss, p.peakRss)}.`);
  out.push(`Results (box, talent pool, rank${employees === null ? '' : ` for ${fmtInt(employees)} employees`}): ${verdicts.join('; ')}.`);
  const targets: string[] = [];
  if (failed(t)) targets.push('talenta did not finish');
  else {
    if (base) targets.push(`wall ≤ 2× DuckDB: ${t.wallS <= 2 * base.wallS ? 'met' : 'MISSED'} (${ratio(t.wallS, base.wallS)})`);
    if (p && !failed(p)) targets.push(`wall < pandas: ${t.wallS < p.wallS ? 'met' : 'MISSED'} (${ratio(t.wallS, p.wallS)})`);
    const rssLimit = n > 1_000_000 ? 2.5e9 : 1e9;
    if (t.peakRss !== null) targets.push(`peak RSS ≤ ${rssLimit / 1e9} GB: ${t.peakRss <= rssLimit ? 'met' : 'MISSED'} (${mb(t.peakRss)} MB)`);
  }
  out.push(`Targets (issue 6): ${targets.join('; ')}.`);
  process.stdout.write(`\n${out.join('\n')}\n`);

  if (!o.keep) {
    rmSync(work, { recursive: true, force: true });
  } else log(`kept ${work}`);
  return { n, ok, toolFailed: failed(t) || failed(d) || failed(p) };
}

async function startup(runs: number): Promise<void> {
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)]!;
  };
  const nodeRuns: number[] = [];
  const helpRuns: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = await measure(NODE, ['-e', '0']);
    const b = await measure(NODE, [path.join(REPO, 'bin', 'talenta.js'), '--help'], { cwd: REPO });
    if (b.code !== 0) fail('talenta --help', b);
    nodeRuns.push(a.wallS);
    helpRuns.push(b.wallS);
  }
  const n0 = median(nodeRuns);
  const h = median(helpRuns);
  process.stdout.write(
    [
      '',
      `### Start-up (median of ${runs})`,
      '',
      '| command | wall s | ratio |',
      '|---|---:|---:|',
      `| \`node -e 0\` | ${n0.toFixed(3)} | 1.00× |`,
      `| \`talenta --help\` | ${h.toFixed(3)} | ${ratio(h, n0)} |`,
      '',
      `Target (issue 6): \`talenta --help\` ≤ 3× \`node -e 0\`: ${h <= 3 * n0 ? 'met' : 'MISSED'}.`,
      '',
    ].join('\n'),
  );
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
      `peak RSS via ${hasGnuTime() ? 'GNU time (%M)' : 'polling /proc VmHWM'}; wall time is one run per tool.\n`,
  );
  let ok = true;
  let toolFailed = false;
  try {
    for (const n of o.sizes) {
      const r = await runSize(n, o, pandas);
      ok &&= r.ok;
      toolFailed ||= r.toolFailed;
    }
  } catch (err) {
    if (err instanceof UsageError) {
      log(`bench: ${err.message}`);
      return 2;
    }
    throw err;
  }
  await startup(o.helpRuns);
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
