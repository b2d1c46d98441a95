/**
 * Ranking of the candidates of one post (docs/rules.md §12.6), fully deterministic: readiness;
 * eligibility (MEMENUHI, PERLU_VERIFIKASI, MEMENUHI_DENGAN_WAKTU); match score ↓; box ↓;
 * talent score ↓, potential ↓, performance ↓; years in the feeder level ↓; golongan ↓; NIP ↑.
 * Empty values sort last. Pure.
 */
import { READINESS, type Readiness, type SuccessionParams } from './params.js';
import type { Employee } from '../types.js';
import type { Eligibility } from './types.js';

const ELIGIBILITY_ORDER: Eligibility[] = ['MEMENUHI', 'PERLU_VERIFIKASI', 'MEMENUHI_DENGAN_WAKTU', 'TIDAK_MEMENUHI'];

/** What the order looks at, per candidate (a light record: many per post). */
export interface RankKey {
  readiness: Readiness;
  eligibility: Eligibility;
  score: number | null;
  box: number;
  talent: number | null;
  potential: number | null;
  performance: number | null;
  /** months in the current post (TMT jabatan), null when unknown */
  monthsInPost: number | null;
  golongan: number | null;
  nip: string;
}

const desc = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a);

export function compareCandidates(a: RankKey, b: RankKey): number {
  return (
    READINESS.indexOf(a.readiness) - READINESS.indexOf(b.readiness) ||
    ELIGIBILITY_ORDER.indexOf(a.eligibility) - ELIGIBILITY_ORDER.indexOf(b.eligibility) ||
    desc(a.score, b.score) ||
    b.box - a.box ||
    desc(a.talent, b.talent) ||
    desc(a.potential, b.potential) ||
    desc(a.performance, b.performance) ||
    desc(a.monthsInPost, b.monthsInPost) ||
    desc(a.golongan, b.golongan) ||
    (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0)
  );
}

/** The match score (0–100) = Σ weight × component (§5.6); null when a weighted component is missing. */
export function matchScore(e: Employee, p: SuccessionParams): number | null {
  let s = 0;
  for (const c of p.score.components) {
    if (c.weight === 0) continue;
    const v = c.kind === 'talentScore' ? e.talentScore : c.kind === 'potentialScore' ? e.potential.score : e.performance.score;
    if (v === null) return null;
    s += c.weight * v;
  }
  return Math.round(s * 1e6) / 1e6;
}

/**
 * Keep the best `n` of a stream of candidates (insertion into a short sorted list): the
 * nominees without sorting every candidate of the post.
 */
export class TopN<T extends RankKey> {
  readonly items: T[] = [];
  constructor(private readonly n: number) {}
  /** would `x` enter the list? */
  accepts(x: RankKey): boolean {
    return this.items.length < this.n || compareCandidates(x, this.items[this.items.length - 1]!) < 0;
  }
  add(x: T): void {
    const items = this.items;
    if (items.length === this.n && compareCandidates(x, items[items.length - 1]!) >= 0) return;
    let i = items.length;
    while (i > 0 && compareCandidates(x, items[i - 1]!) < 0) i--;
    items.splice(i, 0, x);
    if (items.length > this.n) items.pop();
  }
}
