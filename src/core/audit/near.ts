/**
 * Near the line: employees whose score is within `near` points of a cut-off (and the box across
 * the line), and box-5 employees whose two scores both sit in the top `topBand` part of their band.
 */
import type { Profile } from '../profile.js';
import type { Employee, PerformanceLevel, PotentialLevel } from '../types.js';
import { performanceLevel, performanceScore, potentialLevel, potentialScore } from '../employee-read.js';
import { round6 } from '../values.js';
import type { Audit, AuditOptions, NearEmployee, TopBandEmployee } from './types.js';

const POT_LEVELS: PotentialLevel[] = ['RENDAH', 'MENENGAH', 'TINGGI'];
const PERF_LEVELS: PerformanceLevel[] = ['DI_BAWAH', 'SESUAI', 'DI_ATAS'];

export function nearOf(profile: Profile, o: AuditOptions, mapped: Employee[], poolBoxes: Set<number>): Audit['near'] {
  const pt = profile.performance.thresholds;
  const qt = profile.potential.thresholds;
  const boxAt = (pot: number, perf: number) => profile.boxes[POT_LEVELS[pot]!][PERF_LEVELS[perf]!];
  const nearAxis = (score: number | null, t: { high: number; middle: number }): { cutoff: number; distance: number; other: 0 | 1 | 2 } | null => {
    if (score === null) return null;
    let best: { cutoff: number; distance: number; other: 0 | 1 | 2 } | null = null;
    for (const [cutoff, below, above] of [
      [t.middle, 0, 1],
      [t.high, 1, 2],
    ] as const) {
      const d = round6(score - cutoff);
      // a change of at most `near` points crosses the cut-off: a rise of c − s reaches it from
      // below (inclusive); from at or above it takes a drop of more than s − c
      if (d < 0 ? -d > o.near + 1e-9 : d >= o.near - 1e-9) continue;
      if (best && Math.abs(best.distance) <= Math.abs(d)) continue;
      best = { cutoff, distance: d, other: d >= 0 ? below : above };
    }
    return best;
  };
  const nearList: NearEmployee[] = [];
  for (const e of mapped) {
    const perfScore = performanceScore(e);
    const potScore = potentialScore(e);
    const np = nearAxis(perfScore, pt);
    const nq = nearAxis(potScore, qt);
    if (!np && !nq) continue;
    const perfLevel = PERF_LEVELS.indexOf(performanceLevel(e)!) as 0 | 1 | 2;
    const potLevel = POT_LEVELS.indexOf(potentialLevel(e)!) as 0 | 1 | 2;
    const performance = np ? { score: perfScore!, cutoff: np.cutoff, distance: np.distance, otherBox: boxAt(potLevel, np.other) } : null;
    const potential = nq ? { score: potScore!, cutoff: nq.cutoff, distance: nq.distance, otherBox: boxAt(nq.other, perfLevel) } : null;
    const inPool = poolBoxes.has(e.box!);
    const poolBoundary = [performance, potential].some((a) => a !== null && poolBoxes.has(a.otherBox) !== inPool);
    nearList.push({ index: e.index, nip: e.nip, nama: e.nama, unit: e.unorInduk, box: e.box!, performance, potential, poolBoundary });
  }
  const minDist = (x: NearEmployee) => Math.min(Math.abs(x.performance?.distance ?? Infinity), Math.abs(x.potential?.distance ?? Infinity));
  nearList.sort((a, b) => Number(b.poolBoundary) - Number(a.poolBoundary) || minDist(a) - minDist(b) || (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : a.index - b.index));

  const middleBox = boxAt(1, 1);
  const perfTop = pt.high - o.topBand * (pt.high - pt.middle);
  const potTop = qt.high - o.topBand * (qt.high - qt.middle);
  const box5 = mapped.filter((e) => e.box === middleBox);
  const box5Top: TopBandEmployee[] = [];
  for (const e of box5) {
    const perf = performanceScore(e);
    const pot = potentialScore(e);
    if (perf === null || pot === null || perf < perfTop - 1e-9 || pot < potTop - 1e-9) continue;
    box5Top.push({
      index: e.index,
      nip: e.nip,
      nama: e.nama,
      unit: e.unorInduk,
      performance: perf,
      potential: pot,
      performanceGap: round6(pt.high - perf),
      potentialGap: round6(qt.high - pot),
    });
  }
  box5Top.sort((a, b) => a.performanceGap + a.potentialGap - (b.performanceGap + b.potentialGap) || (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0));
  return {
    distance: o.near,
    employees: nearList,
    performance: nearList.filter((x) => x.performance).length,
    potential: nearList.filter((x) => x.potential).length,
    poolBoundary: nearList.filter((x) => x.poolBoundary).length,
    topBand: o.topBand,
    box5Top,
    box5: box5.length,
  };
}
