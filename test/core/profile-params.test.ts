/**
 * Every parameter family of a profile changes the result as the rules say, and invalid
 * profiles are refused with path-specific messages. Expected values are hand-computed.
 */
import { describe, expect, it } from 'vitest';
import { classify, prepareInputs } from '../../src/core/classify.js';
import { checkProfile, DEFAULT_PROFILE, type Profile } from '../../src/core/profile.js';
import { BUILTIN_PROFILES, builtinProfile } from '../../src/core/profiles.js';
import type { ClassifyResult, RawTable } from '../../src/core/types.js';
import { AS_OF, cact, hukdis, nipN, raw, roster, skp, skpOf, type CactRec, type HukdisRec, type RosterRec, type SkpRec, setAt } from './helpers.js';

const edit = (f: (p: Profile) => void): Profile => {
  const p = structuredClone(DEFAULT_PROFILE);
  f(p);
  const r = checkProfile(p);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.profile;
};

function runWith(p: Profile, s: { roster: RosterRec[]; skp?: SkpRec[]; cact?: CactRec[]; hukdis?: HukdisRec[]; extra?: RawTable[] }): ClassifyResult {
  const tables: RawTable[] = [roster(s.roster)];
  if (s.skp) tables.push(skp(s.skp));
  if (s.cact) tables.push(cact(s.cact));
  if (s.hukdis) tables.push(hukdis(s.hukdis));
  if (s.extra) tables.push(...s.extra);
  return classify(prepareInputs(tables, p), p, { asOf: AS_OF });
}

/** n employees whose potential scores are `pots` (JPM potensi = kompetensi = score), SKP Sangat Baik. */
function potentialSpread(pots: number[]) {
  const nips = pots.map((_, i) => nipN(i + 1));
  return {
    roster: nips.map((nip) => ({ nip })),
    skp: nips.flatMap((n) => skpOf(n, { 2025: 'Sangat Baik', 2024: 'Sangat Baik' })),
    cact: nips.map((nip, i) => ({ nip, potensi: pots[i]!, kompetensi: pots[i]! })),
  };
}

describe('cut-offs (inclusive lower bounds)', () => {
  it('potential 90/78 → 85/72 moves exactly the employees between them', () => {
    const pots = [95, 90, 89.99, 87, 85, 84.99, 80, 78, 77.99, 75, 72, 71.99, 60];
    const s = potentialSpread(pots);
    const a = runWith(DEFAULT_PROFILE, s);
    const b = runWith(
      edit((p) => (p.potential.thresholds = { high: 85, middle: 72 })),
      s,
    );
    const moved = a.employees.filter((e, i) => e.potential.level !== b.employees[i]!.potential.level).map((e) => e.potential.score);
    // moved up: [85, 90) Menengah → Tinggi, and [72, 78) Rendah → Menengah; nobody else
    expect(moved).toEqual([89.99, 87, 85, 77.99, 75, 72]);
    // with Di Atas performance the boxes follow: Menengah 7 → Tinggi 9, Rendah 4 → Menengah 7
    expect(b.employees.map((e) => e.box)).toEqual([9, 9, 9, 9, 9, 7, 7, 7, 7, 7, 7, 4, 4]);
  });

  it('performance 90/70 → 80/60: Baik + Baik (80) becomes Di Atas, 68 becomes Sesuai', () => {
    const n = [nipN(1), nipN(2)];
    const s = {
      roster: n.map((nip) => ({ nip })),
      skp: [...skpOf(n[0]!, { 2025: 'Baik', 2024: 'Baik' }), ...skpOf(n[1]!, { 2025: 'Butuh Perbaikan', 2024: 'Baik' })],
      cact: n.map((nip) => ({ nip, potensi: 95, kompetensi: 95 })),
    };
    const a = runWith(DEFAULT_PROFILE, s);
    const b = runWith(
      edit((p) => (p.performance.thresholds = { high: 80, middle: 60 })),
      s,
    );
    // 0.6×80 + 0.4×80 = 80; 0.6×60 + 0.4×80 = 68
    expect(a.employees.map((e) => [e.performance.score, e.performance.level])).toEqual([
      [80, 'SESUAI'],
      [68, 'DI_BAWAH'],
    ]);
    expect(b.employees.map((e) => [e.performance.score, e.performance.level])).toEqual([
      [80, 'DI_ATAS'],
      [68, 'SESUAI'],
    ]);
  });
});

describe('performance parameters', () => {
  const n = nipN(1);
  const s = { roster: [{ nip: n }], skp: skpOf(n, { 2025: 'Baik', 2024: 'Sangat Baik' }), cact: [{ nip: n, potensi: 95, kompetensi: 95 }] };

  it('predikat scores: Baik 80 → 90 changes the score (0.6×90 + 0.4×100 = 94)', () => {
    const b = runWith(
      edit((p) => (p.performance.scores.BAIK = 90)),
      s,
    );
    expect(b.employees[0]!.performance.score).toBe(94);
    expect(b.employees[0]!.box).toBe(9);
  });

  it('year window and weights: one year [1] uses 2025 alone (Baik → 80); [0.5, 0.5] gives 90', () => {
    expect(
      runWith(
        edit((p) => (p.performance.yearWeights = [1])),
        s,
      ).employees[0]!.performance.score,
    ).toBe(80);
    const half = runWith(
      edit((p) => (p.performance.yearWeights = [0.5, 0.5])),
      s,
    ).employees[0]!;
    expect(half.performance.score).toBe(90);
    expect(half.notes).not.toContain('SKP_SATU_TAHUN');
  });

  it('legacy bands: PP 30/2019 Sangat Baik from 100 instead of 110 turns 105 into Sangat Baik', () => {
    const legacy = { roster: [{ nip: n }], skp: [{ nip: n, tahun: 2025, nilai: 105 }], cact: [{ nip: n, potensi: 95, kompetensi: 95 }] };
    expect(runWith(DEFAULT_PROFILE, legacy).employees[0]!.performance.score).toBe(80);
    const b = runWith(
      edit((p) => (p.performance.legacyEras[1]!.bands[0]!.min = 100)),
      legacy,
    );
    expect(b.employees[0]!.performance.score).toBe(100);
  });

  it('predikat aliases: a new spelling is accepted', () => {
    const odd = { roster: [{ nip: n }], skp: [{ nip: n, tahun: 2025, predikat: 'Istimewa' }], cact: [{ nip: n, potensi: 95, kompetensi: 95 }] };
    expect(runWith(DEFAULT_PROFILE, odd).employees[0]!.box).toBeNull();
    const b = runWith(
      edit((p) => p.performance.predikatAliases.SANGAT_BAIK.push('Istimewa')),
      odd,
    );
    expect(b.employees[0]!.box).toBe(9);
  });
});

describe('potential parameters', () => {
  const n = nipN(1);
  const s = { roster: [{ nip: n }], skp: skpOf(n, { 2025: 'Sangat Baik', 2024: 'Sangat Baik' }), cact: [{ nip: n, potensi: 100, kompetensi: 80 }] };

  it('potensi/kompetensi weights 0.5/0.5 → 0.8/0.2 (0.8×100 + 0.2×80 = 96)', () => {
    expect(runWith(DEFAULT_PROFILE, s).employees[0]!.potential.score).toBe(90);
    const b = runWith(
      edit((p) => {
        p.potential.potensiWeight = 0.8;
        p.potential.kompetensiWeight = 0.2;
      }),
      s,
    );
    expect(b.employees[0]!.potential.score).toBe(96);
  });

  it('validity 3 → 1 year expires a test from 2025-03-01 at 2026-09-30; expiry "useWithNote" keeps it mapped', () => {
    const short = edit((p) => (p.potential.validityYears = 1));
    expect(runWith(short, s).employees[0]!.reasons).toEqual(['CACT_KEDALUWARSA']);
    const keep = edit((p) => {
      p.potential.validityYears = 1;
      p.potential.expiry = 'useWithNote';
    });
    const e = runWith(keep, s).employees[0]!;
    expect(e.box).toBe(9);
    expect(e.notes).toContain('CACT_KEDALUWARSA_DIPAKAI');
  });

  it('components: 0.65 CACT + 0.20 pendidikan + 0.15 integritas (hukdis score), skema-65-20-15', () => {
    const p = builtinProfile('skema-65-20-15')!;
    const t = raw('roster.csv', [
      ['NIP BARU', 'NAMA', 'JABATAN NAMA', 'UNOR INDUK NAMA', 'JENIS PEGAWAI NAMA', 'TINGKAT PENDIDIKAN NAMA'],
      [nipN(1), 'A', 'Pengadministrasi Umum', 'Dinas A', 'PNS', 'S2'],
      [nipN(2), 'B', 'Pengadministrasi Umum', 'Dinas A', 'PNS', 'SLTA'],
    ]);
    const tables = [
      t,
      skp([...skpOf(nipN(1), { 2025: 'Sangat Baik', 2024: 'Sangat Baik' }), ...skpOf(nipN(2), { 2025: 'Sangat Baik', 2024: 'Sangat Baik' })]),
      cact([
        { nip: nipN(1), potensi: 80, kompetensi: 80 },
        { nip: nipN(2), potensi: 80, kompetensi: 80 },
      ]),
      hukdis([{ nip: nipN(2), tingkat: 'Ringan', tmt: '2025-01-10' }]),
    ];
    const r = classify(prepareInputs(tables, p), p, { asOf: AS_OF });
    // A: 0.65×80 + 0.20×90 (S2) + 0.15×100 (no hukdis) = 52 + 18 + 15 = 85 → ≥ 80 Tinggi
    // B: 0.65×80 + 0.20×60 (SLTA) + 0.15×75 (ringan) = 52 + 12 + 11.25 = 75.25 → ≥ 68 Menengah
    expect(r.employees.map((e) => [e.potential.score, e.potential.level, e.box])).toEqual([
      [85, 'TINGGI', 9],
      [75.25, 'MENENGAH', 7],
    ]);
    expect(r.employees[1]!.potential.components).toEqual([
      { id: 'cact', weight: 0.65, score: 80 },
      { id: 'pendidikan', weight: 0.2, score: 60 },
      { id: 'integritas', weight: 0.15, score: 75 },
    ]);
  });
});

describe('talent-pool rules and ranking parameters', () => {
  const n = nipN(1);
  const base = { skp: skpOf(n, { 2025: 'Sangat Baik', 2024: 'Sangat Baik' }), cact: [{ nip: n, potensi: 95, kompetensi: 95 }] };

  it('each exclusion can be switched off', () => {
    const cases: [Partial<RosterRec>, HukdisRec[] | undefined, (p: Profile) => void, string][] = [
      [{ kedudukan_hukum: 'Tugas Belajar' }, undefined, (p) => (p.talentPool.inactive.enabled = false), 'TIDAK_AKTIF'],
      [{}, [{ nip: n, tingkat: 'Berat', tmt: '2026-01-01' }], (p) => (p.talentPool.hukdis.enabled = false), 'HUKDIS'],
      [{ tanggal_lahir: '1969-01-01' }, undefined, (p) => (p.talentPool.bup.enabled = false), 'MENDEKATI_BUP'],
      [{ jenis_pegawai: 'PPPK' }, undefined, (p) => (p.talentPool.pnsOnly.enabled = false), 'BUKAN_PNS'],
    ];
    for (const [ros, huk, off, code] of cases) {
      const s = { ...base, roster: [{ nip: n, ...ros }], ...(huk ? { hukdis: huk } : {}) };
      expect(runWith(DEFAULT_PROFILE, s).employees[0]!.reasons, code).toEqual([code]);
      const e = runWith(edit(off), s).employees[0]!;
      expect(e.reasons, code).toEqual([]);
      expect(e.talentPool, code).toBe(true);
    }
  });

  it('hukdis levels and window: adding RINGAN excludes a ringan; a 1-year window lets a 2025-03 sedang pass', () => {
    const s = { ...base, roster: [{ nip: n }], hukdis: [{ nip: n, tingkat: 'Ringan', tmt: '2026-01-01' }] };
    expect(runWith(DEFAULT_PROFILE, s).employees[0]!.talentPool).toBe(true);
    expect(
      runWith(
        edit((p) => p.talentPool.hukdis.levels.push('RINGAN')),
        s,
      ).employees[0]!.reasons,
    ).toEqual(['HUKDIS']);
    const sedang = { ...base, roster: [{ nip: n }], hukdis: [{ nip: n, tingkat: 'Sedang', tmt: '2025-03-01' }] };
    expect(runWith(DEFAULT_PROFILE, sedang).employees[0]!.reasons).toEqual(['HUKDIS']);
    expect(
      runWith(
        edit((p) => (p.talentPool.hukdis.years = 1)),
        sedang,
      ).employees[0]!.reasons,
    ).toEqual([]);
  });

  it('BUP ages and months: default 58 → 60 lets a pelaksana born 1969-01-01 stay (60 in 2029)', () => {
    const s = { ...base, roster: [{ nip: n, tanggal_lahir: '1969-01-01' }] };
    // 58 on 2027-01-01, within 12 months of 2026-09-30 → excluded
    expect(runWith(DEFAULT_PROFILE, s).employees[0]!.reasons).toEqual(['MENDEKATI_BUP']);
    expect(
      runWith(
        edit((p) => (p.talentPool.bup.default = 60)),
        s,
      ).employees[0]!.reasons,
    ).toEqual([]);
    // 3 months before BUP instead of 12: 2027-01-01 − 3 months = 2026-10-01 > 2026-09-30 → not excluded
    expect(
      runWith(
        edit((p) => (p.talentPool.bup.monthsBefore = 3)),
        s,
      ).employees[0]!.reasons,
    ).toEqual([]);
  });

  it('which jenis pegawai count as PNS', () => {
    const s = { ...base, roster: [{ nip: n, jenis_pegawai: 'PNS Pusat DPK' }] };
    expect(runWith(DEFAULT_PROFILE, s).employees[0]!.talentPool).toBe(true);
    const s2 = { ...base, roster: [{ nip: n, jenis_pegawai: 'CPNS' }] };
    expect(runWith(DEFAULT_PROFILE, s2).employees[0]!.reasons).toEqual(['BUKAN_PNS']);
    expect(
      runWith(
        edit((p) => p.talentPool.pnsOnly.pnsValues.push('CPNS')),
        s2,
      ).employees[0]!.reasons,
    ).toEqual([]);
  });

  it('talent-pool boxes: [9] only leaves a box-8 employee out', () => {
    const s = { roster: [{ nip: n }], skp: skpOf(n, { 2025: 'Baik', 2024: 'Baik' }), cact: [{ nip: n, potensi: 95, kompetensi: 95 }] };
    expect(runWith(DEFAULT_PROFILE, s).employees[0]!.talentPool).toBe(true);
    expect(
      runWith(
        edit((p) => (p.talentPool.boxes = [9])),
        s,
      ).employees[0]!.talentPool,
    ).toBe(false);
  });

  it('nilai talenta weights 0.5/0.5 → 0.7/0.3 (0.7×80 + 0.3×95 = 84.5)', () => {
    const s = { roster: [{ nip: n }], skp: skpOf(n, { 2025: 'Baik', 2024: 'Baik' }), cact: [{ nip: n, potensi: 95, kompetensi: 95 }] };
    expect(runWith(DEFAULT_PROFILE, s).employees[0]!.talentScore).toBe(87.5);
    const b = runWith(
      edit((p) => {
        p.talentScore.performanceWeight = 0.7;
        p.talentScore.potentialWeight = 0.3;
      }),
      s,
    );
    expect(b.employees[0]!.talentScore).toBe(84.5);
  });

  it('header aliases: an agency header is accepted once added', () => {
    const t = raw('roster.csv', [
      ['NOMOR INDUK PEGAWAI', 'NAMA', 'JABATAN NAMA', 'UNOR INDUK NAMA'],
      [n, 'A', 'Pengadministrasi Umum', 'Dinas A'],
    ]);
    const tables = () => [t, skp(base.skp), cact(base.cact)];
    expect(prepareInputs(tables(), DEFAULT_PROFILE).missing).toContain('roster');
    const p = edit((q) => q.headers.roster.nip!.push('NOMOR INDUK PEGAWAI'));
    const r = classify(prepareInputs(tables(), p), p, { asOf: AS_OF });
    expect(r.employees[0]!.box).toBe(9);
  });

  it('box labels and rekomendasi are data in both languages', () => {
    const p = edit((q) => (q.boxText['9']!.label.en = 'Stars'));
    expect(p.boxText['9']!.label.en).toBe('Stars');
    expect(p.boxText['9']!.label.id).toBe(DEFAULT_PROFILE.boxText['9']!.label.id);
  });
});

describe('invalid profiles are refused with the path and what is allowed', () => {
  const bad = (f: (p: unknown) => void): string[] => {
    const p: unknown = structuredClone(DEFAULT_PROFILE);
    f(p);
    const r = checkProfile(p);
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.errors;
  };

  it('wrong type', () => {
    expect(bad(setAt('potential.thresholds.high', 'high'))).toContain('potential.thresholds.high: expected a number between 0 and 200, got "high"');
    expect(bad(setAt('talentPool.bup.enabled', 'ya'))).toContain('talentPool.bup.enabled: expected boolean, got "ya"');
  });

  it('unknown keys', () => {
    expect(bad(setAt('potential.treshold', 1))).toContain('potential: unknown key(s) "treshold" (not allowed; check the spelling)');
    expect(bad(setAt('extra', true))).toContain('(root): unknown key(s) "extra" (not allowed; check the spelling)');
  });

  it('weights that do not sum to 1', () => {
    expect(bad(setAt('performance.yearWeights', [0.6, 0.6])).join('\n')).toContain('performance.yearWeights: weights must sum to 1');
    expect(bad(setAt('talentScore.potentialWeight', 0.6)).join('\n')).toContain('talentScore.potentialWeight');
    expect(bad(setAt('potential.components', [{ id: 'cact', kind: 'cact', weight: 0.9 }])).join('\n')).toContain('potential.components: component weights must sum to 1');
  });

  it('thresholds out of order, out of range', () => {
    expect(bad(setAt('potential.thresholds', { high: 70, middle: 78 })).join('\n')).toContain('potential.thresholds: thresholds out of order: high must be greater than middle');
    expect(bad(setAt('performance.thresholds.high', 250))).toContain('performance.thresholds.high: expected a number between 0 and 200, got 250');
  });

  it('a box table that is not a permutation of 1–9, and a component without headers', () => {
    expect(bad(setAt('boxes.TINGGI.DI_ATAS', 8)).join('\n')).toContain('boxes: the 3×3 table must use each box number 1–9 exactly once');
    expect(
      bad(
        setAt('potential.components', [
          { id: 'cact', kind: 'cact', weight: 0.8 },
          { id: 'x', kind: 'number', weight: 0.2, field: 'nilai_integritas', missing: 0 },
        ]),
      ).join('\n'),
    ).toContain('field "nilai_integritas" has no headers');
  });

  it('every built-in profile is valid', () => {
    for (const p of BUILTIN_PROFILES) expect(checkProfile(p).ok, p.id).toBe(true);
  });
});
