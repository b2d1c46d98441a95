/**
 * The tables of `talenta compare` as columns, shared by its CSV and XLSX writers (like model.ts
 * for classify): CSV uses the stable `key` headers and codes, XLSX the localised headers and
 * words. Also the words for states, levels and the cause of a move (terminal and workbook).
 */
import { NOT_IN_ROSTER, NOT_MAPPED, notMappedReasons, STATES, type CompareResult, type Move, type Pair, type PathRow, type State } from '../core/compare.js';
import {
  COMPARE_NOTE_TEXT,
  COMPARE_TAG_TEXT,
  COMPARE_UI,
  fillText,
  PERFORMANCE_LABEL,
  PERFORMANCE_TERM,
  POTENTIAL_LABEL,
  POTENTIAL_TERM,
  reasonText,
  tr,
  WORD,
  type Lang,
} from '../i18n.js';
import type { CompareNote } from '../core/compare.js';
import type { PerformanceLevel, PotentialLevel } from '../core/types.js';

export type Value = string | number | boolean | null;

export interface CmpCtx {
  lang: Lang;
  /** true for people (XLSX), false for the CSV/JSON contract */
  human: boolean;
  result: CompareResult;
}

export interface CmpColumn<R> {
  key: string;
  header: { id: string; en: string };
  kind: 'text' | 'number' | 'int' | 'bool';
  width: number;
  get: (r: R, c: CmpCtx) => Value;
}

const h = (id: string, en: string) => ({ id, en });

// ---- words ----------------------------------------------------------------------------------

/** A state in words: the box number, "belum terpetakan", "tidak di roster". */
export function stateText(s: State, lang: Lang): string {
  if (s === NOT_MAPPED) return tr(COMPARE_UI.notMapped, lang);
  if (s === NOT_IN_ROSTER) return tr(COMPARE_UI.notInRoster, lang);
  return s;
}

/** A state in a narrow place (matrix headers, paths): the box number, BT/NM, Luar/Out. */
export function stateShort(s: State, lang: Lang): string {
  if (s === NOT_MAPPED) return tr(COMPARE_UI.nmShort, lang);
  if (s === NOT_IN_ROSTER) return tr(COMPARE_UI.outShort, lang);
  return s;
}

const PERF_SHORT: Record<PerformanceLevel, { id: string; en: string }> = {
  DI_ATAS: h('Di Atas', 'Above'),
  SESUAI: h('Sesuai', 'Meets'),
  DI_BAWAH: h('Di Bawah', 'Below'),
};

function levelText(axis: 'potential' | 'performance', code: string | null, lang: Lang, short = false): string {
  if (code === null) return '';
  if (axis === 'potential') return POTENTIAL_LABEL[code as PotentialLevel]?.[lang] ?? code;
  return (short ? PERF_SHORT : PERFORMANCE_LABEL)[code as PerformanceLevel]?.[lang] ?? code;
}

function levelTerm(axis: 'potential' | 'performance', code: string | null): string {
  if (code === null) return '';
  return axis === 'potential' ? (POTENTIAL_TERM[code as PotentialLevel] ?? code) : (PERFORMANCE_TERM[code as PerformanceLevel] ?? code);
}

const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '-' : '±'}${Math.abs(x).toFixed(2)}`;

function reasonsText(codes: string[], lang: Lang): string {
  return codes.map((r) => `${r} (${reasonText(r, lang)})`).join('; ');
}

/**
 * Why a move happened, in words: roster and mapping changes (with the not-mapped reasons), each
 * axis whose level changed (with the score difference), score changes that did not change a
 * level when the box moved anyway, talent-pool exclusions that started or ended.
 * `omitRoster`: leave out "joined/left the roster" (in the lists that already say so).
 */
export function causeText(m: Move, lang: Lang, opts: { omitRoster?: boolean; words?: boolean } = {}): string {
  const parts: string[] = [];
  const ui = COMPARE_UI;
  const nm = (codes: string[]) => (opts.words ? reasonsText(notMappedReasons(codes), lang) : notMappedReasons(codes).join(', '));
  const ex = (codes: string[]) => (opts.words ? reasonsText(codes, lang) : codes.join(', '));
  if (m.from === NOT_IN_ROSTER && !opts.omitRoster) parts.push(tr(ui.joined, lang));
  if (m.to === NOT_IN_ROSTER && !opts.omitRoster) parts.push(tr(ui.left, lang));
  if (m.to === NOT_MAPPED && m.from !== NOT_MAPPED) parts.push(`${tr(ui.becameNotMapped, lang)}: ${nm(m.reasonsTo)}`);
  if (m.from === NOT_MAPPED && m.to !== NOT_MAPPED && m.to !== NOT_IN_ROSTER) {
    parts.push(`${tr(ui.becameMapped, lang)} (${tr(WORD.was, lang)}: ${nm(m.reasonsFrom)})`);
  }
  const moved = m.direction !== null && m.direction !== 0;
  const against = m.tags.includes('BERLAWANAN_ARAH');
  const same = tr(WORD.sameScore, lang);
  for (const axis of ['potential', 'performance'] as const) {
    const a = m[axis];
    const name = tr(ui[axis], lang);
    const d = a.delta === null ? '' : a.delta === 0 ? ` (${same})` : ` (${signed(a.delta)})`;
    if (a.steps !== null && a.steps !== 0) {
      parts.push(`${name} ${levelText(axis, a.from, lang, true)} → ${levelText(axis, a.to, lang, true)}${d}`);
    } else if (moved && a.delta !== null && (a.delta !== 0 || against)) {
      parts.push(`${name} ${a.delta === 0 ? same : signed(a.delta)}`);
    }
  }
  if (moved && m.axes.length === 0) parts.push(tr(ui.noLevelChange, lang));
  if (m.exclusionsAdded.length > 0) parts.push(`${tr(ui.exclusionAdded, lang)}: ${ex(m.exclusionsAdded)}`);
  if (m.exclusionsRemoved.length > 0) parts.push(`${tr(ui.exclusionRemoved, lang)}: ${ex(m.exclusionsRemoved)}`);
  return parts.join('; ');
}

export function noteText(n: CompareNote, lang: Lang): string {
  const t = COMPARE_NOTE_TEXT[n.code];
  return t ? fillText(t[lang], n.params) : n.code;
}

export function profileText(p: CompareResult['runs'][number]['profile'], lang: Lang): string {
  if (!p) return tr(COMPARE_UI.profileUnknown, lang);
  return `${p.id}${p.version !== null ? ` v${p.version}` : ''}${p.hash ? ` #${p.hash.slice(0, 8)}` : ''}`;
}

// ---- rows -----------------------------------------------------------------------------------

export interface MoveRow {
  pair: Pair;
  move: Move;
  /** the list the row belongs to, in words (list sheets) */
  kind?: string;
}

export function moveRows(pairs: Pair[], pick: (p: Pair) => Move[], kind?: (m: Move) => string): MoveRow[] {
  return pairs.flatMap((pair) => pick(pair).map((move) => (kind ? { pair, move, kind: kind(move) } : { pair, move })));
}

/** The column that names the list a row belongs to. */
export function kindColumn(header: { id: string; en: string }, width = 22): CmpColumn<MoveRow> {
  return { key: 'jenis', header, kind: 'text', width, get: (r) => r.kind ?? '' };
}

const label = (c: CmpCtx, i: number) => c.result.runs[i]!.label;
const stateValue = (s: State, c: CmpCtx) => (c.human ? stateText(s, c.lang) : s);
const boolValue = (b: boolean, c: CmpCtx) => (c.human ? tr(b ? WORD.yes : WORD.no, c.lang) : b ? 1 : 0);

export const MOVE_COLUMNS: CmpColumn<MoveRow>[] = [
  { key: 'periode_dari', header: h('Dari periode', 'From period'), kind: 'text', width: 12, get: (r, c) => label(c, r.pair.from) },
  { key: 'periode_ke', header: h('Ke periode', 'To period'), kind: 'text', width: 12, get: (r, c) => label(c, r.pair.to) },
  { key: 'nip', header: h('NIP', 'NIP'), kind: 'text', width: 21, get: (r) => r.move.nip },
  { key: 'nama', header: h('Nama', 'Name'), kind: 'text', width: 28, get: (r) => r.move.nama },
  { key: 'jabatan', header: h('Jabatan', 'Position'), kind: 'text', width: 30, get: (r) => r.move.jabatan },
  { key: 'unor_induk', header: h('Unit induk (OPD)', 'Parent unit (OPD)'), kind: 'text', width: 28, get: (r) => r.move.unorInduk },
  { key: 'dari', header: h('Kotak dari', 'Box from'), kind: 'text', width: 15, get: (r, c) => stateValue(r.move.from, c) },
  { key: 'ke', header: h('Kotak ke', 'Box to'), kind: 'text', width: 15, get: (r, c) => stateValue(r.move.to, c) },
  { key: 'jarak', header: h('Jarak kotak', 'Box distance'), kind: 'int', width: 8, get: (r) => r.move.distance },
  {
    key: 'perubahan',
    header: h('Perubahan', 'Changes'),
    kind: 'text',
    width: 34,
    get: (r, c) => (c.human ? r.move.tags.map((t) => tr(COMPARE_TAG_TEXT[t], c.lang, t)).join('; ') : r.move.tags.join('|')),
  },
  { key: 'sebab', header: h('Sebab', 'Cause'), kind: 'text', width: 64, get: (r, c) => causeText(r.move, c.lang, { words: c.human }) },
  { key: 'talent_pool_dari', header: h('Talent pool dari', 'Talent pool from'), kind: 'bool', width: 9, get: (r, c) => boolValue(r.move.fromPool, c) },
  { key: 'talent_pool_ke', header: h('Talent pool ke', 'Talent pool to'), kind: 'bool', width: 9, get: (r, c) => boolValue(r.move.toPool, c) },
  ...(['potential', 'performance'] as const).flatMap((axis): CmpColumn<MoveRow>[] => {
    const k = axis === 'potential' ? 'potensial' : 'kinerja';
    const hid = axis === 'potential' ? 'potensial' : 'kinerja';
    const hen = axis;
    const lv = (code: string | null, c: CmpCtx) => (c.human ? levelText(axis, code, c.lang) : levelTerm(axis, code));
    return [
      { key: `level_${k}_dari`, header: h(`Level ${hid} dari`, `${cap(hen)} level from`), kind: 'text', width: 14, get: (r, c) => lv(r.move[axis].from, c) },
      { key: `level_${k}_ke`, header: h(`Level ${hid} ke`, `${cap(hen)} level to`), kind: 'text', width: 14, get: (r, c) => lv(r.move[axis].to, c) },
      { key: `skor_${k}_dari`, header: h(`Skor ${hid} dari`, `${cap(hen)} score from`), kind: 'number', width: 10, get: (r) => r.move[axis].scoreFrom },
      { key: `skor_${k}_ke`, header: h(`Skor ${hid} ke`, `${cap(hen)} score to`), kind: 'number', width: 10, get: (r) => r.move[axis].scoreTo },
      { key: `selisih_${k}`, header: h(`Selisih ${hid}`, `${cap(hen)} change`), kind: 'number', width: 13, get: (r) => r.move[axis].delta },
    ];
  }),
  {
    key: 'alasan_dari',
    header: h('Alasan dari', 'Reasons from'),
    kind: 'text',
    width: 30,
    get: (r, c) => (c.human ? reasonsText(r.move.reasonsFrom, c.lang) : r.move.reasonsFrom.join('|')),
  },
  {
    key: 'alasan_ke',
    header: h('Alasan ke', 'Reasons to'),
    kind: 'text',
    width: 30,
    get: (r, c) => (c.human ? reasonsText(r.move.reasonsTo, c.lang) : r.move.reasonsTo.join('|')),
  },
];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const pick = <R>(cols: CmpColumn<R>[], keys: string[]) => keys.map((k) => cols.find((c) => c.key === k)!);

/** "2026-03-31 → 2026-06-30" in one column (the list sheets). */
const PERIOD_COLUMN: CmpColumn<MoveRow> = {
  key: 'periode',
  header: h('Periode', 'Period'),
  kind: 'text',
  width: 24,
  get: (r, c) => `${label(c, r.pair.from)} → ${label(c, r.pair.to)}`,
};

/**
 * A list sheet, narrow enough to print: the periods, the kind of change, who, from/to, why (in
 * words), the two score differences. The levels and scores themselves are on "Semua Perpindahan".
 */
export function listColumns(kind: CmpColumn<MoveRow>): CmpColumn<MoveRow>[] {
  const cols = pick(MOVE_COLUMNS, ['nip', 'nama', 'jabatan', 'unor_induk', 'dari', 'ke', 'sebab', 'selisih_potensial', 'selisih_kinerja']);
  return [PERIOD_COLUMN, kind, ...cols.map((c) => (c.key === 'jabatan' || c.key === 'unor_induk' ? { ...c, width: 26 } : c))];
}

// ---- transition matrix (long form) ----------------------------------------------------------

export interface MatrixCell {
  pair: Pair;
  from: State;
  to: State;
  count: number;
}

export function matrixCells(pairs: Pair[]): MatrixCell[] {
  const out: MatrixCell[] = [];
  for (const pair of pairs) {
    STATES.forEach((from, i) =>
      STATES.forEach((to, j) => {
        if (from === NOT_IN_ROSTER && to === NOT_IN_ROSTER) return;
        out.push({ pair, from, to, count: pair.matrix[i]![j]! });
      }),
    );
  }
  return out;
}

export const MATRIX_COLUMNS: CmpColumn<MatrixCell>[] = [
  { key: 'periode_dari', header: h('Dari periode', 'From period'), kind: 'text', width: 12, get: (r, c) => label(c, r.pair.from) },
  { key: 'periode_ke', header: h('Ke periode', 'To period'), kind: 'text', width: 12, get: (r, c) => label(c, r.pair.to) },
  { key: 'dari', header: h('Kotak dari', 'Box from'), kind: 'text', width: 16, get: (r, c) => stateValue(r.from, c) },
  { key: 'ke', header: h('Kotak ke', 'Box to'), kind: 'text', width: 16, get: (r, c) => stateValue(r.to, c) },
  { key: 'jumlah', header: h('Jumlah', 'Count'), kind: 'int', width: 8, get: (r) => r.count },
];

// ---- paths ----------------------------------------------------------------------------------

export function pathColumns(result: CompareResult): CmpColumn<PathRow>[] {
  return [
    { key: 'nip', header: h('NIP', 'NIP'), kind: 'text', width: 21, get: (r) => r.nip },
    { key: 'nama', header: h('Nama', 'Name'), kind: 'text', width: 28, get: (r) => r.nama },
    { key: 'jabatan', header: h('Jabatan', 'Position'), kind: 'text', width: 30, get: (r) => r.jabatan },
    { key: 'unor_induk', header: h('Unit induk (OPD)', 'Parent unit (OPD)'), kind: 'text', width: 28, get: (r) => r.unorInduk },
    ...result.runs.map((run, i): CmpColumn<PathRow> => ({
      key: `kotak_${i + 1}`,
      header: h(run.label, run.label),
      kind: 'text',
      width: Math.max(11, run.label.length + 2),
      get: (r, c) => (c.human ? stateShort(r.states[i]!, c.lang) : r.states[i]!),
    })),
    {
      key: 'jalur',
      header: h('Jalur', 'Path'),
      kind: 'text',
      width: 18,
      get: (r, c) => r.states.map((s) => (c.human ? stateShort(s, c.lang) : s)).join(' → '),
    },
    { key: 'perubahan', header: h('Jumlah perubahan', 'Changes'), kind: 'int', width: 10, get: (r) => r.changes },
    { key: 'tetap', header: h('Tetap di kotak', 'Stuck'), kind: 'bool', width: 9, get: (r, c) => boolValue(r.stuck, c) },
  ];
}
