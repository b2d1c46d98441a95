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
  code: string;
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
