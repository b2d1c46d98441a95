/**
 * Valid profiles that number the nine boxes differently from PermenPANRB 3/2020, built from the
 * default profile and checked by the profile schema. The talent pool, the national boxes and
 * the labels follow the positions: the pool is always the three boxes where the default has
 * 7, 8 and 9, so the same employees are in the same cells and in the pool under every numbering.
 */
import { DEFAULT_PROFILE, parseProfile, type Profile } from '../../src/core/profile.js';

/** A renumbering of the default profile: default box number → new box number. */
export function renumbered(id: string, map: (box: number) => number): Profile {
  const p = structuredClone<Profile>(DEFAULT_PROFILE);
  p.id = id;
  for (const row of Object.values(p.boxes)) for (const k of Object.keys(row) as (keyof typeof row)[]) row[k] = map(row[k]);
  p.talentPool.boxes = p.talentPool.boxes.map(map);
  p.talentPool.nationalBoxes = p.talentPool.nationalBoxes.map(map);
  p.boxText = Object.fromEntries(Object.entries(DEFAULT_PROFILE.boxText).map(([k, v]) => [String(map(Number(k))), v]));
  return parseProfile(p);
}

/**
 * The mirror numbering: box n of the default becomes 10 − n, so box 1 is top right (kinerja Di
 * Atas, potensial Tinggi) and box 9 bottom left; the pool is 1, 2, 3.
 */
export const MIRROR = renumbered('mirror', (b) => 10 - b);

/**
 * Reading order: the drawn grid numbered 1–9 left to right, top to bottom. Default 4/7/9 (the
 * top row) become 1/2/3, 2/5/8 become 4/5/6, 1/3/6 become 7/8/9; the pool is 2, 3, 6.
 */
const READING: Record<number, number> = { 4: 1, 7: 2, 9: 3, 2: 4, 5: 5, 8: 6, 1: 7, 3: 8, 6: 9 };
export const READING_ORDER = renumbered('reading-order', (b) => READING[b]!);
