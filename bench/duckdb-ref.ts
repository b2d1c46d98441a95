/**
 * The DuckDB reference job of `npm run bench`, run as its own process so that its wall time and
 * peak RSS are measured exactly like talenta's:
 *
 *   node dist/bench/duckdb-ref.js --dir DIR --out FILE [--as-of YYYY-MM-DD] [--sql FILE]
 *
 * Reads DIR/pegawai.csv, cact.csv, skp-*.csv and hukdis.csv, runs bench/reference.sql and writes
 * one row per employee (nip, box, talent_pool, rank) to FILE.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

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

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      out: { type: 'string' },
      'as-of': { type: 'string', default: '2026-09-30' },
      sql: { type: 'string', default: path.join(REPO, 'bench', 'reference.sql') },
    },
  });
  if (!values.dir || !values.out) throw new Error('usage: duckdb-ref --dir DIR --out FILE [--as-of YYYY-MM-DD] [--sql FILE]');
  const sql = renderSql(readFileSync(values.sql!, 'utf8'), path.resolve(values.dir), path.resolve(values.out), values['as-of']!);
  const t0 = performance.now();
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(sql);
  connection.closeSync();
  instance.closeSync();
  process.stderr.write(`duckdb: query ${((performance.now() - t0) / 1000).toFixed(2)} s\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`duckdb-ref: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
});
