/** Types shared by the pure core, the readers and the writers. */
import type { Predikat, Rating } from './profile.js';

/** One cell as a reader hands it over. Dates from spreadsheets arrive as ISO `YYYY-MM-DD`. */
export type Cell = string | number | boolean | null;

export type Role = 'roster' | 'cact' | 'skp' | 'hukdis';
export const ROLES: readonly Role[] = ['roster', 'cact', 'skp', 'hukdis'];

/** A raw table: a CSV file or one worksheet, every row as read (header row not yet found). */
export interface RawTable {
  file: string;
  sheet: string | null;
  rows: Cell[][];
  /** 1-based row number in the source for each entry of `rows` */
  rowNumbers: number[];
  date1904?: boolean;
  /** read from a workbook (cells are typed): digits in a text cell of a date column may be an Excel serial */
  fromWorkbook?: boolean;
  /** role forced by the user (`--roster FILE`, …) */
  forcedRole?: Role;
  /** problems the reader found (ragged CSV rows, error cells, …), passed through to the result */
  readerIssues?: Issue[];
  /**
   * A streamed table: `rows` holds only its first rows (for the header and the roles); the
   * other rows come from `rest()`, batch by batch, each time it is called.
   */
  rest?: () => Iterable<RowBatch>;
}

export interface RowBatch {
  rows: Cell[][];
  firstRowNumber: number;
  /** reader problems found in this batch */
  issues: Issue[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface Issue {
  severity: Severity;
  code: IssueCode;
  file: string | null;
  sheet: string | null;
  row: number | null;
  column: string | null;
  value: string | null;
  /** spreadsheet address of the cell (`A5`), when known */
  cell?: string;
  /** values substituted into the message template */
  params?: Record<string, string | number>;
}

export type PotentialLevel = 'TINGGI' | 'MENENGAH' | 'RENDAH';
export type PerformanceLevel = Rating;

export interface SourceRef {
  file: string;
  sheet: string | null;
  row: number;
}

export interface SkpYearTrace {
  year: number;
  predikat: Predikat;
  /** where the predikat came from */
  via: 'predikat' | 'matrix' | 'legacy';
  score: number;
  weight: number;
  source: SourceRef;
}

export interface PerformanceResult {
  score: number | null;
  level: PerformanceLevel | null;
  years: SkpYearTrace[];
}

export interface PotentialResult {
  score: number | null;
  level: PotentialLevel | null;
  jpmPotensi: number | null;
  jpmKompetensi: number | null;
  /** kompetensi computed as the mean of its parts */
  kompetensiFromParts: boolean;
  /** level taken from the CACT kategori because no score was available */
  fromKategori: boolean;
  tanggalTes: string | null;
  source: SourceRef | null;
  /** with more than one potential component: the CACT part and each component's score */
  cactScore?: number | null;
  components?: { id: string; weight: number; score: number }[];
}

export interface Employee {
  /** index of the roster row (input order) */
  index: number;
  source: SourceRef;
  nip: string;
  nipValid: boolean;
  nama: string;
  gelarDepan: string;
  gelarBelakang: string;
  jenisPegawai: string;
  kedudukanHukum: string;
  golongan: string;
  jenisJabatan: string;
  jabatan: string;
  eselon: string;
  unor: string;
  unorInduk: string;
  /** JENIS KELAMIN as written in the roster ('' when empty); absent when the producer keeps none */
  jenisKelamin?: string;
  birthDate: string | null;
  bupAge: number | null;
  currentLevel: string | null;
  targetLevel: string | null;
  performance: PerformanceResult;
  potential: PotentialResult;
  box: number | null;
  talentScore: number | null;
  talentPool: boolean;
  /** 'NASIONAL' (box 9: KRS Instansi/Nasional), 'INSTANSI', or null */
  krs: 'INSTANSI_NASIONAL' | 'INSTANSI' | null;
  rank: number | null;
  rankInTargetLevel: number | null;
  rankInUnit: number | null;
  /** not-mapped reasons first, then talent-pool exclusions */
  reasons: string[];
  notMappedReasons: string[];
  exclusions: string[];
  /** codes of notes (documented choices applied to this row) */
  notes: string[];
}

export interface InputSummary {
  file: string;
  sheet: string | null;
  roles: Role[];
  headerRow: number | null;
  rows: number;
  /** fields recognised, by role, with the header text they were read from */
  columns: Record<string, string>;
}

export interface Summary {
  asOf: string;
  skpYears: number[];
  rosterRows: number;
  duplicateRowsMerged: number;
  employees: number;
  mapped: number;
  notMapped: number;
  notMappedByReason: Record<string, number>;
  grid: Record<string, number>;
  talentPool: number;
  excludedFromPoolByReason: Record<string, number>;
  inputRows: Record<Role, number>;
  unmatchedAssessmentRows: Record<Exclude<Role, 'roster'>, number>;
  issues: Record<Severity, number>;
}

export interface ClassifyResult {
  profile: { id: string; version: number };
  summary: Summary;
  employees: Employee[];
  /** indexes into `employees` in talent-pool order */
  pool: number[];
  issues: Issue[];
  inputs: InputSummary[];
}

// ---- codes: every code a user can meet; its texts are a Record<Code, …> in src/i18n.ts, so a code
// without its Indonesian and English text does not compile ----

/** Why an employee is not on the grid (in NOT_MAPPED_ORDER). */
type NotMappedCode = 'NIP_TIDAK_VALID' | 'NIP_GANDA' | 'SKP_TIDAK_ADA' | 'CACT_TIDAK_ADA' | 'CACT_KEDALUWARSA' | 'CACT_TANPA_TANGGAL';
/** Why an employee in boxes 7–9 is not in the talent pool (in EXCLUSION_ORDER). */
export type ExclusionCode = 'TIDAK_AKTIF' | 'HUKDIS' | 'MENDEKATI_BUP' | 'BUKAN_PNS' | 'TIDAK_DIPERIKSA';
/** A reason code: not mapped, or excluded from the talent pool. */
export type ReasonCode = NotMappedCode | ExclusionCode;
/** A documented choice applied to a row (a note), with a fixed code. */
export type FixedNoteCode =
  | 'SKP_SATU_TAHUN'
  | 'KOMPETENSI_DARI_SUB'
  | 'POTENSIAL_SATU_KOMPONEN'
  | 'POTENSIAL_DARI_KATEGORI'
  | 'JPM_DI_ATAS_100'
  | 'CACT_KEDALUWARSA_DIPAKAI'
  | 'CACT_TANPA_TANGGAL'
  | 'CACT_DIGABUNG'
  | 'STATUS_DARI_NIP'
  | 'SKP_DARI_PERIODIK';
/** A finding (issue) code; the message templates are ISSUE_TEXT in src/i18n.ts. */
export type IssueCode =
  | 'NIP_KOSONG'
  | 'NIP_ANGKA'
  | 'NIP_FORMAT'
  | 'NIP_TANGGAL_LAHIR'
  | 'NIP_TMT'
  | 'NIP_JENIS_KELAMIN'
  | 'NIP_URUTAN'
  | 'NIP_GANDA'
  | 'NIP_GANDA_IDENTIK'
  | 'NIP_TIDAK_DI_ROSTER'
  | 'TAHUN_TIDAK_VALID'
  | 'PREDIKAT_TIDAK_DIKENAL'
  | 'RATING_TIDAK_DIKENAL'
  | 'NILAI_SKP_TIDAK_VALID'
  | 'NILAI_SKP_DI_LUAR_SKALA'
  | 'SKP_KOSONG'
  | 'SKP_GANDA'
  | 'JPM_TIDAK_VALID'
  | 'JPM_DI_ATAS_100'
  | 'KATEGORI_TIDAK_DIKENAL'
  | 'TANGGAL_TES_TIDAK_VALID'
  | 'TANGGAL_TES_MASA_DEPAN'
  | 'CACT_KOSONG'
  | 'CACT_GANDA'
  | 'HUKDIS_TINGKAT_TIDAK_DIKENAL'
  | 'HUKDIS_TMT_TIDAK_VALID'
  | 'TANGGAL_LAHIR_TIDAK_VALID'
  | 'BUP_TIDAK_VALID'
  | 'KOTAK_HULU_TIDAK_VALID'
  | 'ESELON_TIDAK_DIKENAL'
  | 'JENIS_JABATAN_TIDAK_DIKENAL'
  | 'GOLONGAN_TIDAK_DIKENAL'
  | 'KEDUDUKAN_HUKUM_TIDAK_DIKENAL'
  | 'JENIS_PEGAWAI_TIDAK_DIKENAL'
  | 'TABEL_TANPA_DATA'
  | 'TABEL_TIDAK_DIKENALI'
  | 'TABEL_TANPA_HEADER'
  | 'BARIS_KOLOM_KURANG'
  | 'BARIS_KOLOM_LEBIH'
  | 'CSV_KUTIP_TIDAK_DITUTUP'
  | 'ENCODING_KARAKTER_RUSAK'
  | 'ENCODING_BUKAN_UTF8'
  | 'SEL_GALAT'
  | 'SEL_RUMUS_TANPA_HASIL'
  | 'TABEL_TANPA_NIP'
  | 'KOLOM_TAHUN_TIDAK_ADA'
  | 'NIP_DENGAN_NAMA'
  | 'PREDIKAT_DARI_RATING'
  | 'JENJANG_TIDAK_DIKENAL'
  | 'ROSTER_TAHUN_TERAKHIR'
  | 'HEADER_GANDA'
  | 'KOLOM_ATURAN_TIDAK_ADA'
  | 'KOLOM_STATUS_DARI_NIP'
  | 'KOLOM_LAHIR_DARI_NIP'
  | 'TABEL_HUKDIS_TIDAK_ADA'
  | 'TANGGAL_HANYA_TAHUN'
  | 'KOLOM_ESELON_TIDAK_ADA'
  | 'KOLOM_TANGGAL_TES_TIDAK_ADA'
  | 'TANGGAL_TES_KOSONG'
  | 'SKP_PERIODIK_DIABAIKAN'
  | 'SKP_HANYA_PERIODIK'
  | 'SKP_DARI_PERIODIK'
  | 'SHEET_TERSEMBUNYI'
  | 'JABATAN_NAMA_KOSONG'
  | 'JABATAN_JENJANG_TIDAK_DIKETAHUI'
  | 'JABATAN_KODE_GANDA'
  | 'JABATAN_KODE_DIBUAT'
  | 'JABATAN_NIP_PEJABAT_TIDAK_VALID'
  | 'JABATAN_PEJABAT_TIDAK_DI_ROSTER'
  | 'JABATAN_PEJABAT_GANDA'
  | 'JABATAN_STATUS_BERTENTANGAN'
  | 'JABATAN_TIDAK_ADA_DI_TABEL'
  | 'SYARAT_TIDAK_DIKENAL'
  | 'TANGGAL_TIDAK_VALID'
  | 'KEBUTUHAN_TIDAK_VALID'
  | 'ROSTER_TMT_JABATAN_KOSONG'
  | 'HUKDIS_TIDAK_DIPERIKSA';
