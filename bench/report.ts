/**
 * The bench's markdown tables and the issue's targets ("National scale at DuckDB speed"):
 *
 * - 1M employees, each of the jobs `--no-xlsx -o DIR`, `--json > file`, `-o - --format csv`: wall
 *   ≤ 1.5× DuckDB (goal 1.0×) and < 0.3× pandas; peak RSS ≤ 600 MB (goal 500 MB); identical box,
 *   pool flag and every rank to DuckDB for every employee; hasil-talenta.json ≤ 500 bytes per
 *   employee;
 * - 4.5M: completes under Node's default heap, peak RSS ≤ 1.5 GB, wall ≤ 1.5× DuckDB;
 * - 200k: the default run with the workbook within 20 s;
 * - `talenta --help` ≤ 3× `node -e 0`.
 *
 * MB are 10^6 bytes.
 */
import type { Measured } from './measure.js';

export type JobId = 'dir' | 'json' | 'csv' | 'xlsx';
export const JOB_IDS: readonly JobId[] = ['dir', 'json', 'csv', 'xlsx'];

export const JOB_LABEL: Record<JobId, string> = {
  dir: 'talenta `--no-xlsx -o DIR`',
  json: 'talenta `--json > file`',
  csv: 'talenta `-o - --format csv`',
  xlsx: 'talenta `-o DIR` (workbook)',
};

export interface Row {
  /** employees in the roster (the size the targets are named for) */
  size: number;
  kind: JobId | 'duckdb' | 'pandas';
  label: string;
  /** null: not run */
  m: Measured | null;
  /** bytes per employee of the JSON document the job wrote (hasil-talenta.json or the --json document) */
  jsonBytes: number | null;
  /** the comparison, in words */
  results: string;
  /** every employee identical to DuckDB (null: not compared with DuckDB) */
  sameAsDuckdb: boolean | null;
  /** the ranks in target level and in unit were compared too */
  allRanks: boolean;
}

export const fmtInt = (n: number) => n.toLocaleString('en');
export const mb = (bytes: number | null) => (bytes === null ? 'n/a' : (bytes / 1e6).toFixed(0));
export const secs = (s: number) => (s < 10 ? s.toFixed(2) : s.toFixed(1));
export const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a === null || a === undefined || b === null || b === undefined || b === 0 ? 'n/a' : `${(a / b).toFixed(2)}×`;
export const failed = (m: Measured | null) => m !== null && m.code !== 0;

/** "1M", "4.5M", "200k", "20k", else the number */
export function sizeName(n: number): string {
  if (n >= 1e6 && n % 1e5 === 0) return `${n / 1e6}M`;
  if (n >= 1e3 && n % 1e3 === 0) return `${n / 1e3}k`;
  return fmtInt(n);
}

type Status = 'met' | 'not met' | 'unknown';
interface Check {
  status: Status;
  /** the measured value against the limit, e.g. "1.62× DuckDB > 1.5×" */
  text: string;
  /** a goal (reported, not a target), named e.g. "1.0× DuckDB" */
  goal?: string;
}

const unknown = (text: string, goal?: string): Check => ({ status: 'unknown', text, ...(goal ? { goal } : {}) });

/** value against a limit: "1.62× DuckDB > 1.5×" / "480 MB ≤ 600 MB" */
function limit(value: number, max: number, show: (x: number) => string, strict = false, goal?: string): Check {
  const ok = strict ? value < max : value <= max;
  return { status: ok ? 'met' : 'not met', text: `${show(value)} ${ok ? (strict ? '<' : '≤') : strict ? '≥' : '>'} ${show(max)}`, ...(goal ? { goal } : {}) };
}

const mbText = (x: number) => (x >= 1e9 ? `${(x / 1e9).toFixed(2).replace(/0$/, '')} GB` : `${(x / 1e6).toFixed(0)} MB`);

/** The issue's checks for one row (empty: no target at this size for this job). */
function checks(row: Row, duck: Measured | null, pandas: Measured | null): Check[] {
  const { m, size, kind } = row;
  const out: Check[] = [];
  if (!m) return out;
  const main = kind === 'dir' || kind === 'json' || kind === 'csv';
  const named = (main && (size === 1_000_000 || size === 4_500_000)) || (kind === 'xlsx' && size === 200_000);
  if (!named) return out;
  if (failed(m)) return [{ status: 'not met', text: `failed (exit ${m.code})` }];
  const rss = (max: number, goal?: string) => (m.peakRss === null ? unknown('peak RSS not measured', goal) : limit(m.peakRss, max, mbText, false, goal));
  const vsDuck = (max: number, goal?: string) =>
    !duck || failed(duck)
      ? unknown('DuckDB not run', goal)
      : {
          ...limit(m.wallS / duck.wallS, max, (x) => `${x.toFixed(2)}×`, false, goal),
          text: `${ratio(m.wallS, duck.wallS)} DuckDB ${m.wallS <= max * duck.wallS ? '≤' : '>'} ${max}×`,
        };
  if (main && size === 1_000_000) {
    out.push(vsDuck(1.5));
    out.push(
      !pandas || failed(pandas)
        ? unknown('pandas not run')
        : { ...limit(m.wallS, 0.3 * pandas.wallS, secs, true), text: `${ratio(m.wallS, pandas.wallS)} pandas ${m.wallS < 0.3 * pandas.wallS ? '<' : '≥'} 0.3×` },
    );
    out.push(rss(600e6));
    if (row.sameAsDuckdb === null) out.push(unknown('not compared with DuckDB'));
    else if (!row.sameAsDuckdb) out.push({ status: 'not met', text: '≠ DuckDB' });
    else if (!row.allRanks) out.push(unknown('ranks in target level / unit not in the reference'));
    if (kind === 'dir') out.push(row.jsonBytes === null ? unknown('hasil-talenta.json not measured') : limit(row.jsonBytes, 500, (x) => `${x.toFixed(0)} B/employee`));
    out.push(vsDuck(1.0, '1.0× DuckDB'));
    out.push(rss(500e6, '500 MB'));
  } else if (main && size === 4_500_000) {
    out.push(rss(1.5e9));
    out.push(vsDuck(1.5));
  } else if (kind === 'xlsx') {
    out.push(limit(m.wallS, 20, (x) => `${secs(x)} s`));
  }
  return out;
}

/** "met", "**not met**: …", "unverified: …", then the goals */
export function targetText(row: Row, duck: Measured | null, pandas: Measured | null): string {
  const cs = checks(row, duck, pandas);
  if (cs.length === 0) return '—';
  const targets = cs.filter((c) => !c.goal);
  const goals = cs.filter((c) => c.goal);
  const missed = targets.filter((c) => c.status === 'not met');
  const open = targets.filter((c) => c.status === 'unknown');
  let s = missed.length ? `**not met**: ${missed.map((c) => c.text).join('; ')}` : open.length ? `unverified: ${open.map((c) => c.text).join('; ')}` : 'met';
  if (goals.length) s += ` · goals: ${goals.map((c) => `${c.goal} ${c.status === 'met' ? '✓' : c.status === 'unknown' ? '?' : '✗'}`).join(', ')}`;
  return s;
}

/** one sentence on the targets of a size */
export function targetSummary(rows: Row[], duck: Measured | null, pandas: Measured | null): string {
  const all = rows.flatMap((r) => checks(r, duck, pandas)).filter((c) => !c.goal);
  if (all.length === 0) return 'The issue names no target at this size (1M, 4.5M; the workbook at 200k).';
  const missed = all.filter((c) => c.status === 'not met').length;
  const open = all.filter((c) => c.status === 'unknown').length;
  return `Targets at this size: ${all.length - missed - open} of ${all.length} met${missed ? `, ${missed} not met` : ''}${open ? `, ${open} unverified` : ''}.`;
}

const HEAD = ['tool / job', 'wall s', 'peak RSS MB', '÷ DuckDB', '÷ pandas', 'JSON B/employee', 'results', 'target'];
const ALIGN = ['---', '---:', '---:', '---:', '---:', '---:', '---', '---'];

function cells(row: Row, duck: Measured | null, pandas: Measured | null): string[] {
  const m = row.m!;
  const ok = (x: Measured | null) => (x && !failed(x) ? x : null);
  const label = failed(m) ? `${row.label} — FAILED (exit ${m.code})` : row.label;
  return [
    label,
    secs(m.wallS),
    mb(m.peakRss),
    failed(m) ? 'n/a' : ratio(m.wallS, ok(duck)?.wallS),
    failed(m) ? 'n/a' : ratio(m.wallS, ok(pandas)?.wallS),
    row.jsonBytes === null ? '' : row.jsonBytes.toFixed(0),
    row.results,
    targetText(row, duck, pandas),
  ];
}

export interface SizeRows {
  size: number;
  rows: Row[];
  duck: Measured | null;
  pandas: Measured | null;
}

/** The table of one size. */
export function sizeTable(s: SizeRows): string[] {
  const out = [`| ${HEAD.join(' | ')} |`, `|${ALIGN.join('|')}|`];
  for (const r of s.rows) if (r.m) out.push(`| ${cells(r, s.duck, s.pandas).join(' | ')} |`);
  return out;
}

/** One table for several sizes (a first column with the size). */
export function summaryTable(sizes: SizeRows[]): string[] {
  const out = [`| employees | ${HEAD.join(' | ')} |`, `|---:|${ALIGN.join('|')}|`];
  for (const s of sizes) for (const r of s.rows) if (r.m) out.push(`| ${sizeName(s.size)} | ${cells(r, s.duck, s.pandas).join(' | ')} |`);
  return out;
}
