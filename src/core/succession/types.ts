/** Types of the succession engine (docs/rules.md §12). Pure data; renderers format them. */
import type { Issue } from '../types.js';
import type { CheckCode, CheckMode, Health, Readiness, RiskLevel, SuccessionParams } from './params.js';

type CheckStatus = 'TERPENUHI' | 'TIDAK_TERPENUHI' | 'PERLU_VERIFIKASI' | 'TIDAK_DIPERIKSA';
export type Eligibility = 'MEMENUHI' | 'PERLU_VERIFIKASI' | 'MEMENUHI_DENGAN_WAKTU' | 'TIDAK_MEMENUHI';
type PostSource = 'TABEL' | 'ROSTER';
type VacancyState = 'TERISI' | 'SUDAH_KOSONG' | 'PEJABAT_TIDAK_DITEMUKAN';
/** §5.7 bands; BULAN_6 = "≤6_BULAN" … */
export type Band = 'SUDAH_KOSONG' | 'BULAN_6' | 'BULAN_12' | 'BULAN_24' | 'DI_LUAR_HORIZON' | 'TANPA_TANGGAL';
export type BupSource = 'ROSTER' | 'KHUSUS' | 'JENJANG';
export type BenchStatus = 'ADA_SIAP_SEKARANG' | 'SIAP_MASA_DEPAN' | 'TANPA_SUKSESOR';

/** Roster fields the classifier does not keep, read for succession (by NIP). */
export interface PersonExtra {
  tmtJabatan: string | null;
  tingkatPendidikan: string | null;
  pendidikan: string | null;
  tmtGolongan: string | null;
  kodeJabatan: string | null;
  /** the roster's BUP column */
  rosterBup: number | null;
}

export interface HukdisRecord {
  level: 'RINGAN' | 'SEDANG' | 'BERAT';
  tmt: string;
}

/** One target post, as read (from the positions table or the roster). */
export interface Post {
  code: string;
  name: string;
  unit: string;
  opd: string;
  level: string;
  eselon: string;
  source: PostSource;
  critical: boolean;
  importance: string;
  /** TERISI, KOSONG, PLT, PLH as written (normalised) */
  status: 'TERISI' | 'KOSONG' | 'PLT' | 'PLH';
  incumbentNips: string[];
  seats: number;
  plannedVacancy: string | null;
  plannedFill: string | null;
  minEducation: string | null;
  minGolongan: string | null;
  minYears: number | null;
  maxAge: number | null;
  scope: 'INSTANSI' | 'PERANGKAT_DAERAH' | 'UNIT_KERJA';
  note: string;
  /** where the row came from (`file [sheet] row`), '' for roster posts */
  sourceRow: string;
}

export interface IncumbentForecast {
  nip: string;
  name: string;
  birthDate: string | null;
  bup: number | null;
  bupSource: BupSource | null;
  pensionDate: string | null;
  inRoster: boolean;
}

export interface CheckResult {
  code: CheckCode;
  status: CheckStatus;
  mode: CheckMode;
  /** the candidate's value and the required value, language-neutral (codes, numbers, ISO dates) */
  value: string | null;
  required: string | null;
  /** when time cures a TIDAK_TERPENUHI (or the date the current post alone meets it) */
  metDate: string | null;
  /** a short reason code for the sentence (i18n) */
  reason: string;
  basis: string;
}

export interface CandidateResult {
  post: string;
  nip: string;
  /** index into the classify result's employees */
  employee: number;
  eligibility: Eligibility;
  readiness: Readiness;
  readyDate: string | null;
  monthsToReady: number | null;
  readyByVacancy: boolean | null;
  matchScore: number | null;
  yearsInPost: number | null;
  checks: CheckResult[];
  /** 1-based rank among eligible candidates of the post (null when BUKAN_KANDIDAT) */
  rank: number | null;
  gap: number | null;
  nominee: boolean;
  /** over all posts: where the person is evaluated, and ready now */
  postsEvaluated: number;
  postsReadyNow: number;
  overload: boolean;
}

export interface FunnelStep {
  step: string;
  left: number;
}

export interface PostResult {
  post: Post;
  incumbents: IncumbentForecast[];
  state: VacancyState;
  vacancyDate: string | null;
  monthsToVacancy: number | null;
  band: Band;
  /** the reference date of the checks (§5.12) */
  referenceDate: string;
  /** false for JF posts (forecast only, §5.3) */
  matched: boolean;
  evaluated: number;
  bench: { readyNow: number; ready12: number; ready3: number; verify: number; shared: number };
  benchStatus: BenchStatus;
  /** null for posts that are forecast only (JF targets, §5.3) */
  health: Health | null;
  risk: RiskLevel | null;
  funnel: FunnelStep[];
  mostFiltered: string | null;
  /** eligible candidates (kesiapan ≠ BUKAN_KANDIDAT) */
  eligible: number;
  /** eligible candidates whose box says ready now and who are ready on the vacancy date */
  readyAtVacancy: number;
  /** indexes into SuccessionResult.nominees, rank order (calon utama first) */
  nominees: number[];
  /** target posts whose ready-now candidate holds this post (the first CHAIN_LISTED codes), and how many */
  chainFrom: string[];
  chainCount: number;
}

export interface Retirement {
  nip: string;
  employee: number;
  pensionDate: string;
  bup: number;
  bupSource: BupSource;
  monthsToPension: number;
  year: number;
  level: string;
  opd: string;
  postCode: string | null;
}

export interface SuccessionSummary {
  positions: number;
  critical: number;
  vacantNow: number;
  openingWithin12: number;
  openingWithinHorizon: number;
  coverage: number | null;
  coverageCritical: number | null;
  coverageOpening: number | null;
  withoutSuccessor: number;
  byRisk: Record<RiskLevel, number>;
  byBand: Record<Band, number>;
  evaluatedPairs: number;
  byReadiness: Record<Readiness, number>;
  uniqueCandidates: number;
  overloaded: number;
  retirementsByYear: Record<string, number>;
}

export interface SuccessionResult {
  asOf: string;
  params: SuccessionParams;
  posts: PostResult[];
  /** the nominees of every post (top N, rank order), with their checks */
  nominees: CandidateResult[];
  /** every evaluated pair, compactly (kelayakan.csv) */
  pairs: PairTable;
  retirements: Retirement[];
  summary: SuccessionSummary;
  issues: Issue[];
  hukdisChecked: boolean;
}

/** Every evaluated (post, candidate) pair in typed arrays: a 20k agency has millions of them. */
export interface PairTable {
  length: number;
  post: Uint32Array;
  employee: Uint32Array;
  /** index into ELIGIBILITY */
  eligibility: Uint8Array;
  /** index into READINESS */
  readiness: Uint8Array;
  /** ready date as yyyymmdd */
  readyDate: Uint32Array;
  /** bit i = CHECK_CODES[i] is TIDAK_TERPENUHI / PERLU_VERIFIKASI */
  notMet: Uint16Array;
  verify: Uint16Array;
}

export const ELIGIBILITY: readonly Eligibility[] = ['MEMENUHI', 'PERLU_VERIFIKASI', 'MEMENUHI_DENGAN_WAKTU', 'TIDAK_MEMENUHI'];
