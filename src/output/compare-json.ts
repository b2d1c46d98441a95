/** The JSON document of `talenta compare` (`--json`, and perbandingan-talenta.json with -o). */
import { STATES, type AxisChange, type CompareResult, type Move } from '../core/compare.js';
import { PERFORMANCE_TERM, POTENTIAL_TERM, type Lang } from '../i18n.js';
import type { PerformanceLevel, PotentialLevel } from '../core/types.js';
import { causeText, noteText } from './compare-model.js';

const COMPARE_SCHEMA_VERSION = 1;

export interface CompareJsonMeta {
  toolVersion: string;
  lang: Lang;
}

function axisJson(a: AxisChange, axis: 'potential' | 'performance') {
  const term = (l: string | null) => (l === null ? null : axis === 'potential' ? (POTENTIAL_TERM[l as PotentialLevel] ?? l) : (PERFORMANCE_TERM[l as PerformanceLevel] ?? l));
  return { from: term(a.from), to: term(a.to), scoreFrom: a.scoreFrom, scoreTo: a.scoreTo, delta: a.delta, steps: a.steps };
}

function moveJson(m: Move, lang: Lang) {
  return {
    nip: m.nip,
    nama: m.nama,
    jabatan: m.jabatan,
    unorInduk: m.unorInduk,
    from: m.from,
    to: m.to,
    fromPool: m.fromPool,
    toPool: m.toPool,
    distance: m.distance,
    direction: m.direction,
    tags: m.tags,
    axes: m.axes,
    potential: axisJson(m.potential, 'potential'),
    performance: axisJson(m.performance, 'performance'),
    scoresUnchanged: m.scoresUnchanged,
    reasonsFrom: m.reasonsFrom,
    reasonsTo: m.reasonsTo,
    exclusionsAdded: m.exclusionsAdded,
    exclusionsRemoved: m.exclusionsRemoved,
    cause: causeText(m, lang),
  };
}

function compareJson(result: CompareResult, meta: CompareJsonMeta) {
  const lang = meta.lang;
  const list = (ms: Move[]) => ms.map((m) => moveJson(m, lang));
  return {
    schemaVersion: COMPARE_SCHEMA_VERSION,
    kind: 'compare',
    tool: { name: 'talenta', version: meta.toolVersion },
    runs: result.runs,
    notes: result.notes.map((n) => ({ ...n, message: noteText(n, lang) })),
    states: STATES,
    pairs: result.pairs.map((p) => ({
      from: p.from,
      to: p.to,
      fromLabel: result.runs[p.from]!.label,
      toLabel: result.runs[p.to]!.label,
      profileChange: p.profileChange,
      totals: p.totals,
      matrix: p.matrix,
      enteredPool: list(p.enteredPool),
      leftPool: list(p.leftPool),
      bigMoves: list(p.bigMoves),
      againstDirection: list(p.againstDirection),
      newInRoster: list(p.newInRoster),
      goneFromRoster: list(p.goneFromRoster),
      newlyMapped: list(p.newlyMapped),
      newlyNotMapped: list(p.newlyNotMapped),
      moves: list(p.moves),
    })),
    stuck: result.stuck?.map((s) => ({ nip: s.nip, nama: s.nama, jabatan: s.jabatan, unorInduk: s.unorInduk, box: Number(s.states[0]) })) ?? null,
    commonPaths: result.commonPaths,
    paths: result.paths?.map((p) => ({ nip: p.nip, nama: p.nama, jabatan: p.jabatan, unorInduk: p.unorInduk, states: p.states, changes: p.changes, stuck: p.stuck })) ?? null,
  };
}

export function compareJsonText(result: CompareResult, meta: CompareJsonMeta): string {
  return JSON.stringify(compareJson(result, meta), null, 2) + '\n';
}
