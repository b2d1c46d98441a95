/**
 * `talenta compare`, the pure core: small runs built by hand, every expected number worked out
 * by hand in the comments (matrix cells, pool entries and exits with their axis, ≥ 2-box moves,
 * moves against the scores, roster and mapping changes, stuck and paths, the notes).
 */
import { describe, expect, it } from 'vitest';
import { compare, moveOf, NOT_IN_ROSTER, NOT_MAPPED, STATES, type Pair, type Run, type RunEmployee, type State } from '../../src/core/compare.js';
import type { PerformanceLevel, PotentialLevel } from '../../src/core/types.js';
import { causeText } from '../../src/output/compare-model.js';

/** The default 3×3 table: box → [potential level, performance level]. */
const LEVELS: Record<number, [PotentialLevel, PerformanceLevel]> = {
  1: ['RENDAH', 'DI_BAWAH'],
  2: ['RENDAH', 'SESUAI'],
  4: ['RENDAH', 'DI_ATAS'],
  3: ['MENENGAH', 'DI_BAWAH'],
  5: ['MENENGAH', 'SESUAI'],
  7: ['MENENGAH', 'DI_ATAS'],
  6: ['TINGGI', 'DI_BAWAH'],
  8: ['TINGGI', 'SESUAI'],
  9: ['TINGGI', 'DI_ATAS'],
};

/** An employee in `box` (null = not mapped) with the given scores; levels follow the box unless given. */
function emp(
  nip: string,
  box: number | null,
  o: { pot?: number | null; perf?: number | null; pool?: boolean; reasons?: string[]; potLevel?: PotentialLevel | null; perfLevel?: PerformanceLevel | null } = {},
): RunEmployee {
  return {
    nip,
    nama: `Pegawai ${nip}`,
    jabatan: 'Analis',
    unorInduk: 'Dinas Contoh',
    box,
    potentialScore: o.pot ?? null,
    potentialLevel: o.potLevel !== undefined ? o.potLevel : box !== null ? LEVELS[box]![0] : null,
    performanceScore: o.perf ?? null,
    performanceLevel: o.perfLevel !== undefined ? o.perfLevel : box !== null ? LEVELS[box]![1] : null,
    talentScore: null,
    talentPool: o.pool ?? false,
    reasons: o.reasons ?? [],
  };
}

function run(label: string, employees: RunEmployee[], hash: string | null = 'a'.repeat(64), asOf: string | null = label): Run {
  return {
    label,
    labelFrom: 'asOf',
    asOf,
    file: `${label}.json`,
    format: hash === null ? 'csv' : 'json',
    profile: hash === null ? null : { id: hash === 'a'.repeat(64) ? 'permenpanrb-3-2020' : 'bkn-ms-mms-kms', version: 1, hash },
    sha256: '0'.repeat(64),
    employees,
  };
}

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

// Run A (2026-03-31) and run B (2026-06-30); the second run has another profile.
const A = run('2026-03-31', [
  emp('n01', 5, { pot: 85, perf: 80 }), //                            5 → 8  potential Menengah → Tinggi (+7): enters the pool
  emp('n02', 8, { pot: 93, perf: 80, pool: true }), //                8 → 8  excluded HUKDIS: leaves the pool
  emp('n03', 2, { pot: 75, perf: 80 }), //                            2 → 8  potential Rendah → Tinggi: two boxes, enters
  emp('n04', 9, { pot: 95, perf: 100, pool: true }), //               9 → 1  both axes down two levels: two boxes, leaves
  emp('n05', 5, { pot: 85, perf: 80, reasons: ['BUKAN_PNS'] }), //    5 → 7  both scores down: against the scores
  emp('n06', null, { perf: 100, reasons: ['CACT_TIDAK_ADA'] }), //   BT → 4  newly mapped
  emp('n07', 6, { pot: 92, perf: 60 }), //                            6 → BT newly not mapped (CACT_KEDALUWARSA)
  emp('n08', 7, { pot: 85, perf: 100, pool: true }), //               7 → out: gone, leaves the pool
  emp('n10', 3, { pot: 80, perf: 60 }), //                            3 → 3  same
  emp('n11', null, { pot: 80, reasons: ['SKP_TIDAK_ADA'] }), //      BT → BT same
  emp('n12', 5, { pot: 80, perf: 80 }), //                            5 → 4  potential down, performance up: one box down
  emp('n13', 4, { pot: 77.99, perf: 100 }), //                        4 → 7  same scores (a rule change): enters
]);
const B = run(
  '2026-06-30',
  [
    emp('n01', 8, { pot: 92, perf: 80, pool: true }),
    emp('n02', 8, { pot: 93, perf: 80, reasons: ['HUKDIS'] }),
    emp('n03', 8, { pot: 91, perf: 80, pool: true }),
    emp('n04', 1, { pot: 70, perf: 60 }),
    emp('n05', 7, { pot: 84, perf: 78, reasons: ['BUKAN_PNS'] }),
    emp('n06', 4, { pot: 70, perf: 100 }),
    emp('n07', null, { pot: 92, perf: 60, reasons: ['CACT_KEDALUWARSA'] }),
    emp('n09', 9, { pot: 95, perf: 100, pool: true }), //             out → 9 new in the roster, enters the pool
    emp('n10', 3, { pot: 80, perf: 60 }),
    emp('n11', null, { pot: 80, reasons: ['SKP_TIDAK_ADA'] }),
    emp('n12', 4, { pot: 76, perf: 100 }),
    emp('n13', 7, { pot: 77.99, perf: 100, pool: true }),
  ],
  HASH_B,
);
// Run C (2026-09-30), same profile as B: n08 stays away, the rest keep their B state.
const C = run(
  '2026-09-30',
  B.employees.map((e) => ({ ...e })),
  HASH_B,
);

const idx = (s: State) => STATES.indexOf(s);
const cell = (p: Pair, from: State, to: State) => p.matrix[idx(from)]![idx(to)]!;
const nips = (ms: { nip: string }[]) => ms.map((m) => m.nip).sort();

describe('compare: two runs', () => {
  const r = compare([A, B]);
  const p = r.pairs[0]!;

  it('one pair, the states in matrix order (best box first, then not mapped, then not in the roster)', () => {
    expect(r.pairs).toHaveLength(1);
    expect(STATES).toEqual(['9', '8', '7', '6', '5', '4', '3', '2', '1', NOT_MAPPED, NOT_IN_ROSTER]);
    expect(r.paths).toBeNull();
    expect(r.stuck).toBeNull();
  });

  it('the transition matrix: one count per employee, in its from → to cell', () => {
    const expected: [State, State][] = [
      ['5', '8'], // n01
      ['8', '8'], // n02
      ['2', '8'], // n03
      ['9', '1'], // n04
      ['5', '7'], // n05
      [NOT_MAPPED, '4'], // n06
      ['6', NOT_MAPPED], // n07
      ['7', NOT_IN_ROSTER], // n08
      [NOT_IN_ROSTER, '9'], // n09
      ['3', '3'], // n10
      [NOT_MAPPED, NOT_MAPPED], // n11
      ['5', '4'], // n12
      ['4', '7'], // n13
    ];
    for (const [f, t] of expected) expect(cell(p, f, t), `${f} → ${t}`).toBe(1);
    const total = p.matrix.flat().reduce((a, b) => a + b, 0);
    expect(total).toBe(13); // 12 in A ∪ 12 in B = 13 employees
    // row sums are the earlier run's states, column sums the later run's
    expect(p.matrix[idx('5')]!.reduce((a, b) => a + b, 0)).toBe(3); // n01, n05, n12
    expect(STATES.reduce((n, s) => n + cell(p, s, '8'), 0)).toBe(3); // n01, n02, n03
    expect(cell(p, NOT_IN_ROSTER, NOT_IN_ROSTER)).toBe(0);
  });

  it('totals by hand', () => {
    expect(p.totals).toEqual({
      from: 12,
      to: 12,
      inBoth: 11,
      same: 3, // n02, n10, n11
      boxChanged: 6, // n01, n03, n04, n05, n12, n13
      up: 4, // n01, n03, n05, n13
      down: 2, // n04, n12
      poolFrom: 3, // n02, n04, n08
      poolTo: 4, // n01, n03, n09, n13
      enteredPool: 4,
      leftPool: 3,
      bigMoves: 2,
      againstDirection: 1,
      scoresUnchanged: 1, // n13
      newInRoster: 1,
      goneFromRoster: 1,
      newlyMapped: 1,
      newlyNotMapped: 1,
    });
  });

  it('entered the talent pool, with the axis that moved them and the score difference', () => {
    expect(nips(p.enteredPool)).toEqual(['n01', 'n03', 'n09', 'n13']);
    const n01 = p.enteredPool.find((m) => m.nip === 'n01')!;
    expect(n01.axes).toEqual(['potential']);
    expect(n01.potential).toEqual({ from: 'MENENGAH', to: 'TINGGI', scoreFrom: 85, scoreTo: 92, delta: 7, steps: 1 });
    expect(n01.performance).toEqual({ from: 'SESUAI', to: 'SESUAI', scoreFrom: 80, scoreTo: 80, delta: 0, steps: 0 });
    const n09 = p.enteredPool.find((m) => m.nip === 'n09')!;
    expect(n09.tags).toEqual(['MASUK_POOL', 'BARU_DI_ROSTER']);
    expect(n09.axes).toEqual([]);
    expect(causeText(n01, 'id')).toBe('potensial Menengah → Tinggi (+7.00)');
    expect(causeText(n01, 'en')).toBe('potential Medium → High (+7.00)');
  });

  it('left the talent pool: an exclusion (no axis), both axes down, gone from the roster', () => {
    expect(nips(p.leftPool)).toEqual(['n02', 'n04', 'n08']);
    const n02 = p.leftPool.find((m) => m.nip === 'n02')!;
    expect(n02.axes).toEqual([]);
    expect(n02.exclusionsAdded).toEqual(['HUKDIS']);
    expect(causeText(n02, 'id')).toBe('dikecualikan: HUKDIS');
    const n04 = p.leftPool.find((m) => m.nip === 'n04')!;
    expect(n04.axes).toEqual(['potential', 'performance']);
    expect(n04.potential.delta).toBe(-25);
    expect(n04.performance.delta).toBe(-40);
    expect(n04.potential.steps).toBe(-2);
    expect(n04.performance.steps).toBe(-2);
    const n08 = p.leftPool.find((m) => m.nip === 'n08')!;
    expect(n08.to).toBe(NOT_IN_ROSTER);
    expect(n08.exclusionsRemoved).toEqual([]); // leaving the roster is not an exclusion ending
    expect(causeText(n08, 'en')).toBe('left the roster');
  });

  it('two boxes or more: max(|Δ potential level|, |Δ performance level|) ≥ 2', () => {
    expect(p.bigMoves.map((m) => [m.nip, m.distance])).toEqual([
      ['n04', 2], // 9 → 1: both axes two levels (a diagonal counts once)
      ['n03', 2], // 2 → 8: potential two levels
    ]);
    // a diagonal step of one level on each axis is distance 1
    expect(p.moves.find((m) => m.nip === 'n12')!.distance).toBe(1);
    expect(p.moves.find((m) => m.nip === 'n01')!.distance).toBe(1);
  });

  it('against the scores: the box went up while both scores went down', () => {
    expect(nips(p.againstDirection)).toEqual(['n05']);
    const n05 = p.againstDirection[0]!;
    expect(n05.direction).toBe(1);
    expect(n05.potential.delta).toBe(-1);
    expect(n05.performance.delta).toBe(-2);
    // n12 (5 → 4): potential down with the box, performance up: not a smell
    expect(p.moves.find((m) => m.nip === 'n12')!.tags).not.toContain('BERLAWANAN_ARAH');
    // n13 (4 → 7) with unchanged scores: not against, but counted as "scores unchanged"
    const n13 = p.moves.find((m) => m.nip === 'n13')!;
    expect(n13.tags).not.toContain('BERLAWANAN_ARAH');
    expect(n13.scoresUnchanged).toBe(true);
    expect(causeText(n13, 'id')).toBe('potensial Rendah → Menengah (skor sama)');
  });

  it('roster and mapping changes, with the reasons', () => {
    expect(nips(p.newInRoster)).toEqual(['n09']);
    expect(nips(p.goneFromRoster)).toEqual(['n08']);
    expect(nips(p.newlyMapped)).toEqual(['n06']);
    expect(p.newlyMapped[0]!.reasonsFrom).toEqual(['CACT_TIDAK_ADA']);
    expect(nips(p.newlyNotMapped)).toEqual(['n07']);
    expect(p.newlyNotMapped[0]!.reasonsTo).toEqual(['CACT_KEDALUWARSA']);
    expect(causeText(p.newlyNotMapped[0]!, 'id')).toBe('belum terpetakan: CACT_KEDALUWARSA');
    expect(causeText(p.newlyMapped[0]!, 'en')).toBe('now mapped (was: CACT_TIDAK_ADA)');
  });

  it('moves: every employee whose state or pool changed; everyone: all 13', () => {
    expect(nips(p.moves)).toEqual(['n01', 'n02', 'n03', 'n04', 'n05', 'n06', 'n07', 'n08', 'n09', 'n12', 'n13']);
    expect(p.everyone).toHaveLength(13);
  });

  it('a note when the profile hash differs (a move may be a rule change)', () => {
    expect(p.profileChange).toBe('changed');
    const n = r.notes.find((x) => x.code === 'PROFIL_BERBEDA')!;
    expect(n.pair).toBe(0);
    expect(n.params).toMatchObject({ from: '2026-03-31', to: '2026-06-30', boxChanged: 6, scoresUnchanged: 1 });
    expect(String(n.params.profileFrom)).toBe('permenpanrb-3-2020 v1 #aaaaaaaa');
  });

  it('run summaries: employees per state', () => {
    expect(r.runs[0]).toMatchObject({ employees: 12, mapped: 10, notMapped: 2, talentPool: 3 });
    expect(r.runs[1]!.grid).toMatchObject({ '9': 1, '8': 3, '7': 2, '4': 2, '3': 1, '1': 1, [NOT_MAPPED]: 2 });
  });
});

describe('compare: three runs', () => {
  const r = compare([A, B, C]);

  it('two pairs; no profile note for the second (same hash)', () => {
    expect(r.pairs.map((p) => [p.from, p.to, p.profileChange])).toEqual([
      [0, 1, 'changed'],
      [1, 2, 'same'],
    ]);
    expect(r.notes.filter((n) => n.code === 'PROFIL_BERBEDA').map((n) => n.pair)).toEqual([0]);
    expect(r.pairs[1]!.moves).toEqual([]);
    expect(r.pairs[1]!.totals.same).toBe(12);
  });

  it('stuck: mapped in every run, in the same box every time (lowest box first)', () => {
    // n02 8·8·8, n10 3·3·3; n09 is not in A, n11 never mapped, n08 gone
    expect(r.stuck!.map((s) => [s.nip, s.states])).toEqual([
      ['n10', ['3', '3', '3']],
      ['n02', ['8', '8', '8']],
    ]);
  });

  it("each employee's path, first-appearance order", () => {
    expect(r.paths).toHaveLength(13);
    expect(r.paths!.map((p) => p.nip)).toEqual(['n01', 'n02', 'n03', 'n04', 'n05', 'n06', 'n07', 'n08', 'n10', 'n11', 'n12', 'n13', 'n09']);
    const path = (nip: string) => r.paths!.find((p) => p.nip === nip)!;
    expect(path('n08').states).toEqual(['7', NOT_IN_ROSTER, NOT_IN_ROSTER]);
    expect(path('n09').states).toEqual([NOT_IN_ROSTER, '9', '9']);
    expect(path('n11')).toMatchObject({ states: [NOT_MAPPED, NOT_MAPPED, NOT_MAPPED], changes: 0, stuck: false });
    expect(path('n01')).toMatchObject({ states: ['5', '8', '8'], changes: 1, stuck: false });
  });

  it('the most frequent paths count only paths with a change', () => {
    // 10 employees changed once (n01, n03–n09, n12, n13), each on its own path
    expect(r.commonPaths).toHaveLength(10);
    expect(r.commonPaths!.every((c) => c.count === 1)).toBe(true);
    const twice = compare([A, B, C, run('2026-12-31', C.employees, HASH_B)]);
    expect(twice.commonPaths!.find((c) => c.states.join('>') === '5>8>8>8')!.count).toBe(1);
  });
});

describe('compare: notes and edge cases', () => {
  it('a run without a profile (CSV): the profile change is unknown, and said so', () => {
    const r = compare([run('2026-03-31', A.employees, null), B]);
    expect(r.pairs[0]!.profileChange).toBe('unknown');
    const n = r.notes.find((x) => x.code === 'PROFIL_TIDAK_DIKETAHUI')!;
    expect(n.params.runs).toBe('2026-03-31 (CSV)');
    expect(r.notes.some((x) => x.code === 'PROFIL_BERBEDA')).toBe(false);
  });

  it('the same profile: no note', () => {
    const r = compare([A, run('2026-06-30', B.employees, HASH_A)]);
    expect(r.pairs[0]!.profileChange).toBe('same');
    expect(r.notes).toEqual([]);
  });

  it('periods out of order and equal labels are noted', () => {
    const r = compare([run('2026-06-30', B.employees), run('2026-03-31', A.employees)]);
    expect(r.notes.map((n) => n.code)).toContain('URUTAN_PERIODE');
    const same = compare([A, run('2026-03-31', B.employees)]);
    expect(same.notes.map((n) => n.code)).toContain('LABEL_GANDA');
  });

  it('a NIP repeated within a run: the k-th occurrence matches the k-th, one note for identical repeats', () => {
    const a = run('2026-03-31', [emp('d', null, { reasons: ['NIP_GANDA'] }), emp('d', null, { reasons: ['NIP_GANDA'] }), emp('x', 5)]);
    const b = run('2026-06-30', [emp('d', 5), emp('x', 5)]);
    const r = compare([a, b]);
    const p = r.pairs[0]!;
    expect(cell(p, NOT_MAPPED, '5')).toBe(1); // d (first) → d
    expect(cell(p, NOT_MAPPED, NOT_IN_ROSTER)).toBe(1); // d#2 has no partner
    expect(p.goneFromRoster[0]!.key).toBe('d#2');
    expect(r.notes.filter((n) => n.code === 'NIP_GANDA')).toHaveLength(1);
    const both = compare([a, run('2026-06-30', a.employees)]);
    expect(both.notes.filter((n) => n.code === 'NIP_GANDA').map((n) => n.params.label)).toEqual(['2026-03-31, 2026-06-30']);
  });

  it('without levels (a box only) the default 3×3 table gives the distance', () => {
    const m = moveOf('z', emp('z', 1, { potLevel: null, perfLevel: null }), emp('z', 9, { potLevel: null, perfLevel: null }));
    expect(m.distance).toBe(2);
    expect(m.direction).toBe(1);
    expect(m.tags).toContain('PINDAH_2_KOTAK');
  });

  it('unknown scores: no judgement on the direction of the scores', () => {
    const m = moveOf('k', emp('k', 5, { pot: null, perf: 80 }), emp('k', 8, { pot: null, perf: 70 }));
    expect(m.potential.delta).toBeNull();
    expect(m.tags).not.toContain('BERLAWANAN_ARAH');
  });

  it('fewer than two runs is a programming error here (the CLI refuses it first)', () => {
    expect(() => compare([A])).toThrow();
  });
});
