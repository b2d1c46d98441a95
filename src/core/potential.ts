/** Potential axis (potensial): docs/rules.md §6. Pure. */
import type { Profile } from './profile.js';
import type { PotentialLevel } from './types.js';
import { foldText, round6 } from './values.js';
import type { Cell } from './types.js';

export function potentialLevel(score: number, profile: Profile): PotentialLevel {
  const t = profile.potential.thresholds;
  if (score >= t.high) return 'TINGGI';
  if (score >= t.middle) return 'MENENGAH';
  return 'RENDAH';
}

const kategoriMaps = new WeakMap<Profile, Map<string, PotentialLevel>>();

export function parseKategori(v: Cell, profile: Profile): PotentialLevel | null {
  let m = kategoriMaps.get(profile);
  if (!m) {
    m = new Map();
    for (const [lvl, list] of Object.entries(profile.potential.kategoriAliases)) {
      for (const a of list) m.set(foldText(a), lvl as PotentialLevel);
    }
    kategoriMaps.set(profile, m);
  }
  return m.get(foldText(v)) ?? null;
}

export interface CactValues {
  potensi: number | null;
  kompetensi: number | null;
  parts: (number | null)[];
  kategori: PotentialLevel | null;
}

export interface PotentialComputation {
  score: number | null;
  level: PotentialLevel | null;
  kompetensi: number | null;
  kompetensiFromParts: boolean;
  fromKategori: boolean;
  /** only one of potensi / kompetensi was present */
  single: boolean;
}

/** JPM potensi + kompetensi (or the mean of its parts) → score → level; kategori as fallback. */
export function computePotential(v: CactValues, profile: Profile): PotentialComputation {
  let kompetensi = v.kompetensi;
  let kompetensiFromParts = false;
  if (kompetensi === null) {
    const parts = v.parts.filter((p): p is number => p !== null);
    if (parts.length > 0) {
      kompetensi = round6(parts.reduce((a, b) => a + b, 0) / parts.length);
      kompetensiFromParts = true;
    }
  }
  const { potensiWeight: wp, kompetensiWeight: wk } = profile.potential;
  let score: number | null = null;
  let single = false;
  if (v.potensi !== null && kompetensi !== null) score = round6(wp * v.potensi + wk * kompetensi);
  else if (v.potensi !== null) {
    score = v.potensi;
    single = true;
  } else if (kompetensi !== null) {
    score = kompetensi;
    single = true;
  }
  if (score !== null) {
    return { score, level: potentialLevel(score, profile), kompetensi, kompetensiFromParts, fromKategori: false, single };
  }
  if (v.kategori) {
    return { score: null, level: v.kategori, kompetensi, kompetensiFromParts, fromKategori: true, single: false };
  }
  return { score: null, level: null, kompetensi, kompetensiFromParts, fromKategori: false, single: false };
}
