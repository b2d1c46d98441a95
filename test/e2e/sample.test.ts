/**
 * End-to-end on the shipped sample agency (fixtures/contoh): talenta (in-process) on the workbook and
 * on the CSV set. The crafted cases of kasus.json carry expected values derived by hand from
 * docs/rules.md when the fixtures were generated (never from talenta's output).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';
import { talenta, type InProcessRun } from './in-process.js';
import { cellText } from '../../src/io/cell-text.js';

const XLSX = join(ROOT, 'fixtures', 'contoh', 'roster.xlsx');
const CSV_DIR = join(ROOT, 'fixtures', 'contoh', 'csv');
const CSVS = readdirSync(CSV_DIR)
  .filter((f) => f.endsWith('.csv'))
  .sort()
  .map((f) => join(CSV_DIR, f));
const AS_OF = '2026-09-30';

interface Case {
  nip: string;
  case: string;
  rule: string;
  inRoster?: boolean;
  table?: string;
  expected: null | {
    box: number | null;
    talentPool: boolean;
    reasons: string[];
    performanceScore: number | null;
    potentialScore: number | null;
    talentScore?: number | null;
  };
}
const kasus = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'contoh', 'kasus.json'), 'utf8')) as { cases: Case[] };

type Doc = {
  summary: Record<string, unknown> & {
    rosterRows: number;
    employees: number;
    duplicateRowsMerged: number;
    mapped: number;
    notMapped: number;
    talentPool: number;
    grid: Record<string, number>;
  };
  employees: {
    nip: string;
    box: number | null;
    talentPool: boolean;
    rank: number | null;
    rankInTargetLevel: number | null;
    rankInUnit: number | null;
    reasons: string[];
    talentScore: number | null;
    performance: { score: number | null; level: string | null };
    potential: { score: number | null; level: string | null };
  }[];
  talentPool: string[];
  issues: { code: string; file: string; row: number; value: string | null; severity: string }[];
};

let fromXlsx: Doc;
let fromCsv: Doc;
let outDir: string;
let run: InProcessRun;

beforeAll(async () => {
  const a = await talenta(['classify', XLSX, '--as-of', AS_OF, '--json']);
  expect(a.code).toBe(0);
  fromXlsx = JSON.parse(a.stdout) as Doc;
  const b = await talenta(['classify', ...CSVS, '--as-of', AS_OF, '--json']);
  expect(b.code).toBe(0);
  fromCsv = JSON.parse(b.stdout) as Doc;
  outDir = join(tempDir(), 'laporan');
  run = await talenta(['classify', XLSX, '--as-of', AS_OF, '-o', outDir]);
});

describe('crafted cases of the sample agency (kasus.json)', () => {
  const inRoster = kasus.cases.filter((c) => c.expected !== null);
  it('covers the rules (at least 50 crafted cases)', async () => {
    expect(inRoster.length).toBeGreaterThanOrEqual(50);
  });
  for (const c of inRoster) {
    it(`${c.case}: ${c.rule.slice(0, 90)}`, async () => {
      for (const doc of [fromXlsx, fromCsv]) {
        const es = doc.employees.filter((e) => e.nip === c.nip);
        expect(es.length).toBeGreaterThan(0);
        for (const e of es) {
          const x = c.expected!;
          expect(e.box).toBe(x.box);
          expect(e.talentPool).toBe(x.talentPool);
          expect([...e.reasons].sort()).toEqual([...x.reasons].sort());
          expect(e.performance.score).toBe(x.performanceScore);
          expect(e.potential.score).toBe(x.potentialScore);
          if (x.talentScore !== undefined && e.box !== null) expect(e.talentScore).toBe(x.talentScore);
        }
      }
    });
  }
  for (const c of kasus.cases.filter((k) => k.expected === null)) {
    it(`${c.case}: reported as NIP_TIDAK_DI_ROSTER, not dropped`, async () => {
      expect(fromXlsx.employees.some((e) => e.nip === c.nip)).toBe(false);
      expect(fromXlsx.issues).toContainEqual(expect.objectContaining({ code: 'NIP_TIDAK_DI_ROSTER', value: c.nip }));
    });
  }
});

describe('the workbook and the CSV set give identical results', () => {
  it('same employees, boxes, pool flags, ranks and reasons', async () => {
    const key = (d: Doc) => d.employees.map((e) => [e.nip, e.box, e.talentPool, e.rank, e.rankInTargetLevel, e.rankInUnit, e.reasons.join('|'), e.talentScore]);
    expect(key(fromCsv)).toEqual(key(fromXlsx));
    expect(fromCsv.talentPool).toEqual(fromXlsx.talentPool);
    expect(fromCsv.summary).toEqual(fromXlsx.summary);
  });

  it('counts add up', async () => {
    const s = fromXlsx.summary;
    expect(s.rosterRows).toBe(s.employees + s.duplicateRowsMerged);
    expect(s.employees).toBe(s.mapped + s.notMapped);
    expect(Object.values(s.grid).reduce((a, b) => a + b, 0)).toBe(s.mapped);
    expect(fromXlsx.employees.filter((e) => e.box !== null)).toHaveLength(s.mapped);
    expect(fromXlsx.employees.filter((e) => e.talentPool)).toHaveLength(s.talentPool);
    expect(fromXlsx.talentPool).toHaveLength(s.talentPool);
  });

  it('the pool is ordered 9 → 8 → 7 and ranks run 1..n', async () => {
    const pool = fromXlsx.talentPool.map((nip) => fromXlsx.employees.find((e) => e.nip === nip)!);
    pool.forEach((e, i) => expect(e.rank).toBe(i + 1));
    const boxes = pool.map((e) => e.box!);
    expect([...boxes].sort((a, b) => b - a)).toEqual(boxes);
  });
});

describe('the report folder from the workbook', () => {
  it('exits 0, prints the grid, writes every file', async () => {
    expect(run.code).toBe(0);
    const s = fromXlsx.summary;
    expect(run.stdout).toContain(`[9] ${s.grid['9']} `);
    expect(run.stdout).toContain(`[1] ${s.grid['1']} `);
    expect(run.stderr).toContain(outDir);
    expect(readdirSync(outDir).sort()).toEqual(['hasil-talenta.json', 'laporan-talenta.xlsx', 'masalah-data.csv', 'pegawai.csv', 'ringkasan.csv', 'talent-pool.csv']);
  });

  it('pegawai.csv has one row per employee with the same boxes as the JSON', async () => {
    const lines = readFileSync(join(outDir, 'pegawai.csv'), 'utf8').slice(1).trim().split('\n');
    expect(lines).toHaveLength(fromXlsx.summary.employees + 1);
    const header = lines[0]!.split(',');
    const nipCol = header.indexOf('nip');
    const boxCol = header.indexOf('kotak');
    // rows without quoted commas are enough to spot-check the columns
    const simple = lines.slice(1).filter((l) => !l.includes('"'));
    expect(simple.length).toBeGreaterThan(100);
    for (const l of simple) {
      const f = l.split(',');
      const e = fromXlsx.employees.find((x) => x.nip === f[nipCol]);
      expect(e).toBeDefined();
      expect(f[boxCol]).toBe(e!.box === null ? '' : String(e!.box));
    }
  });

  it('the workbook reads back: sheets, NIP as text, pool in rank order', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(outDir, 'laporan-talenta.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Ringkasan',
      'Talent Pool',
      'Per unit',
      'Audit',
      'Audit Unit',
      'Dekat Batas',
      'Keadilan',
      'Semua Pegawai',
      'Belum Terpetakan',
      'Masalah Data',
      'Tabel Ringkasan',
      'Metodologi',
    ]);
    const pool = wb.getWorksheet('Talent Pool')!;
    expect(pool.rowCount).toBe(fromXlsx.summary.talentPool + 1);
    const header = (pool.getRow(1).values as unknown[]).slice(1);
    const nipCol = header.indexOf('NIP') + 1;
    const rankCol = header.indexOf('Peringkat') + 1;
    for (let r = 2; r <= pool.rowCount; r++) {
      const nip = pool.getRow(r).getCell(nipCol).value;
      expect(typeof nip).toBe('string');
      expect(nip).toBe(fromXlsx.talentPool[r - 2]);
      expect(pool.getRow(r).getCell(rankCol).value).toBe(r - 1);
    }
    const ringkasan = wb.getWorksheet('Ringkasan')!;
    const texts: string[] = [];
    ringkasan.eachRow((row) => row.eachCell((c) => texts.push(cellText(c.value))));
    // box 9 sits top right of the grid: the first grid row ends with box 9
    const gridRow = ringkasan.getRow(5);
    expect(cellText(gridRow.getCell(4).value)).toMatch(/^Kotak 9\n/);
    expect(cellText(ringkasan.getRow(7).getCell(2).value)).toMatch(/^Kotak 1\n/);
    expect(texts.join('\n')).toContain(`${fromXlsx.summary.grid['9']} (`);
  });

  it('is deterministic: a second run gives byte-identical CSV and JSON', async () => {
    const again = join(tempDir(), 'laporan');
    expect((await talenta(['classify', XLSX, '--as-of', AS_OF, '-o', again, '--no-xlsx'])).code).toBe(0);
    for (const f of ['pegawai.csv', 'talent-pool.csv', 'masalah-data.csv', 'ringkasan.csv', 'hasil-talenta.json']) {
      expect(readFileSync(join(again, f)).equals(readFileSync(join(outDir, f))), f).toBe(true);
    }
  });
});
