/** Performance axis (kinerja): docs/rules.md §5. Pure. */
import type { Predikat, Profile, Rating } from './profile.js';
import type { Cell, IssueCode, PerformanceLevel, PerformanceResult, SkpYearTrace, SourceRef } from './types.js';
import { foldText, isBlank, parseNumber, round6 } from './values.js';

const aliasMaps = new WeakMap<Profile, { predikat: Map<string, Predikat>; rating: Map<string, Rating> }>();

function maps(profile: Profile) {
  let m = aliasMaps.get(profile);
  if (!m) {
    const predikat = new Map<string, Predikat>();
    for (const [p, list] of Object.entries(profile.performance.predikatAliases)) {
      for (const a of list) predikat.set(foldText(a), p as Predikat);
    }
    const rating = new Map<string, Rating>();
    for (const [r, list] of Object.entries(profile.performance.ratingAliases)) {
      for (const a of list) rating.set(foldText(a), r as Rating);
    }
    m = { predikat, rating };
    aliasMaps.set(profile, m);
  }
  return m;
}

export function parsePredikat(v: Cell, profile: Profile): Predikat | null {
  return maps(profile).predikat.get(foldText(v)) ?? null;
}

export function parseRating(v: Cell, profile: Profile): Rating | null {
  return maps(profile).rating.get(foldText(v)) ?? null;
}

/** PermenPANRB 6/2022 matrix: rating hasil kerja × rating perilaku kerja → predikat. */
export function predikatFromRatings(hasil: Rating, perilaku: Rating, profile: Profile): Predikat {
  return profile.performance.matrix[hasil][perilaku];
}

export type LegacyOutcome = { ok: true; predikat: Predikat; era: string } | { ok: false; era: string; scaleMin: number; scaleMax: number } | { ok: false; era: null };

/** Legacy numeric SKP value → predikat by the rule of its year (PP 46/2011 or PP 30/2019). */
export function predikatFromLegacy(value: number, year: number, profile: Profile): LegacyOutcome {
  const era = profile.performance.legacyEras.find((e) => (e.fromYear === null || year >= e.fromYear) && (e.toYear === null || year <= e.toYear));
  if (!era) return { ok: false, era: null };
  if (value < era.scaleMin || value > era.scaleMax) {
    return { ok: false, era: era.name, scaleMin: era.scaleMin, scaleMax: era.scaleMax };
  }
  for (const b of era.bands) if (value >= b.min) return { ok: true, predikat: b.predikat, era: era.name };
  return { ok: true, predikat: era.otherwise, era: era.name };
}

export function performanceLevel(score: number, profile: Profile): PerformanceLevel {
  const t = profile.performance.thresholds;
  if (score >= t.high) return 'DI_ATAS';
  if (score >= t.middle) return 'SESUAI';
  return 'DI_BAWAH';
}

export interface SkpRowInput {
  year: number | null;
  predikat: Cell;
  hasil: Cell;
  perilaku: Cell;
  nilai: Cell;
}

export type SkpRowOutcome =
  | { ok: true; predikat: Predikat; via: 'predikat' | 'matrix' | 'legacy'; predikatUnread?: boolean }
  | { ok: false; code: IssueCode; field: string; value: Cell; params?: Record<string, string | number> };

/** One SKP row → predikat: the predikat; else both ratings via the matrix; else legacy nilai. */
export function evaluateSkpRow(r: SkpRowInput, profile: Profile): SkpRowOutcome {
  if (!isBlank(r.predikat)) {
    const p = parsePredikat(r.predikat, profile);
    if (p) return { ok: true, predikat: p, via: 'predikat' };
    // an unreadable predikat beside two readable ratings: the PermenPANRB 6/2022 matrix (reported)
    const h = isBlank(r.hasil) ? null : parseRating(r.hasil, profile);
    const b = isBlank(r.perilaku) ? null : parseRating(r.perilaku, profile);
    if (h && b) return { ok: true, predikat: predikatFromRatings(h, b, profile), via: 'matrix', predikatUnread: true };
    return { ok: false, code: 'PREDIKAT_TIDAK_DIKENAL', field: 'predikat', value: r.predikat };
  }
  if (!isBlank(r.hasil) && !isBlank(r.perilaku)) {
    const h = parseRating(r.hasil, profile);
    if (!h) return { ok: false, code: 'RATING_TIDAK_DIKENAL', field: 'rating_hasil_kerja', value: r.hasil };
    const b = parseRating(r.perilaku, profile);
    if (!b) return { ok: false, code: 'RATING_TIDAK_DIKENAL', field: 'rating_perilaku_kerja', value: r.perilaku };
    return { ok: true, predikat: predikatFromRatings(h, b, profile), via: 'matrix' };
  }
  if (!isBlank(r.nilai)) {
    const n = parseNumber(r.nilai);
    if (n === null) return { ok: false, code: 'NILAI_SKP_TIDAK_VALID', field: 'nilai', value: r.nilai };
    if (r.year === null) return { ok: false, code: 'TAHUN_TIDAK_VALID', field: 'tahun', value: null };
    const out = predikatFromLegacy(n, r.year, profile);
    if (out.ok) return { ok: true, predikat: out.predikat, via: 'legacy' };
    if (out.era === null) return { ok: false, code: 'NILAI_SKP_TIDAK_VALID', field: 'nilai', value: r.nilai };
    return {
      ok: false,
      code: 'NILAI_SKP_DI_LUAR_SKALA',
      field: 'nilai',
      value: r.nilai,
      params: { era: out.era, min: out.scaleMin, max: out.scaleMax },
    };
  }
  return { ok: false, code: 'SKP_KOSONG', field: 'predikat', value: null };
}

export interface SkpCandidate {
  year: number;
  predikat: Predikat;
  via: 'predikat' | 'matrix' | 'legacy';
  source: SourceRef;
}

/**
 * Combine the usable SKP rows of one employee over the window [N, N-1, …].
 * Several rows for one year: the worse predikat is used (the caller reports the duplicate).
 */
export function computePerformance(rows: SkpCandidate[], windowYears: number[], profile: Profile): PerformanceResult {
  const weights = profile.performance.yearWeights;
  const present: { year: number; weight: number; pick: SkpCandidate }[] = [];
  windowYears.forEach((year, i) => {
    let pick: SkpCandidate | null = null;
    for (const r of rows) {
      if (r.year !== year) continue;
      if (!pick || profile.performance.scores[r.predikat] < profile.performance.scores[pick.predikat]) pick = r;
    }
    if (pick) present.push({ year, weight: weights[i]!, pick });
  });
  if (present.length === 0) return { score: null, level: null, years: [] };
  const wsum = present.reduce((s, p) => s + p.weight, 0);
  const years: SkpYearTrace[] = present.map((p) => ({
    year: p.year,
    predikat: p.pick.predikat,
    via: p.pick.via,
    score: profile.performance.scores[p.pick.predikat],
    weight: round6(p.weight / wsum),
    source: p.pick.source,
  }));
  const score = round6(years.reduce((s, y) => s + y.score * y.weight, 0));
  return { score, level: performanceLevel(score, profile), years };
}
