/**
 * Every renderer draws the grid of the run's profile (src/core/grid.ts): the terminal, the
 * workbook's Ringkasan sheet and the HTML page, on the sample data (fixtures/contoh), under the
 * default numbering and two valid profiles that number the boxes differently
 * (test/output/renumbered-profiles.ts).
 *
 * Expected, by hand from docs/rules.md §7 and the renumberings:
 *   default         4 7 9 / 2 5 8 / 1 3 6   (box 9 top right, box 1 bottom left)
 *   mirror          6 3 1 / 8 5 2 / 9 7 4   (n → 10 − n)
 *   reading order   1 2 3 / 4 5 6 / 7 8 9
 * rows kinerja Di Atas, Sesuai, Di Bawah; columns potensial Rendah, Menengah, Tinggi. The pool
 * boxes sit where the default has 7, 8, 9 in every profile, so the colours are the same in every
 * profile: pool (green) top middle, top right, middle right; risk (red) the bottom row; the
 * middle (yellow) the rest. The count in a cell is the number of mapped employees with that
 * cell's two levels, whatever the box is called.
 */
import { mkdtempSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditAttributes, buildAudit } from '../../src/core/audit.js';
import { classify, prepareInputs } from '../../src/core/classify.js';
import { DEFAULT_PROFILE, type Profile } from '../../src/core/profile.js';
import type { Lang } from '../../src/i18n.js';
import { cellText } from '../../src/io/cell-text.js';
import { loadInputs } from '../../src/io/inputs.js';
import { renderHtml } from '../../src/output/html.js';
import type { Ctx } from '../../src/output/model.js';
import { makeChalk, renderTerminal } from '../../src/output/terminal.js';
import { writeXlsxReport } from '../../src/output/xlsx.js';
import { boxes, counts, groups, htmlGrid, htmlHeatHeader, htmlPoolChips, terminalGrid, workbookGrid } from './grid-readers.js';
import { MIRROR, READING_ORDER } from './renumbered-profiles.js';

const ROOT = join(import.meta.dirname, '..', '..');
const AS_OF = '2026-09-30';
const out = mkdtempSync(join(tmpdir(), 'talenta-grid-'));

const ROWS_ID = ['Di Atas Ekspektasi', 'Sesuai Ekspektasi', 'Di Bawah Ekspektasi'];
const COLUMNS_ID = ['Rendah', 'Menengah', 'Tinggi'];
const ROWS_EN = ['Above expectations', 'Meets expectations', 'Below expectations'];
const COLUMNS_EN = ['Low', 'Medium', 'High'];
const GROUPS = [
  ['middle', 'pool', 'pool'],
  ['middle', 'middle', 'pool'],
  ['risk', 'risk', 'risk'],
];

/**
 * `table`: the Metodologi sheet's box rule (per potensial level, kinerja di bawah / sesuai / di
 * atas); `ranking`: the start of its ranking rule (the pool boxes, best first).
 */
const CASES: { name: string; profile: Profile; drawn: number[][]; heat: number[]; pool: number[]; table: string; ranking: string }[] = [
  {
    name: 'default',
    profile: DEFAULT_PROFILE,
    drawn: [
      [4, 7, 9],
      [2, 5, 8],
      [1, 3, 6],
    ],
    heat: [9, 8, 7, 6, 5, 4, 3, 2, 1],
    pool: [7, 8, 9],
    table: 'Tinggi: 6 / 8 / 9, Menengah: 3 / 5 / 7, Rendah: 1 / 2 / 4',
    ranking: 'Kotak 9, 8, 7;',
  },
  {
    name: 'mirror',
    profile: MIRROR,
    drawn: [
      [6, 3, 1],
      [8, 5, 2],
      [9, 7, 4],
    ],
    heat: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    pool: [1, 2, 3],
    table: 'Tinggi: 4 / 2 / 1, Menengah: 7 / 5 / 3, Rendah: 9 / 8 / 6',
    ranking: 'Kotak 1, 2, 3;',
  },
  // heat map and ranking order = the box order best first: see test/core/grid.test.ts
  {
    name: 'reading order',
    profile: READING_ORDER,
    drawn: [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ],
    heat: [3, 6, 2, 9, 5, 1, 8, 4, 7],
    pool: [2, 3, 6],
    table: 'Tinggi: 9 / 6 / 3, Menengah: 8 / 5 / 2, Rendah: 7 / 4 / 1',
    ranking: 'Kotak 3, 6, 2;',
  },
];

/** The Metodologi sheet as key → value. */
async function methodology(file: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const kv = new Map<string, string>();
  wb.getWorksheet('Metodologi')!.eachRow((r) => kv.set(cellText(r.getCell(1).value), cellText(r.getCell(2).value)));
  return kv;
}

async function sample(profile: Profile, lang: Lang) {
  const { tables } = await loadInputs([{ path: join(ROOT, 'fixtures', 'contoh', 'roster.xlsx') }], {});
  const prepared = prepareInputs(tables, profile);
  const result = classify(prepared, profile, { asOf: AS_OF });
  const audit = buildAudit(result, profile, { attributes: auditAttributes(prepared, result) });
  const ctx: Ctx = { lang, human: true, profile, result, profileHash: '0'.repeat(64) };
  // mapped employees per drawn cell, from their levels alone
  const perCell = (['DI_ATAS', 'SESUAI', 'DI_BAWAH'] as const).map((perf) =>
    (['RENDAH', 'MENENGAH', 'TINGGI'] as const).map((pot) => result.employees.filter((e) => e.box !== null && e.potential.level === pot && e.performance.level === perf).length),
  );
  return { ctx, audit, perCell };
}

describe.each(CASES)('the $name profile draws its own grid', ({ name, profile, drawn, heat, pool, table, ranking }) => {
  it('terminal', async () => {
    const { ctx, perCell } = await sample(profile, 'id');
    const g = terminalGrid(renderTerminal(ctx, makeChalk(true)));
    expect(g.rows).toEqual(ROWS_ID);
    expect(g.columns).toEqual(COLUMNS_ID);
    expect(boxes(g)).toEqual(drawn);
    expect(counts(g)).toEqual(perCell);
    expect(groups(g)).toEqual(GROUPS);
  });

  it('workbook (read back with exceljs): the Ringkasan grid (boxes, counts, fills, bold pool boxes); the Metodologi box table and ranking', async () => {
    const { ctx, audit, perCell } = await sample(profile, 'id');
    const file = join(out, `${name.replace(/ /g, '-')}.xlsx`);
    await writeXlsxReport(file, ctx, { toolVersion: '0.0.0-test', files: [], profileSource: 'test', audit });
    const g = await workbookGrid(file);
    expect(g.rows).toEqual(ROWS_ID);
    expect(g.columns).toEqual(COLUMNS_ID);
    expect(boxes(g)).toEqual(drawn);
    expect(counts(g)).toEqual(perCell);
    expect(groups(g)).toEqual(GROUPS);
    expect(g.bold).toEqual(GROUPS.map((r) => r.map((x) => x === 'pool')));
    const rules = await methodology(file);
    expect(rules.get('Kotak')).toBe(`${table} (kinerja di bawah / sesuai / di atas).`);
    expect(rules.get('Peringkat')).toMatch(new RegExp(`^${ranking} lalu nilai talenta`));
  });

  it('HTML page: the SVG grid, the heat map columns (best box first) and the pool chips', async () => {
    const { ctx, audit, perCell } = await sample(profile, 'id');
    const html = renderHtml(ctx, audit, { toolVersion: '0.0.0-test', pseudonymized: false });
    const g = htmlGrid(html);
    expect(g.rows).toEqual(ROWS_ID);
    expect(g.columns).toEqual(COLUMNS_ID);
    expect(boxes(g)).toEqual(drawn);
    expect(counts(g)).toEqual(perCell);
    expect(groups(g)).toEqual(GROUPS);
    const poolSet = new Set(pool);
    expect(htmlHeatHeader(html)).toEqual(heat.map((b) => ({ box: b, group: poolSet.has(b) ? 'pool' : drawn[2]!.includes(b) ? 'risk' : 'middle' })));
    const chips = htmlPoolChips(html);
    expect(chips.length).toBeGreaterThan(0);
    for (const c of chips) {
      expect(pool).toContain(c.box);
      expect(c.group).toBe('pool');
    }
  });
});

describe('English texts, same grid (mirror profile)', () => {
  it('terminal and HTML', async () => {
    const { ctx, audit, perCell } = await sample(MIRROR, 'en');
    for (const g of [terminalGrid(renderTerminal(ctx, makeChalk(true)), 'en'), htmlGrid(renderHtml(ctx, audit, { toolVersion: '0.0.0-test', pseudonymized: false }), 'en')]) {
      expect(g.rows).toEqual(ROWS_EN);
      expect(g.columns).toEqual(COLUMNS_EN);
      expect(boxes(g)).toEqual([
        [6, 3, 1],
        [8, 5, 2],
        [9, 7, 4],
      ]);
      expect(counts(g)).toEqual(perCell);
      expect(groups(g)).toEqual(GROUPS);
    }
  });
});

describe('the HTML grid labels fit left of the grid', () => {
  // a right-aligned label word of n characters at 9.5 px needs about 0.6 em each: its anchor x
  // must leave that much room from the SVG's left edge, or the word is cut ("Above xpectations")
  it.each(['id', 'en'] as const)('%s', async (lang) => {
    const { ctx, audit } = await sample(DEFAULT_PROFILE, lang);
    const html = renderHtml(ctx, audit, { toolVersion: '0.0.0-test', pseudonymized: false });
    const labels = [...html.matchAll(/<text x="([\d.]+)"[^>]*class="lv" text-anchor="end">(.*?)<\/text>/g)];
    expect(labels.length).toBe(3);
    for (const [, x, inner] of labels) {
      for (const [, word] of inner!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)) {
        expect({ word, fits: Number(x) >= word!.length * 9.5 * 0.6 }).toEqual({ word, fits: true });
      }
    }
  });
});
