/**
 * Two of the three one-line bugs that once passed the whole suite, each pinned by a test whose
 * expected values are worked out by hand from docs/rules.md:
 *
 *   (a) the CACT test used is the LATEST one (its tanggal_tes), not the oldest (§4, the rows of
 *       one NIP: "the most recent test"; rows without a date count as oldest);
 *   (b) reconciliation reports the cut-off NEAREST to the score among those that separate the
 *       computed level from the upstream one, not the farthest (src/core/reconcile.ts).
 *
 * The third, boxes 4 and 7 swapped in the drawn grid, is already pinned by test/core/grid.test.ts
 * (gridOf) and test/output/grid-render.test.ts (terminal, workbook and HTML each read back: 4 7 9 /
 * 2 5 8 / 1 3 6): the swap injected into each of the four places fails them.
 */
import { describe, expect, it } from 'vitest';
import { reconcile, type UpstreamBox } from '../../src/core/reconcile.js';
import { AS_OF, cact, emp, issuesOf, nipN, P, roster, runTables, skp, skpOf, type CactRec } from './helpers.js';

describe('(a) of several CACT tests of one NIP, the latest is used', () => {
  const n = nipN(1);
  // SKP Sangat Baik 2025 and 2024: 0.6×100 + 0.4×100 = 100 → Di Atas Ekspektasi (§3).
  // Reference date 2026-09-30: a test on or after 2023-09-30 is still valid (§4.5), so all
  // three dates below are valid and only "latest" decides.
  const OLD: CactRec = { nip: n, potensi: 70, kompetensi: 70, tanggal_tes: '2024-01-10' }; // 0.5×70 + 0.5×70 = 70 → Rendah → box 4
  const NEW: CactRec = { nip: n, potensi: 95, kompetensi: 85, tanggal_tes: '2025-06-01' }; // 0.5×95 + 0.5×85 = 90 → Tinggi → box 9
  const OLDEST: CactRec = { nip: n, potensi: 80, kompetensi: 76, tanggal_tes: '2023-12-01' }; // 78 → Menengah → box 7
  const runWith = (rows: CactRec[]) => runTables([roster([{ nip: n }]), skp(skpOf(n, { 2025: 'Sangat Baik', 2024: 'Sangat Baik' })), cact(rows)]);

  it.each([
    ['older row first', [OLD, NEW]],
    ['latest row first', [NEW, OLD]],
    ['latest row in the middle', [OLD, NEW, OLDEST]],
    ['latest row last of three', [OLDEST, OLD, NEW]],
  ])('%s: the 2025-06-01 test (potential 90, Tinggi, box 9)', (_name, rows) => {
    const r = runWith(rows);
    const e = emp(r, n);
    expect(e.potential.tanggalTes).toBe('2025-06-01');
    expect(e.potential.jpmPotensi).toBe(95);
    expect(e.potential.score).toBe(90);
    expect(e.potential.level).toBe('TINGGI');
    expect(e.box).toBe(9);
    // every other row is reported as a duplicate that was not used
    const dup = issuesOf(r, 'CACT_GANDA');
    expect(dup).toHaveLength(rows.length - 1);
    const usedRow = rows.indexOf(NEW) + 2; // header on row 1
    for (const i of dup) expect(i.params).toMatchObject({ used: usedRow });
  });

  it('an undated row counts as older than any dated one', () => {
    const e = emp(runWith([{ nip: n, potensi: 99, kompetensi: 99, tanggal_tes: null }, OLD]), n);
    expect(e.potential.tanggalTes).toBe('2024-01-10');
    expect(e.potential.score).toBe(70);
    expect(e.box).toBe(4);
  });
});

describe('(b) reconciliation names the nearest cut-off between the two levels', () => {
  const upstream = (nip: string, box: number): UpstreamBox => ({ nip, box, source: { file: 'simata.csv', sheet: null, row: 2 } });
  /** The single disagreement of one employee against an upstream box. */
  const causesOf = (skpByYear: Record<number, string>, pot: { potensi: number; kompetensi: number }, upstreamBox: number) => {
    const n = nipN(1);
    const result = runTables([roster([{ nip: n }]), skp(skpOf(n, skpByYear)), cact([{ nip: n, ...pot }])], { asOf: AS_OF });
    const rc = reconcile(result, [upstream(n, upstreamBox)], P);
    expect(rc).toMatchObject({ compared: 1, agree: 0, notInRoster: 0 });
    expect(rc.disagree).toHaveLength(1);
    return { box: rc.disagree[0]!.computedBox, causes: rc.disagree[0]!.causes };
  };

  it('potential 70 (Rendah) against upstream box 9 (Tinggi): cut-offs 78 and 90 separate them; 78 is nearer (−8), not 90 (−20)', () => {
    // SKP Sangat Baik ×2 → 100 → Di Atas; potential 0.5×70 + 0.5×70 = 70 → Rendah → box 4
    const { box, causes } = causesOf({ 2025: 'Sangat Baik', 2024: 'Sangat Baik' }, { potensi: 70, kompetensi: 70 }, 9);
    expect(box).toBe(4);
    expect(causes).toEqual([{ axis: 'potential', computedLevel: 'RENDAH', upstreamLevel: 'TINGGI', score: 70, cutoff: 78, distance: -8 }]);
  });

  it('potential 95 (Tinggi) against upstream box 4 (Rendah): 90 is nearer (+5), not 78 (+17)', () => {
    // potential 0.5×95 + 0.5×95 = 95 → Tinggi; performance 100 → Di Atas → box 9; upstream 4 = Rendah × Di Atas
    const { box, causes } = causesOf({ 2025: 'Sangat Baik', 2024: 'Sangat Baik' }, { potensi: 95, kompetensi: 95 }, 4);
    expect(box).toBe(9);
    expect(causes).toEqual([{ axis: 'potential', computedLevel: 'TINGGI', upstreamLevel: 'RENDAH', score: 95, cutoff: 90, distance: 5 }]);
  });

  it('performance 68 (Di Bawah) against upstream box 9 (Di Atas): cut-offs 70 and 90; 70 is nearer (−2), not 90 (−22)', () => {
    // SKP 2025 Butuh Perbaikan (60), 2024 Baik (80): 0.6×60 + 0.4×80 = 36 + 32 = 68 → Di Bawah;
    // potential 95 → Tinggi → box 6; upstream 9 = Tinggi × Di Atas: only the performance axis differs
    const { box, causes } = causesOf({ 2025: 'Butuh Perbaikan', 2024: 'Baik' }, { potensi: 95, kompetensi: 95 }, 9);
    expect(box).toBe(6);
    expect(causes).toEqual([{ axis: 'performance', computedLevel: 'DI_BAWAH', upstreamLevel: 'DI_ATAS', score: 68, cutoff: 70, distance: -2 }]);
  });

  it('both axes two levels apart: potential 70 → 78 (−8), performance 100 against Di Bawah → 90 (+10)', () => {
    // box 4 (Rendah × Di Atas) against upstream 6 (Tinggi × Di Bawah)
    const { box, causes } = causesOf({ 2025: 'Sangat Baik', 2024: 'Sangat Baik' }, { potensi: 70, kompetensi: 70 }, 6);
    expect(box).toBe(4);
    expect(causes).toEqual([
      { axis: 'potential', computedLevel: 'RENDAH', upstreamLevel: 'TINGGI', score: 70, cutoff: 78, distance: -8 },
      { axis: 'performance', computedLevel: 'DI_ATAS', upstreamLevel: 'DI_BAWAH', score: 100, cutoff: 90, distance: 10 },
    ]);
  });
});
