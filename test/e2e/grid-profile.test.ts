/**
 * End to end: a profile that renumbers the boxes (written by `talenta init`, then edited as an
 * agency would) draws its own grid in the terminal, the workbook and the HTML page of
 * `talenta classify --profile FILE`, with the pool colour on its pool boxes.
 *
 * Mirror numbering n → 10 − n (box 1 top right), pool 1, 2, 3. Expected by hand:
 *   default  4 7 9 / 2 5 8 / 1 3 6        mirror  6 3 1 / 8 5 2 / 9 7 4
 * The employees and their levels do not change, so each cell shows the same count under both
 * profiles, and the count next to box b is the run's own summary.grid[b].
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boxes, counts, groups, htmlGrid, terminalGrid, workbookGrid, type ReadGrid } from '../output/grid-readers.js';
import { ROOT, tempDir } from './helpers.js';
import { talenta } from './in-process.js';

const SAMPLE = join(ROOT, 'fixtures', 'contoh', 'roster.xlsx');
const AS_OF = '2026-09-30';
const GROUPS = [
  ['middle', 'pool', 'pool'],
  ['middle', 'middle', 'pool'],
  ['risk', 'risk', 'risk'],
];

interface Run {
  terminal: ReadGrid;
  workbook: ReadGrid;
  html: ReadGrid;
  grid: Record<string, number>;
  /** the boxes of the talent pool, in rank order */
  poolBoxes: number[];
}

async function classifyWith(dir: string, profileArgs: string[]): Promise<Run> {
  const outDir = join(dir, `out-${profileArgs.length ? 'profile' : 'default'}`);
  const html = join(dir, `${profileArgs.length ? 'profile' : 'default'}.html`);
  const r = await talenta(['classify', SAMPLE, '--as-of', AS_OF, ...profileArgs, '-o', outDir, '--html', html], { cwd: dir, env: { FORCE_COLOR: '1' } });
  expect(r.code, r.stderr).toBe(0);
  return {
    terminal: terminalGrid(r.stdout),
    workbook: await workbookGrid(join(outDir, 'laporan-talenta.xlsx')),
    html: htmlGrid(readFileSync(html, 'utf8')),
    ...(() => {
      const doc = JSON.parse(readFileSync(join(outDir, 'hasil-talenta.json'), 'utf8'));
      const boxOf = new Map<string, number>(doc.employees.map((e: { nip: string; box: number }) => [e.nip, e.box]));
      return { grid: doc.summary.grid, poolBoxes: doc.talentPool.map((n: string) => boxOf.get(n)!) };
    })(),
  };
}

describe('classify --profile with renumbered boxes', () => {
  it('terminal, workbook and HTML page draw the profile grid, counts and pool colour', async () => {
    const dir = tempDir();
    expect((await talenta(['init'], { cwd: dir })).code).toBe(0);
    const p = JSON.parse(readFileSync(join(dir, 'talenta.profile.json'), 'utf8'));
    const m = (b: number) => 10 - b;
    p.id = 'cermin';
    for (const row of Object.values<Record<string, number>>(p.boxes)) for (const k of Object.keys(row)) row[k] = m(row[k]!);
    p.talentPool.boxes = p.talentPool.boxes.map(m);
    p.talentPool.nationalBoxes = p.talentPool.nationalBoxes.map(m);
    p.boxText = Object.fromEntries(Object.entries(p.boxText).map(([k, v]) => [String(m(Number(k))), v]));
    writeFileSync(join(dir, 'cermin.json'), JSON.stringify(p, null, 2));

    const def = await classifyWith(dir, []);
    const mir = await classifyWith(dir, ['--profile', 'cermin.json']);

    for (const [run, drawn] of [
      [
        def,
        [
          [4, 7, 9],
          [2, 5, 8],
          [1, 3, 6],
        ],
      ],
      [
        mir,
        [
          [6, 3, 1],
          [8, 5, 2],
          [9, 7, 4],
        ],
      ],
    ] as const) {
      for (const g of [run.terminal, run.workbook, run.html]) {
        expect(g.rows).toEqual(['Di Atas Ekspektasi', 'Sesuai Ekspektasi', 'Di Bawah Ekspektasi']);
        expect(g.columns).toEqual(['Rendah', 'Menengah', 'Tinggi']);
        expect(boxes(g)).toEqual(drawn);
        expect(groups(g)).toEqual(GROUPS);
        expect(counts(g)).toEqual(drawn.map((r) => r.map((b) => run.grid[String(b)])));
        expect(counts(g)).toEqual(counts(def.terminal));
      }
    }
    // the pool is ranked best box first: 9, 8, 7 by default; the mirror's 1, 2, 3
    const sorted = (b: number[], dir: 1 | -1) => [...b].sort((x, y) => dir * (x - y));
    expect(def.poolBoxes.length).toBeGreaterThan(3);
    expect(def.poolBoxes).toEqual(sorted(def.poolBoxes, -1));
    expect(mir.poolBoxes).toEqual(sorted(mir.poolBoxes, 1));
    expect(new Set(mir.poolBoxes)).toEqual(new Set(def.poolBoxes.map((b) => 10 - b)));
    // the sample fills every cell, so a swapped layout changes the counts too
    expect(
      counts(def.terminal)
        .flat()
        .every((n) => n > 0),
    ).toBe(true);
  });
});
