/**
 * The report tables as columns, shared by the CSV and XLSX writers. CSV uses the stable `key`
 * as header and contract values (codes, the regulation's terms); XLSX uses the localised
 * header and words.
 */
import type { Profile } from '../core/profile.js';
import type { ClassifyResult, Employee, Issue } from '../core/types.js';
import type { Disagreement, Reconciliation } from '../core/reconcile.js';
import {
  issueMessage,
  JOB_LEVEL_LABEL,
  noteText,
  PERFORMANCE_LABEL,
  PERFORMANCE_TERM,
  POTENTIAL_LABEL,
  POTENTIAL_TERM,
  PREDIKAT_TERM,
  reasonText,
  AXIS_TEXT,
  tr,
  WORD,
  type Lang,
} from '../i18n.js';

export type Value = string | number | boolean | null;

export interface Ctx {
  lang: Lang;
  /** true for people (XLSX), false for the CSV/JSON contract */
  human: boolean;
  profile: Profile;
  result: ClassifyResult;
  /** SHA-256 of the effective profile */
  profileHash: string;
  /** comparison with an upstream box, when an input carries one */
  reconciliation?: Reconciliation;
}

export interface Column<R> {
  key: string;
  header: { id: string; en: string };
  kind: 'text' | 'number' | 'int' | 'bool';
  width: number;
  /** a share 0..1, shown as a percentage in the workbook */
  percent?: boolean;
  get: (r: R, c: Ctx) => Value;
}

const h = (id: string, en: string) => ({ id, en });

const yearPick = (e: Employee, c: Ctx, back: number) => {
  const y = c.result.summary.skpYears[c.result.summary.skpYears.length - 1 - back];
  return e.performance.years.find((t) => t.year === y) ?? null;
};

const predikatTerm = (p: string | undefined) => (p ? (PREDIKAT_TERM[p] ?? p) : '');

export function boxLabel(box: number | null, c: Ctx): string {
  if (box === null) return '';
  return tr(c.profile.boxText[String(box)]?.label, c.lang);
}

function boxRekomendasi(box: number | null, c: Ctx): string {
  if (box === null) return '';
  return tr(c.profile.boxText[String(box)]?.rekomendasi, c.lang);
}

const reasonsValue = (codes: string[], c: Ctx) => (c.human ? codes.map((r) => `${r} (${reasonText(r, c.lang)})`).join('; ') : codes.join('|'));

export const EMPLOYEE_COLUMNS: Column<Employee>[] = [
  { key: 'nip', header: h('NIP', 'NIP'), kind: 'text', width: 21, get: (e) => e.nip },
  { key: 'nama', header: h('Nama', 'Name'), kind: 'text', width: 26, get: (e) => e.nama },
  { key: 'gelar_depan', header: h('Gelar depan', 'Title (front)'), kind: 'text', width: 8, get: (e) => e.gelarDepan },
  { key: 'gelar_belakang', header: h('Gelar belakang', 'Title (back)'), kind: 'text', width: 10, get: (e) => e.gelarBelakang },
  { key: 'jenis_pegawai', header: h('Jenis pegawai', 'Employee type'), kind: 'text', width: 9, get: (e) => e.jenisPegawai },
  { key: 'kedudukan_hukum', header: h('Kedudukan hukum', 'Legal status'), kind: 'text', width: 12, get: (e) => e.kedudukanHukum },
  { key: 'golongan', header: h('Golongan', 'Grade'), kind: 'text', width: 8, get: (e) => e.golongan },
  { key: 'jabatan', header: h('Jabatan', 'Position'), kind: 'text', width: 26, get: (e) => e.jabatan },
  { key: 'eselon', header: h('Eselon', 'Echelon'), kind: 'text', width: 7, get: (e) => e.eselon },
  { key: 'unor', header: h('Unit kerja', 'Unit'), kind: 'text', width: 36, get: (e) => e.unor },
  { key: 'unor_induk', header: h('Unit induk (OPD)', 'Parent unit (OPD)'), kind: 'text', width: 24, get: (e) => e.unorInduk },
  {
    key: 'jenjang',
    header: h('Jenjang', 'Level'),
    kind: 'text',
    width: 14,
    get: (e, c) => (e.currentLevel ? (c.human ? tr(JOB_LEVEL_LABEL[e.currentLevel], c.lang) : e.currentLevel) : ''),
  },
  {
    key: 'jenjang_target',
    header: h('Jenjang target', 'Target level'),
    kind: 'text',
    width: 14,
    get: (e, c) => (e.targetLevel ? (c.human ? tr(JOB_LEVEL_LABEL[e.targetLevel], c.lang) : e.targetLevel) : ''),
  },
  {
    key: 'predikat_tahun_n_1',
    header: h('Predikat SKP N-1', 'SKP rating N-1'),
    kind: 'text',
    width: 14,
    get: (e, c) => predikatTerm(yearPick(e, c, 1)?.predikat),
  },
  {
    key: 'predikat_tahun_n',
    header: h('Predikat SKP N', 'SKP rating N'),
    kind: 'text',
    width: 14,
    get: (e, c) => predikatTerm(yearPick(e, c, 0)?.predikat),
  },
  { key: 'skor_kinerja', header: h('Skor kinerja', 'Performance score'), kind: 'number', width: 10, get: (e) => e.performance.score },
  {
    key: 'level_kinerja',
    header: h('Level kinerja', 'Performance level'),
    kind: 'text',
    width: 19,
    get: (e, c) => {
      const l = e.performance.level;
      if (!l) return '';
      return c.human ? PERFORMANCE_LABEL[l][c.lang] : PERFORMANCE_TERM[l];
    },
  },
  { key: 'jpm_potensi', header: h('JPM potensi', 'JPM potential'), kind: 'number', width: 9, get: (e) => e.potential.jpmPotensi },
  { key: 'jpm_kompetensi', header: h('JPM kompetensi', 'JPM competency'), kind: 'number', width: 9, get: (e) => e.potential.jpmKompetensi },
  { key: 'tanggal_tes', header: h('Tanggal tes CACT', 'CACT test date'), kind: 'text', width: 11, get: (e) => e.potential.tanggalTes ?? '' },
  { key: 'skor_potensial', header: h('Skor potensial', 'Potential score'), kind: 'number', width: 10, get: (e) => e.potential.score },
  {
    key: 'level_potensial',
    header: h('Level potensial', 'Potential level'),
    kind: 'text',
    width: 11,
    get: (e, c) => {
      const l = e.potential.level;
      if (!l) return '';
      return c.human ? POTENTIAL_LABEL[l][c.lang] : POTENTIAL_TERM[l];
    },
  },
  { key: 'kotak', header: h('Kotak', 'Box'), kind: 'int', width: 6, get: (e) => e.box },
  { key: 'label_kotak', header: h('Label kotak', 'Box label'), kind: 'text', width: 40, get: (e, c) => boxLabel(e.box, c) },
  { key: 'rekomendasi', header: h('Rekomendasi', 'Recommendation'), kind: 'text', width: 50, get: (e, c) => boxRekomendasi(e.box, c) },
  { key: 'nilai_talenta', header: h('Nilai talenta', 'Talent score'), kind: 'number', width: 10, get: (e) => e.talentScore },
  {
    key: 'talent_pool',
    header: h('Talent pool', 'Talent pool'),
    kind: 'bool',
    width: 8,
    get: (e, c) => (c.human ? tr(e.talentPool ? WORD.yes : WORD.no, c.lang) : e.talentPool ? 1 : 0),
  },
  {
    key: 'krs',
    header: h('KRS', 'Succession pool'),
    kind: 'text',
    width: 16,
    get: (e, c) => (c.human && e.krs ? (e.krs === 'INSTANSI_NASIONAL' ? 'Instansi/Nasional' : 'Instansi') : (e.krs ?? '')),
  },
  { key: 'peringkat', header: h('Peringkat', 'Rank'), kind: 'int', width: 8, get: (e) => e.rank },
  {
    key: 'peringkat_jenjang_target',
    header: h('Peringkat di jenjang target', 'Rank in target level'),
    kind: 'int',
    width: 9,
    get: (e) => e.rankInTargetLevel,
  },
  { key: 'peringkat_unit', header: h('Peringkat di unit induk', 'Rank in parent unit'), kind: 'int', width: 9, get: (e) => e.rankInUnit },
  { key: 'alasan', header: h('Alasan', 'Reasons'), kind: 'text', width: 40, get: (e, c) => reasonsValue(e.reasons, c) },
  {
    key: 'catatan',
    header: h('Catatan', 'Notes'),
    kind: 'text',
    width: 30,
    get: (e, c) => (c.human ? e.notes.map((n) => noteText(n, c.lang)).join('; ') : e.notes.join('|')),
  },
  {
    key: 'sumber',
    header: h('Sumber (berkas!baris)', 'Source (file!row)'),
    kind: 'text',
    width: 24,
    get: (e) => `${e.source.file}${e.source.sheet ? `[${e.source.sheet}]` : ''}!${e.source.row}`,
  },
];

/** The talent-pool table: rank first, then the employee columns that matter for a committee. */
const POOL_KEYS = [
  'peringkat',
  'peringkat_jenjang_target',
  'peringkat_unit',
  'kotak',
  'krs',
  'nip',
  'nama',
  'jabatan',
  'jenjang',
  'jenjang_target',
  'unor_induk',
  'skor_kinerja',
  'level_kinerja',
  'skor_potensial',
  'level_potensial',
  'nilai_talenta',
];
export const POOL_COLUMNS: Column<Employee>[] = POOL_KEYS.map((k) => EMPLOYEE_COLUMNS.find((c) => c.key === k)!);

export const ISSUE_COLUMNS: Column<Issue>[] = [
  { key: 'tingkat', header: h('Tingkat', 'Severity'), kind: 'text', width: 9, get: (i) => i.severity },
  { key: 'kode', header: h('Kode', 'Code'), kind: 'text', width: 24, get: (i) => i.code },
  { key: 'berkas', header: h('Berkas', 'File'), kind: 'text', width: 24, get: (i) => i.file ?? '' },
  { key: 'sheet', header: h('Sheet', 'Sheet'), kind: 'text', width: 10, get: (i) => i.sheet ?? '' },
  { key: 'baris', header: h('Baris', 'Row'), kind: 'int', width: 7, get: (i) => i.row },
  { key: 'kolom', header: h('Kolom', 'Column'), kind: 'text', width: 18, get: (i) => i.column ?? '' },
  { key: 'nilai', header: h('Nilai', 'Value'), kind: 'text', width: 22, get: (i) => i.value ?? '' },
  { key: 'pesan', header: h('Pesan', 'Message'), kind: 'text', width: 80, get: (i, c) => issueMessage(i, c.lang) },
];

export interface SummaryRow {
  section: 'kotak' | 'belum_terpetakan' | 'dikecualikan' | 'total';
  code: string;
  label: string;
  count: number;
  share: number | null;
}

/** Grid counts with shares of the mapped, not-mapped counts by reason, pool exclusions. */
export function summaryRows(c: Ctx): SummaryRow[] {
  const s = c.result.summary;
  const rows: SummaryRow[] = [];
  for (let b = 9; b >= 1; b--) {
    const n = s.grid[String(b)] ?? 0;
    rows.push({ section: 'kotak', code: String(b), label: boxLabel(b, c), count: n, share: s.mapped ? round4(n / s.mapped) : null });
  }
  rows.push({ section: 'total', code: 'TERPETAKAN', label: tr(WORD.mapped, c.lang), count: s.mapped, share: null });
  rows.push({
    section: 'total',
    code: 'BELUM_TERPETAKAN',
    label: tr(WORD.notMapped, c.lang),
    count: s.notMapped,
    share: null,
  });
  rows.push({ section: 'total', code: 'TALENT_POOL', label: 'talent pool', count: s.talentPool, share: null });
  for (const [code, n] of Object.entries(s.notMappedByReason)) {
    rows.push({ section: 'belum_terpetakan', code, label: reasonText(code, c.lang), count: n, share: null });
  }
  for (const [code, n] of Object.entries(s.excludedFromPoolByReason)) {
    rows.push({ section: 'dikecualikan', code, label: reasonText(code, c.lang), count: n, share: null });
  }
  return rows;
}

export const SUMMARY_COLUMNS: Column<SummaryRow>[] = [
  { key: 'bagian', header: h('Bagian', 'Section'), kind: 'text', width: 16, get: (r) => r.section },
  { key: 'kode', header: h('Kode', 'Code'), kind: 'text', width: 18, get: (r) => r.code },
  { key: 'label', header: h('Label', 'Label'), kind: 'text', width: 50, get: (r) => r.label },
  { key: 'jumlah', header: h('Jumlah', 'Count'), kind: 'int', width: 8, get: (r) => r.count },
  { key: 'persentase', header: h('Persentase', 'Share'), kind: 'number', width: 10, percent: true, get: (r) => r.share },
];

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

// ---- per unit ------------------------------------------------------------------------------

export interface UnitRow {
  unit: string;
  employees: number;
  mapped: number;
  boxes: number[];
  pool: number;
  poolShare: number | null;
}

/** Box distribution per unor_induk (sorted by name; the empty unit last). */
export function unitRows(c: Ctx): UnitRow[] {
  const map = new Map<string, UnitRow>();
  for (const e of c.result.employees) {
    let r = map.get(e.unorInduk);
    if (!r) {
      r = { unit: e.unorInduk, employees: 0, mapped: 0, boxes: new Array<number>(9).fill(0), pool: 0, poolShare: null };
      map.set(e.unorInduk, r);
    }
    r.employees++;
    if (e.box !== null) {
      r.mapped++;
      r.boxes[e.box - 1] = (r.boxes[e.box - 1] ?? 0) + 1;
    }
    if (e.talentPool) r.pool++;
  }
  const rows = [...map.values()];
  for (const r of rows) r.poolShare = r.mapped ? round4(r.pool / r.mapped) : null;
  return rows.sort((a, b) => (a.unit === '' ? 1 : b.unit === '' ? -1 : a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
}

export const UNIT_COLUMNS: Column<UnitRow>[] = [
  { key: 'unor_induk', header: h('Unit induk (OPD)', 'Parent unit (OPD)'), kind: 'text', width: 40, get: (r, c) => r.unit || tr(WORD.blank, c.lang) },
  { key: 'pegawai', header: h('Pegawai', 'Employees'), kind: 'int', width: 9, get: (r) => r.employees },
  { key: 'terpetakan', header: h('Terpetakan', 'Mapped'), kind: 'int', width: 10, get: (r) => r.mapped },
  ...[9, 8, 7, 6, 5, 4, 3, 2, 1].map((b): Column<UnitRow> => ({ key: `kotak_${b}`, header: h(`Kotak ${b}`, `Box ${b}`), kind: 'int', width: 8, get: (r) => r.boxes[b - 1]! })),
  { key: 'talent_pool', header: h('Talent pool', 'Talent pool'), kind: 'int', width: 10, get: (r) => r.pool },
  { key: 'persentase_pool', header: h('% talent pool', '% talent pool'), kind: 'number', width: 12, percent: true, get: (r) => r.poolShare },
];

export const NOT_MAPPED_COLUMNS: Column<Employee>[] = ['nip', 'nama', 'jabatan', 'unor_induk', 'alasan', 'catatan', 'sumber'].map((k) =>
  EMPLOYEE_COLUMNS.find((c) => c.key === k)!,
);

/** Every profile parameter as `path = value` rows (for the Metodologi sheet). */
export function flattenProfile(value: unknown, prefix = ''): [string, string][] {
  if (value === null || typeof value !== 'object') return [[prefix, JSON.stringify(value)]];
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    return [[prefix, value.map((v) => String(v)).join(', ')]];
  }
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    out.push(...flattenProfile(v, prefix ? `${prefix}.${k}` : k));
  }
  return out;
}

// ---- reconciliation --------------------------------------------------------------------------

const levelWord = (axis: string, level: string | null, c: Ctx): string => {
  if (!level) return '–';
  if (axis === 'potential') {
    const l = level as keyof typeof POTENTIAL_LABEL;
    return c.human ? POTENTIAL_LABEL[l][c.lang] : POTENTIAL_TERM[l];
  }
  const l = level as keyof typeof PERFORMANCE_LABEL;
  return c.human ? PERFORMANCE_LABEL[l][c.lang] : PERFORMANCE_TERM[l];
};

/** The likely cause in words: which axis level differs and how far the score is from the cut-off. */
export function causeText(d: Disagreement, c: Ctx): string {
  if (d.computedBox === null) {
    return `${tr(WORD.notMapped, c.lang)}: ${d.notMapped.join(', ')}`;
  }
  return d.causes
    .map((x) => {
      const axis = tr(AXIS_TEXT[x.axis], c.lang);
      const head = `${axis} ${levelWord(x.axis, x.computedLevel, c)} → ${levelWord(x.axis, x.upstreamLevel, c)}`;
      if (x.cutoff === null || x.score === null || x.distance === null) return head;
      const dist = Math.abs(x.distance);
      const side = tr(x.distance < 0 ? WORD.below : WORD.atOrAbove, c.lang);
      return `${head} (${tr(WORD.score, c.lang)} ${x.score}, ${dist} ${side} ${tr(WORD.cutOff, c.lang)} ${x.cutoff})`;
    })
    .join('; ');
}

export const RECONCILE_COLUMNS: Column<Disagreement>[] = [
  { key: 'nip', header: h('NIP', 'NIP'), kind: 'text', width: 21, get: (d) => d.nip },
  { key: 'nama', header: h('Nama', 'Name'), kind: 'text', width: 28, get: (d) => d.nama },
  { key: 'kotak_talenta', header: h('Kotak (talenta)', 'Box (talenta)'), kind: 'int', width: 10, get: (d) => d.computedBox },
  { key: 'kotak_hulu', header: h('Kotak (hulu)', 'Box (upstream)'), kind: 'int', width: 10, get: (d) => d.upstreamBox },
  { key: 'penyebab', header: h('Kemungkinan penyebab', 'Likely cause'), kind: 'text', width: 80, get: (d, c) => causeText(d, c) },
  {
    key: 'sumber_hulu',
    header: h('Sumber hulu (berkas!baris)', 'Upstream source (file!row)'),
    kind: 'text',
    width: 24,
    get: (d) => `${d.source.file}${d.source.sheet ? `[${d.source.sheet}]` : ''}!${d.source.row}`,
  },
];
