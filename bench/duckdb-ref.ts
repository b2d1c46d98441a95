/**
 * The DuckDB reference job of `npm run bench`, run as its own process so that its wall time and
 * peak RSS are measured exactly like talenta's:
 *
 *   node dist/bench/duckdb-ref.js --dir DIR --out FILE [--as-of YYYY-MM-DD] [--sql FILE]
 *
 * Reads DIR/pegawai.csv, cact.csv, skp-*.csv and hukdis.csv, runs bench/reference.sql and writes
 * one row per employee (nip, box, talent_pool, rank, rank_in_target_level, rank_in_unit) to FILE.
 *
 * `runReference` is the same job as a function (test/oracle/ runs it in-process).
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** bench/reference.sql, from bench/ (sources, e.g. under vitest) or dist/bench/ (built). */
export function defaultSqlFile(): string {
  const candidates = [path.resolve(HERE, 'reference.sql'), path.resolve(HERE, '..', '..', 'bench', 'reference.sql')];
  const found = candidates.find((f) => existsSync(f));
  if (!found) throw new Error(`reference.sql not found (looked at ${candidates.join(', ')})`);
  return found;
}

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** Fill the placeholders of reference.sql. */
export function renderSql(template: string, dir: string, out: string, asOf: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`--as-of must be YYYY-MM-DD, got ${asOf}`);
  const skp = readdirSync(dir)
    .filter((f) => /^skp-.*\.csv$/.test(f))
    .sort()
    .map((f) => sqlString(path.join(dir, f)));
  if (skp.length === 0) throw new Error(`no skp-*.csv in ${dir}`);
  const vars: Record<string, string> = {
    pegawai: sqlString(path.join(dir, 'pegawai.csv')),
    cact: sqlString(path.join(dir, 'cact.csv')),
    hukdis: sqlString(path.join(dir, 'hukdis.csv')),
    skp: `[${skp.join(', ')}]`,
    out: sqlString(out),
    asof: asOf,
  };
  return template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => {
    const v = vars[k];
    if (v === undefined) throw new Error(`unknown placeholder ${m} in the SQL`);
    return v;
  });
}

export interface ReferenceJob {
  /** directory with pegawai.csv, cact.csv, skp-*.csv, hukdis.csv */
  dir: string;
  /** output CSV */
  out: string;
  /** reference date, YYYY-MM-DD */
  asOf: string;
  /** the SQL template (default bench/reference.sql) */
  sqlFile?: string;
}

/** Run the reference query on a directory of CSV files; returns the query's wall time in seconds. */
export async function runReference(job: ReferenceJob): Promise<number> {
  const sql = renderSql(readFileSync(job.sqlFile ?? defaultSqlFile(), 'utf8'), path.resolve(job.dir), path.resolve(job.out), job.asOf);
  const t0 = performance.now();
  const instance = await DuckDBInstance.create(':memory:');
  try {
    const connection = await instance.connect();
    try {
      await connection.run(sql);
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
  return (performance.now() - t0) / 1000;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      out: { type: 'string' },
      'as-of': { type: 'string', default: '2026-09-30' },
      sql: { type: 'string' },
    },
  });
  if (!values.dir || !values.out) throw new Error('usage: duckdb-ref --dir DIR --out FILE [--as-of YYYY-MM-DD] [--sql FILE]');
  const seconds = await runReference({ dir: values.dir, out: values.out, asOf: values['as-of'], ...(values.sql ? { sqlFile: values.sql } : {}) });
  process.stderr.write(`duckdb: query ${seconds.toFixed(2)} s\n`);
}

/** Run as a program (`node dist/bench/duckdb-ref.js …`), not imported. */
function isMainModule(): boolean {
  const invoked = process.argv[1];
  if (invoked === undefined) return false;
  try {
    return realpathSync(path.resolve(invoked)) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainModule()) {
  main().catch((err: unknown) => {
    process.stderr.write(`duckdb-ref: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  });
}
