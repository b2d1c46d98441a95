/**
 * `talenta compare`: what changed between two or more runs of `classify` (quarter over quarter).
 * Pure: runs in (already read by src/io/read-run.ts) → a typed result. No fs, console or clock.
 *
 * Definitions (also in the workbook's Metodologi sheet and the README):
 *
 * - State of an employee in a run: the box "1"–"9", `BELUM_TERPETAKAN` (in the roster, not
 *   mapped) or `TIDAK_DI_ROSTER` (not in that run's roster at all).
 * - Employees are matched by NIP. When one run holds the same NIP more than once (rows that
 *   `classify` kept apart, e.g. `NIP_GANDA`), the k-th occurrence is matched with the k-th.
 * - Box distance (employees mapped in both runs): max(|Δ potential level|, |Δ performance
 *   level|) on the 3×3 grid, levels Rendah/Di Bawah = 0, Menengah/Sesuai = 1, Tinggi/Di Atas = 2
 *   (a diagonal step counts 1). "Two boxes or more" = distance ≥ 2.
 * - Direction: up when the later box comes earlier in the box order of src/core/grid.ts (best
 *   first: for the PermenPANRB numbering 9, 8, …, 1, i.e. the sign of the change of the box
 *   number), down when later, 0 when the same box.
 * - Boxes are read with the default profile's grid (COMPARE_GRID): a run file carries its
 *   profile's id, version and hash but not its 3×3 table.
 * - Against the direction (a data smell): mapped in both runs, the box number changed, both axis
 *   scores are known in both runs, neither score moved in the direction of the box, and at least
 *   one moved against it (e.g. the box went up while both scores went down, or one went down and
 *   the other stayed). Under the same profile this cannot happen when the scores are known, so
 *   it points at a rule change or at data edited by hand.
 * - Stuck (three or more runs): mapped in every run, in the same box every time.
 */
import { NOT_MAPPED_ORDER } from './classify.js';
import { gridOf } from './grid.js';
import { DEFAULT_PROFILE } from './profile.js';
import type { PerformanceLevel, PotentialLevel } from './types.js';

export type RunFormat = 'json' | 'jsonl' | 'csv' | 'xlsx';

export interface RunProfile {
  id: string;
  version: number | null;
  /** SHA-256 of the effective profile; null when the source did not say */
  hash: string | null;
}

/** One employee of one run, as much as every output format of `classify` carries. */
export interface RunEmployee {
  nip: string;
  nama: string;
  jabatan: string;
  unorInduk: string;
  box: number | null;
  potentialScore: number | null;
  potentialLevel: PotentialLevel | null;
  performanceScore: number | null;
  performanceLevel: PerformanceLevel | null;
  talentScore: number | null;
  talentPool: boolean;
  /** codes: the not-mapped reasons (NOT_MAPPED_ORDER), then the talent-pool exclusions */
  reasons: string[];
}

export interface Run {
  /** the period's name: --label, else the run's reference date, else a date in the path, else the path */
  label: string;
  labelFrom: 'option' | 'asOf' | 'path' | 'file';
  /** reference date from the run's metadata; null when the source has none (CSV) */
  asOf: string | null;
  file: string;
  format: RunFormat;
  /** null when the source carries no metadata (CSV, JSON lines) */
  profile: RunProfile | null;
  /** SHA-256 of the input file itself */
  sha256: string;
  employees: RunEmployee[];
}

export const NOT_MAPPED = 'BELUM_TERPETAKAN';
export const NOT_IN_ROSTER = 'TIDAK_DI_ROSTER';
export type State = '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | typeof NOT_MAPPED | typeof NOT_IN_ROSTER;
/**
 * The grid the boxes of the runs are read with: where each box sits, its colour group and the
 * box order. The default profile's, because a run file does not carry its profile's table.
 */
export const COMPARE_GRID = gridOf(DEFAULT_PROFILE);
/** Row and column order of the transition matrix: best box first (9, 8, …, 1), then not mapped, not in the roster. */
export const STATES: readonly State[] = [...COMPARE_GRID.order.map((b) => String(b) as State), NOT_MAPPED, NOT_IN_ROSTER];

type Axis = 'potential' | 'performance';

export interface AxisChange {
  /** level codes (TINGGI/MENENGAH/RENDAH, DI_ATAS/SESUAI/DI_BAWAH) */
  from: string | null;
  to: string | null;
  scoreFrom: number | null;
  scoreTo: number | null;
  /** scoreTo − scoreFrom (6 decimals); null when either is unknown */
  delta: number | null;
  /** signed change of the level (−2…2); null when either level is unknown */
  steps: number | null;
}

/** Tags of a move; the lists of the report are the moves with a tag. */
type Tag =
  'MASUK_POOL' | 'KELUAR_POOL' | 'PINDAH_2_KOTAK' | 'BERLAWANAN_ARAH' | 'BARU_DI_ROSTER' | 'KELUAR_DARI_ROSTER' | 'BARU_TERPETAKAN' | 'MENJADI_BELUM_TERPETAKAN' | 'NAIK' | 'TURUN';

export interface Move {
  /** the matching key: the NIP, with `#2`, `#3` … for later occurrences within a run */
  key: string;
  nip: string;
  nama: string;
  jabatan: string;
  unorInduk: string;
  from: State;
  to: State;
  fromPool: boolean;
  toPool: boolean;
  potential: AxisChange;
  performance: AxisChange;
  /** grid distance, when mapped in both runs */
  distance: number | null;
  /** 1 up (a better box in the box order), −1 down, 0 same box; when mapped in both runs */
  direction: -1 | 0 | 1 | null;
  /** axes whose level changed */
  axes: Axis[];
  /** box changed although both scores are known and unchanged (a rule change, or levels from a CACT kategori) */
  scoresUnchanged: boolean;
  reasonsFrom: string[];
  reasonsTo: string[];
  /** talent-pool exclusions present in the later run only / in the earlier run only (in both rosters) */
  exclusionsAdded: string[];
  exclusionsRemoved: string[];
  tags: Tag[];
}

export interface PairTotals {
  /** employees in the earlier / later run */
  from: number;
  to: number;
  inBoth: number;
  /** in both runs, same state (same box, or not mapped in both) */
  same: number;
  /** mapped in both runs, box changed */
  boxChanged: number;
  up: number;
  down: number;
  poolFrom: number;
  poolTo: number;
  enteredPool: number;
  leftPool: number;
  bigMoves: number;
  againstDirection: number;
  /** box changed with both scores unchanged */
  scoresUnchanged: number;
  newInRoster: number;
  goneFromRoster: number;
  newlyMapped: number;
  newlyNotMapped: number;
}

type ProfileChange = 'same' | 'changed' | 'unknown';

export interface Pair {
  /** indexes into `runs` */
  from: number;
  to: number;
  profileChange: ProfileChange;
  /** counts[i][j]: employees in STATES[i] in the earlier run and STATES[j] in the later one */
  matrix: number[][];
  totals: PairTotals;
  /** every employee of either run: later-run order, then those gone from the roster */
  everyone: Move[];
  /** the employees whose state or talent-pool membership changed (same order) */
  moves: Move[];
  enteredPool: Move[];
  leftPool: Move[];
  bigMoves: Move[];
  againstDirection: Move[];
  newInRoster: Move[];
  goneFromRoster: Move[];
  newlyMapped: Move[];
  newlyNotMapped: Move[];
}

export interface PathRow {
  key: string;
  nip: string;
  nama: string;
  jabatan: string;
  unorInduk: string;
  /** the state in each run */
  states: State[];
  /** number of changes of state from one run to the next */
  changes: number;
  stuck: boolean;
}

interface RunSummary {
  label: string;
  labelFrom: Run['labelFrom'];
  asOf: string | null;
  file: string;
  format: RunFormat;
  profile: RunProfile | null;
  sha256: string;
  employees: number;
  mapped: number;
  notMapped: number;
  talentPool: number;
  /** employees per state (boxes, not mapped) */
  grid: Record<string, number>;
}

export interface CompareNote {
  code: 'PROFIL_BERBEDA' | 'PROFIL_TIDAK_DIKETAHUI' | 'URUTAN_PERIODE' | 'NIP_GANDA' | 'LABEL_GANDA';
  /** the pair (index into `pairs`) or run (index into `runs`) the note is about */
  pair?: number;
  run?: number;
  params: Record<string, string | number>;
}

export interface CompareResult {
  runs: RunSummary[];
  pairs: Pair[];
  /** three or more runs: every employee's path (first-appearance order); else null */
  paths: PathRow[] | null;
  /** three or more runs: the stuck employees, lowest box first; else null */
  stuck: PathRow[] | null;
  /** three or more runs: the most frequent paths with at least one change; else null */
  commonPaths: { states: State[]; count: number }[] | null;
  notes: CompareNote[];
}

// ---- helpers --------------------------------------------------------------------------------

const POT_RANK: Record<PotentialLevel, number> = { RENDAH: 0, MENENGAH: 1, TINGGI: 2 };
const PERF_RANK: Record<PerformanceLevel, number> = { DI_BAWAH: 0, SESUAI: 1, DI_ATAS: 2 };
/** The levels of a box in the default 3×3 table, used only when a run gives a box without its levels. */
const boxLevels = (box: number): [PotentialLevel, PerformanceLevel] | null => {
  const c = COMPARE_GRID.cell(box);
  return c ? [c.potential, c.performance] : null;
};

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const sign = (x: number): -1 | 0 | 1 => (x > 0 ? 1 : x < 0 ? -1 : 0);

function stateOf(e: RunEmployee | undefined): State {
  if (!e) return NOT_IN_ROSTER;
  return e.box === null ? NOT_MAPPED : (String(e.box) as State);
}

function potLevel(e: RunEmployee): PotentialLevel | null {
  return e.potentialLevel ?? (e.box !== null ? (boxLevels(e.box)?.[0] ?? null) : null);
}
function perfLevel(e: RunEmployee): PerformanceLevel | null {
  return e.performanceLevel ?? (e.box !== null ? (boxLevels(e.box)?.[1] ?? null) : null);
}

function axisChange<L extends string>(
  a: RunEmployee | undefined,
  b: RunEmployee | undefined,
  level: (e: RunEmployee) => L | null,
  score: (e: RunEmployee) => number | null,
  rank: Record<L, number>,
): AxisChange {
  const la = a ? level(a) : null;
  const lb = b ? level(b) : null;
  const sa = a ? score(a) : null;
  const sb = b ? score(b) : null;
  return {
    from: la,
    to: lb,
    scoreFrom: sa,
    scoreTo: sb,
    delta: sa !== null && sb !== null ? round6(sb - sa) : null,
    steps: la !== null && lb !== null ? rank[lb] - rank[la] : null,
  };
}

/** Keys of a run's employees: the NIP, `NIP#2` … for repeats. Also returns the repeated NIPs. */
function keyed(run: Run): { map: Map<string, RunEmployee>; order: string[]; repeats: string[] } {
  const seen = new Map<string, number>();
  const map = new Map<string, RunEmployee>();
  const order: string[] = [];
  const repeats: string[] = [];
  for (const e of run.employees) {
    const n = (seen.get(e.nip) ?? 0) + 1;
    seen.set(e.nip, n);
    if (n === 2) repeats.push(e.nip);
    const key = n === 1 ? e.nip : `${e.nip}#${n}`;
    map.set(key, e);
    order.push(key);
  }
  return { map, order, repeats };
}

const stateIndex = new Map<State, number>(STATES.map((s, i) => [s, i]));
/** A box move with unchanged scores and no exclusion change: nothing about the person changed. */
const ruleOnly = (m: Move) => m.scoresUnchanged && m.exclusionsAdded.length === 0 && m.exclusionsRemoved.length === 0;
/**
 * List order: the rule-only moves last (under a profile change they would bury the rest), then
 * by the earlier state, the later state (best box first) and the key.
 */
const byStates = (a: Move, b: Move) =>
  Number(ruleOnly(a)) - Number(ruleOnly(b)) || stateIndex.get(a.from)! - stateIndex.get(b.from)! || stateIndex.get(a.to)! - stateIndex.get(b.to)! || cmp(a.key, b.key);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const NOT_MAPPED_REASONS = new Set(NOT_MAPPED_ORDER);

/** The not-mapped reasons among a run's reason codes. */
export function notMappedReasons(codes: string[]): string[] {
  return codes.filter((r) => NOT_MAPPED_REASONS.has(r));
}

/** The talent-pool exclusions among a run's reason codes. */
function exclusionCodes(codes: string[]): string[] {
  return codes.filter((r) => !NOT_MAPPED_REASONS.has(r));
}

/** The move of one employee between two runs (either side may be missing). */
export function moveOf(key: string, a: RunEmployee | undefined, b: RunEmployee | undefined): Move {
  const ref = (b ?? a)!;
  const from = stateOf(a);
  const to = stateOf(b);
  const potential = axisChange(a, b, potLevel, (e) => e.potentialScore, POT_RANK);
  const performance = axisChange(a, b, perfLevel, (e) => e.performanceScore, PERF_RANK);
  const bothMapped = a?.box != null && b?.box != null;
  let distance: number | null = null;
  let direction: Move['direction'] = null;
  let against = false;
  let scoresUnchanged = false;
  if (bothMapped) {
    direction = sign(COMPARE_GRID.rank(a.box!) - COMPARE_GRID.rank(b.box!));
    distance = potential.steps !== null && performance.steps !== null ? Math.max(Math.abs(potential.steps), Math.abs(performance.steps)) : null;
    if (direction !== 0 && potential.delta !== null && performance.delta !== null) {
      const dp = sign(potential.delta) * direction;
      const dk = sign(performance.delta) * direction;
      against = dp <= 0 && dk <= 0 && (dp < 0 || dk < 0);
      scoresUnchanged = potential.delta === 0 && performance.delta === 0;
    }
  }
  const axes: Axis[] = [];
  if (potential.steps !== null && potential.steps !== 0) axes.push('potential');
  if (performance.steps !== null && performance.steps !== 0) axes.push('performance');
  // exclusions that started or ended: only for someone in both rosters
  const exA = a && b ? exclusionCodes(a.reasons) : [];
  const exB = a && b ? exclusionCodes(b.reasons) : [];
  const fromPool = a?.talentPool ?? false;
  const toPool = b?.talentPool ?? false;
  const tags: Tag[] = [];
  if (!fromPool && toPool) tags.push('MASUK_POOL');
  if (fromPool && !toPool) tags.push('KELUAR_POOL');
  if (distance !== null && distance >= 2) tags.push('PINDAH_2_KOTAK');
  if (against) tags.push('BERLAWANAN_ARAH');
  if (!a) tags.push('BARU_DI_ROSTER');
  if (!b) tags.push('KELUAR_DARI_ROSTER');
  if (a && b && a.box === null && b.box !== null) tags.push('BARU_TERPETAKAN');
  if (a && b && a.box !== null && b.box === null) tags.push('MENJADI_BELUM_TERPETAKAN');
  if (direction === 1) tags.push('NAIK');
  if (direction === -1) tags.push('TURUN');
  return {
    key,
    nip: ref.nip,
    nama: ref.nama,
    jabatan: ref.jabatan,
    unorInduk: ref.unorInduk,
    from,
    to,
    fromPool,
    toPool,
    potential,
    performance,
    distance,
    direction,
    axes,
    scoresUnchanged,
    reasonsFrom: a?.reasons ?? [],
    reasonsTo: b?.reasons ?? [],
    exclusionsAdded: exB.filter((x) => !exA.includes(x)),
    exclusionsRemoved: exA.filter((x) => !exB.includes(x)),
    tags,
  };
}

function profileChange(a: RunProfile | null, b: RunProfile | null): ProfileChange {
  if (!a || !b || a.hash === null || b.hash === null) return 'unknown';
  return a.hash === b.hash ? 'same' : 'changed';
}

function comparePair(runs: Run[], i: number, j: number, ka: ReturnType<typeof keyed>, kb: ReturnType<typeof keyed>): Pair {
  const n = STATES.length;
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const all: Move[] = [];
  const visit = (key: string) => {
    const m = moveOf(key, ka.map.get(key), kb.map.get(key));
    matrix[stateIndex.get(m.from)!]![stateIndex.get(m.to)!]!++;
    all.push(m);
  };
  for (const key of kb.order) visit(key);
  for (const key of ka.order) if (!kb.map.has(key)) visit(key);
  const moves = all.filter((m) => m.from !== m.to || m.fromPool !== m.toPool);
  const tagged = (t: Tag) => moves.filter((m) => m.tags.includes(t)).sort(byStates);
  const bigMoves = tagged('PINDAH_2_KOTAK').sort((a, b) => b.distance! - a.distance! || byStates(a, b));
  const inBoth = all.filter((m) => m.from !== NOT_IN_ROSTER && m.to !== NOT_IN_ROSTER);
  const p = {
    enteredPool: tagged('MASUK_POOL'),
    leftPool: tagged('KELUAR_POOL'),
    bigMoves,
    againstDirection: tagged('BERLAWANAN_ARAH'),
    newInRoster: tagged('BARU_DI_ROSTER'),
    goneFromRoster: tagged('KELUAR_DARI_ROSTER'),
    newlyMapped: tagged('BARU_TERPETAKAN'),
    newlyNotMapped: tagged('MENJADI_BELUM_TERPETAKAN'),
  };
  const totals: PairTotals = {
    from: ka.order.length,
    to: kb.order.length,
    inBoth: inBoth.length,
    same: inBoth.filter((m) => m.from === m.to).length,
    boxChanged: inBoth.filter((m) => m.direction !== null && m.direction !== 0).length,
    up: moves.filter((m) => m.direction === 1).length,
    down: moves.filter((m) => m.direction === -1).length,
    poolFrom: runs[i]!.employees.filter((e) => e.talentPool).length,
    poolTo: runs[j]!.employees.filter((e) => e.talentPool).length,
    enteredPool: p.enteredPool.length,
    leftPool: p.leftPool.length,
    bigMoves: p.bigMoves.length,
    againstDirection: p.againstDirection.length,
    scoresUnchanged: moves.filter((m) => m.scoresUnchanged).length,
    newInRoster: p.newInRoster.length,
    goneFromRoster: p.goneFromRoster.length,
    newlyMapped: p.newlyMapped.length,
    newlyNotMapped: p.newlyNotMapped.length,
  };
  return { from: i, to: j, profileChange: profileChange(runs[i]!.profile, runs[j]!.profile), matrix, totals, everyone: all, moves, ...p };
}

function summarise(run: Run): RunSummary {
  const grid: Record<string, number> = {};
  for (const s of STATES) if (s !== NOT_IN_ROSTER) grid[s] = 0;
  let mapped = 0;
  let pool = 0;
  for (const e of run.employees) {
    const s = stateOf(e);
    grid[s] = (grid[s] ?? 0) + 1;
    if (e.box !== null) mapped++;
    if (e.talentPool) pool++;
  }
  return {
    label: run.label,
    labelFrom: run.labelFrom,
    asOf: run.asOf,
    file: run.file,
    format: run.format,
    profile: run.profile,
    sha256: run.sha256,
    employees: run.employees.length,
    mapped,
    notMapped: run.employees.length - mapped,
    talentPool: pool,
    grid,
  };
}

/** Compare runs in the order given (earliest first). Needs at least two runs. */
export function compare(runs: Run[]): CompareResult {
  if (runs.length < 2) throw new Error('compare needs at least two runs');
  const keys = runs.map(keyed);
  const notes: CompareNote[] = [];
  // repeated NIPs: one note per distinct set (usually the same rows in every run)
  const repeatGroups = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (k.repeats.length === 0) return;
    const id = k.repeats.join(',');
    repeatGroups.set(id, [...(repeatGroups.get(id) ?? []), i]);
  });
  for (const [id, idx] of repeatGroups) {
    const nips = id.split(',');
    notes.push({
      code: 'NIP_GANDA',
      run: idx[0]!,
      params: { label: idx.map((i) => runs[i]!.label).join(', '), count: nips.length, nips: nips.slice(0, 3).join(', ') },
    });
  }
  const labels = new Map<string, number>();
  runs.forEach((r, i) => {
    const prev = labels.get(r.label);
    if (prev !== undefined) notes.push({ code: 'LABEL_GANDA', run: i, params: { label: r.label, first: prev + 1, second: i + 1 } });
    else labels.set(r.label, i);
  });
  for (let i = 1; i < runs.length; i++) {
    const a = runs[i - 1]!.asOf;
    const b = runs[i]!.asOf;
    if (a !== null && b !== null && b < a) notes.push({ code: 'URUTAN_PERIODE', run: i, params: { earlier: a, later: b, position: i + 1 } });
  }
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < runs.length; i++) {
    const pair = comparePair(runs, i, i + 1, keys[i]!, keys[i + 1]!);
    const a = runs[i]!;
    const b = runs[i + 1]!;
    if (pair.profileChange === 'changed') {
      notes.push({
        code: 'PROFIL_BERBEDA',
        pair: i,
        params: {
          from: a.label,
          to: b.label,
          profileFrom: `${a.profile!.id}${a.profile!.version !== null ? ` v${a.profile!.version}` : ''} #${a.profile!.hash!.slice(0, 8)}`,
          profileTo: `${b.profile!.id}${b.profile!.version !== null ? ` v${b.profile!.version}` : ''} #${b.profile!.hash!.slice(0, 8)}`,
          boxChanged: pair.totals.boxChanged,
          scoresUnchanged: pair.totals.scoresUnchanged,
        },
      });
    } else if (pair.profileChange === 'unknown') {
      const unknown = [a, b].filter((r) => !r.profile || r.profile.hash === null).map((r) => `${r.label} (${r.format.toUpperCase()})`);
      notes.push({ code: 'PROFIL_TIDAK_DIKETAHUI', pair: i, params: { from: a.label, to: b.label, runs: unknown.join(', ') } });
    }
    pairs.push(pair);
  }

  let paths: PathRow[] | null = null;
  let stuck: PathRow[] | null = null;
  let commonPaths: CompareResult['commonPaths'] = null;
  if (runs.length >= 3) {
    const order: string[] = [];
    const seen = new Set<string>();
    for (const k of keys) {
      for (const key of k.order) {
        if (!seen.has(key)) {
          seen.add(key);
          order.push(key);
        }
      }
    }
    paths = order.map((key) => {
      const es = keys.map((k) => k.map.get(key));
      let ref: RunEmployee | undefined;
      for (let r = es.length - 1; r >= 0 && !ref; r--) ref = es[r];
      const states = es.map(stateOf);
      let changes = 0;
      for (let r = 1; r < states.length; r++) if (states[r] !== states[r - 1]) changes++;
      const isStuck = changes === 0 && states[0] !== NOT_MAPPED && states[0] !== NOT_IN_ROSTER;
      return { key, nip: ref!.nip, nama: ref!.nama, jabatan: ref!.jabatan, unorInduk: ref!.unorInduk, states, changes, stuck: isStuck };
    });
    stuck = paths.filter((p) => p.stuck).sort((a, b) => COMPARE_GRID.rank(Number(b.states[0])) - COMPARE_GRID.rank(Number(a.states[0])) || cmp(a.key, b.key));
    const counts = new Map<string, { states: State[]; count: number }>();
    for (const p of paths) {
      if (p.changes === 0) continue;
      const id = p.states.join('>');
      const c = counts.get(id);
      if (c) c.count++;
      else counts.set(id, { states: p.states, count: 1 });
    }
    commonPaths = [...counts.values()].sort((a, b) => b.count - a.count || cmp(a.states.join('>'), b.states.join('>')));
  }
  return { runs: runs.map(summarise), pairs, paths, stuck, commonPaths, notes };
}
