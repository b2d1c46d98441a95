/**
 * The succession tables as columns (docs/rules.md §12.9), shared by the CSV and XLSX writers:
 * CSV uses the stable snake_case `key` and codes in every language; XLSX the localised header
 * and words.
 */
import { CHECK_CODES, READINESS } from '../core/succession/params.js';
import { ELIGIBILITY, type CandidateResult, type PostResult, type Retirement, type SuccessionResult } from '../core/succession/types.js';
import type { Employee } from '../core/types.js';
import {
  BAND_LABEL,
  BENCH_LABEL,
  CHECK_LABEL,
  ELIGIBILITY_LABEL,
  FUNNEL_STEP_LABEL,
  HEALTH_LABEL,
  JOB_LEVEL_LABEL,
  POST_STATUS_LABEL,
  READINESS_LABEL,
  RISK_LABEL,
  tr,
} from '../i18n.js';
import type { Column, Ctx, Value } from './model.js';
import { csvField, neutralise } from './shared/csv-cells.js';

export interface SuccessionCtx extends Ctx {
  succ: SuccessionResult;
}

const h = (id: string, en: string) => ({ id, en });
const S = (c: Ctx) => (c as SuccessionCtx).succ;
const emp = (c: Ctx, i: number): Employee => c.result.employees[i]!;
/** a code as such in CSV, its label for people */
const word = (labels: Record<string, { id: string; en: string }>, v: string | null, c: Ctx): string => (v === null ? '' : c.human ? tr(labels[v], c.lang, v) : v);
const bool = (b: boolean, c: Ctx): Value => (c.human ? (b ? (c.lang === 'en' ? 'Yes' : 'Ya') : c.lang === 'en' ? 'No' : 'Tidak') : b);

export const POST_COLUMNS: Column<PostResult>[] = [
  { key: 'kode_jabatan', header: h('Kode jabatan', 'Post code'), kind: 'text', width: 22, get: (r) => r.post.code },
  { key: 'nama_jabatan', header: h('Nama jabatan', 'Post'), kind: 'text', width: 40, get: (r) => r.post.name },
  { key: 'unit_kerja', header: h('Unit kerja', 'Unit'), kind: 'text', width: 30, get: (r) => r.post.unit },
  { key: 'perangkat_daerah', header: h('Perangkat daerah', 'Agency unit (OPD)'), kind: 'text', width: 30, get: (r) => r.post.opd },
  { key: 'jenjang', header: h('Jenjang', 'Level'), kind: 'text', width: 16, get: (r, c) => word(JOB_LEVEL_LABEL, r.post.level, c) },
  { key: 'eselon', header: h('Eselon', 'Eselon'), kind: 'text', width: 8, get: (r) => r.post.eselon },
  { key: 'sumber', header: h('Sumber', 'Source'), kind: 'text', width: 8, get: (r, c) => word(POST_STATUS_LABEL, r.post.source, c) },
  { key: 'kritikal', header: h('Kritikal', 'Critical'), kind: 'bool', width: 8, get: (r, c) => bool(r.post.critical, c) },
  { key: 'tingkat_kepentingan', header: h('Tingkat kepentingan', 'Importance'), kind: 'text', width: 10, get: (r) => r.post.importance },
  { key: 'status_jabatan', header: h('Status', 'Status'), kind: 'text', width: 8, get: (r, c) => word(POST_STATUS_LABEL, r.post.status, c) },
  { key: 'kebutuhan', header: h('Kebutuhan', 'Seats'), kind: 'int', width: 8, get: (r) => r.post.seats },
  { key: 'nip_pejabat', header: h('NIP pejabat', 'Incumbent NIP'), kind: 'text', width: 21, get: (r) => r.incumbents.map((x) => x.nip).join(';') },
  { key: 'nama_pejabat', header: h('Nama pejabat', 'Incumbent'), kind: 'text', width: 26, get: (r) => r.incumbents.map((x) => x.name).join(';') },
  {
    key: 'tanggal_lahir_pejabat',
    header: h('Tanggal lahir pejabat', 'Incumbent birth date'),
    kind: 'text',
    width: 12,
    get: (r) => r.incumbents.map((x) => x.birthDate ?? '').join(';'),
  },
  { key: 'bup_pejabat', header: h('BUP pejabat', 'Incumbent BUP'), kind: 'text', width: 6, get: (r) => r.incumbents.map((x) => (x.bup === null ? '' : String(x.bup))).join(';') },
  { key: 'sumber_bup', header: h('Sumber BUP', 'BUP source'), kind: 'text', width: 9, get: (r, c) => r.incumbents.map((x) => word(POST_STATUS_LABEL, x.bupSource, c)).join(';') },
  {
    key: 'tanggal_pensiun_pejabat',
    header: h('TMT pensiun pejabat', 'Incumbent pension date'),
    kind: 'text',
    width: 12,
    get: (r) => r.incumbents.map((x) => x.pensionDate ?? '').join(';'),
  },
  { key: 'keadaan', header: h('Keadaan', 'State'), kind: 'text', width: 14, get: (r, c) => word(POST_STATUS_LABEL, r.state, c) },
  { key: 'tanggal_kosong', header: h('Tanggal kosong', 'Vacancy date'), kind: 'text', width: 12, get: (r) => r.vacancyDate ?? '' },
  { key: 'bulan_menuju_kosong', header: h('Bulan menuju kosong', 'Months to vacancy'), kind: 'int', width: 8, get: (r) => r.monthsToVacancy },
  { key: 'pita_waktu', header: h('Pita waktu', 'Band'), kind: 'text', width: 14, get: (r, c) => word(BAND_LABEL, r.band, c) },
  { key: 'tanggal_acuan', header: h('Tanggal acuan syarat', 'Reference date of the checks'), kind: 'text', width: 12, get: (r) => r.referenceDate },
  { key: 'jumlah_kandidat', header: h('Kandidat dinilai', 'Candidates evaluated'), kind: 'int', width: 9, get: (r) => r.evaluated },
  { key: 'kandidat_layak', header: h('Kandidat layak', 'Eligible candidates'), kind: 'int', width: 9, get: (r) => r.eligible },
  { key: 'siap_sekarang', header: h('Siap sekarang', 'Ready now'), kind: 'int', width: 8, get: (r) => r.bench.readyNow },
  { key: 'siap_1_2_tahun', header: h('Siap 1–2 tahun', 'Ready 1–2 years'), kind: 'int', width: 8, get: (r) => r.bench.ready12 },
  { key: 'siap_3_tahun', header: h('Siap ≥3 tahun', 'Ready 3+ years'), kind: 'int', width: 8, get: (r) => r.bench.ready3 },
  { key: 'perlu_verifikasi', header: h('Perlu verifikasi', 'Needs verification'), kind: 'int', width: 8, get: (r) => r.bench.verify },
  { key: 'siap_saat_kosong', header: h('Siap saat kosong', 'Ready when it opens'), kind: 'int', width: 8, get: (r) => r.readyAtVacancy },
  { key: 'bench_status', header: h('Status bench', 'Bench'), kind: 'text', width: 18, get: (r, c) => word(BENCH_LABEL, r.benchStatus, c) },
  { key: 'bench_terbagi', header: h('Bench terbagi', 'Shared bench'), kind: 'number', width: 8, get: (r) => r.bench.shared },
  { key: 'kesehatan_pipeline', header: h('Kesehatan pipeline', 'Pipeline health'), kind: 'text', width: 14, get: (r, c) => word(HEALTH_LABEL, r.health, c) },
  { key: 'risiko', header: h('Risiko', 'Risk'), kind: 'text', width: 9, get: (r, c) => word(RISK_LABEL, r.risk, c) },
  {
    key: 'calon_utama_nip',
    header: h('NIP calon utama', 'Top candidate NIP'),
    kind: 'text',
    width: 21,
    get: (r, c) => (r.nominees.length === 0 ? '' : S(c).nominees[r.nominees[0]!]!.nip),
  },
  {
    key: 'calon_utama_nama',
    header: h('Calon utama', 'Top candidate'),
    kind: 'text',
    width: 26,
    get: (r, c) => (r.nominees.length === 0 ? '' : emp(c, S(c).nominees[r.nominees[0]!]!.employee).nama),
  },
  { key: 'tersaring_terbanyak', header: h('Tersaring terbanyak di', 'Most filtered at'), kind: 'text', width: 22, get: (r, c) => word(FUNNEL_STEP_LABEL, r.mostFiltered, c) },
  {
    key: 'berpotensi_kosong_berantai',
    header: h('Kosong berantai dari', 'Chain vacancy from'),
    kind: 'text',
    width: 18,
    get: (r) => r.chainFrom.join('|') + (r.chainCount > r.chainFrom.length ? `|…+${r.chainCount - r.chainFrom.length}` : ''),
  },
  { key: 'jumlah_kosong_berantai', header: h('Jumlah sumber kosong berantai', 'Chain vacancy sources'), kind: 'int', width: 8, get: (r) => r.chainCount },
  { key: 'catatan', header: h('Catatan', 'Note'), kind: 'text', width: 24, get: (r) => r.post.note },
  { key: 'sumber_baris', header: h('Sumber baris', 'Source row'), kind: 'text', width: 24, get: (r) => r.post.sourceRow },
];

const codes = (c: CandidateResult, status: string) =>
  c.checks
    .filter((x) => x.status === status)
    .map((x) => x.code)
    .join('|');

export const CANDIDATE_COLUMNS: Column<CandidateResult>[] = [
  { key: 'kode_jabatan', header: h('Kode jabatan', 'Post code'), kind: 'text', width: 22, get: (r) => r.post },
  { key: 'peringkat', header: h('Peringkat', 'Rank'), kind: 'int', width: 6, get: (r) => r.rank },
  { key: 'nip', header: h('NIP', 'NIP'), kind: 'text', width: 21, get: (r) => r.nip },
  { key: 'nama', header: h('Nama', 'Name'), kind: 'text', width: 26, get: (r, c) => emp(c, r.employee).nama },
  { key: 'jabatan', header: h('Jabatan sekarang', 'Current post'), kind: 'text', width: 32, get: (r, c) => emp(c, r.employee).jabatan },
  { key: 'jenjang', header: h('Jenjang', 'Level'), kind: 'text', width: 14, get: (r, c) => word(JOB_LEVEL_LABEL, emp(c, r.employee).currentLevel, c) },
  { key: 'unor_induk', header: h('Perangkat daerah', 'Agency unit'), kind: 'text', width: 26, get: (r, c) => emp(c, r.employee).unorInduk },
  { key: 'golongan', header: h('Golongan', 'Grade'), kind: 'text', width: 7, get: (r, c) => emp(c, r.employee).golongan },
  { key: 'kotak', header: h('Kotak', 'Box'), kind: 'int', width: 5, get: (r, c) => emp(c, r.employee).box },
  { key: 'nilai_talenta', header: h('Nilai talenta', 'Talent score'), kind: 'number', width: 8, get: (r, c) => emp(c, r.employee).talentScore },
  { key: 'skor_kecocokan', header: h('Skor kecocokan', 'Match score'), kind: 'number', width: 8, get: (r) => r.matchScore },
  { key: 'selisih_skor', header: h('Selisih dari #1', 'Gap to #1'), kind: 'number', width: 8, get: (r) => r.gap },
  { key: 'kesiapan', header: h('Kesiapan', 'Readiness'), kind: 'text', width: 18, get: (r, c) => word(READINESS_LABEL, r.readiness, c) },
  { key: 'tanggal_siap', header: h('Tanggal siap', 'Ready date'), kind: 'text', width: 12, get: (r) => r.readyDate },
  { key: 'bulan_menuju_siap', header: h('Bulan menuju siap', 'Months to ready'), kind: 'int', width: 7, get: (r) => r.monthsToReady },
  {
    key: 'siap_saat_kosong',
    header: h('Siap saat kosong', 'Ready when it opens'),
    kind: 'bool',
    width: 7,
    get: (r, c) => (r.readyByVacancy === null ? null : bool(r.readyByVacancy, c)),
  },
  { key: 'kelayakan', header: h('Kelayakan', 'Eligibility'), kind: 'text', width: 18, get: (r, c) => word(ELIGIBILITY_LABEL, r.eligibility, c) },
  { key: 'lama_jabatan_tahun', header: h('Lama di jabatan (tahun)', 'Years in post'), kind: 'number', width: 7, get: (r) => r.yearsInPost },
  {
    key: 'belum_terpenuhi',
    header: h('Belum terpenuhi', 'Not met'),
    kind: 'text',
    width: 24,
    get: (r, c) => (c.human ? labelList(codes(r, 'TIDAK_TERPENUHI'), c) : codes(r, 'TIDAK_TERPENUHI')),
  },
  {
    key: 'perlu_verifikasi',
    header: h('Perlu verifikasi', 'Needs verification'),
    kind: 'text',
    width: 24,
    get: (r, c) => (c.human ? labelList(codes(r, 'PERLU_VERIFIKASI'), c) : codes(r, 'PERLU_VERIFIKASI')),
  },
  { key: 'jumlah_jabatan_kandidat', header: h('Jabatan dinilai', 'Posts evaluated'), kind: 'int', width: 7, get: (r) => r.postsEvaluated },
  { key: 'jumlah_siap_sekarang', header: h('Siap sekarang di', 'Ready now for'), kind: 'int', width: 7, get: (r) => r.postsReadyNow },
  { key: 'overload', header: h('Overload', 'Overload'), kind: 'bool', width: 7, get: (r, c) => bool(r.overload, c) },
];

function labelList(codesText: string, c: Ctx): string {
  return codesText === ''
    ? ''
    : codesText
        .split('|')
        .map((k) => tr(CHECK_LABEL[k], c.lang, k))
        .join('; ');
}

/** One row of kelayakan.csv: an evaluated pair, read from the typed arrays. */
export interface PairRow {
  i: number;
}

// few distinct masks and dates: one string each
const bitText = new Map<number, string>();
const bits = (mask: number) => {
  let t = bitText.get(mask);
  if (t === undefined) bitText.set(mask, (t = CHECK_CODES.filter((_, k) => (mask & (1 << k)) !== 0).join('|')));
  return t;
};
const dateText = new Map<number, string>();
const ymdOf = (n: number) => {
  let t = dateText.get(n);
  if (t === undefined)
    dateText.set(n, (t = `${String(Math.floor(n / 10000)).padStart(4, '0')}-${String(Math.floor(n / 100) % 100).padStart(2, '0')}-${String(n % 100).padStart(2, '0')}`));
  return t;
};

export const PAIR_COLUMNS: Column<PairRow>[] = [
  { key: 'kode_jabatan', header: h('Kode jabatan', 'Post code'), kind: 'text', width: 22, get: (r, c) => S(c).posts[S(c).pairs.post[r.i]!]!.post.code },
  { key: 'nip', header: h('NIP', 'NIP'), kind: 'text', width: 21, get: (r, c) => emp(c, S(c).pairs.employee[r.i]!).nip },
  { key: 'kelayakan', header: h('Kelayakan', 'Eligibility'), kind: 'text', width: 18, get: (r, c) => word(ELIGIBILITY_LABEL, ELIGIBILITY[S(c).pairs.eligibility[r.i]!]!, c) },
  { key: 'kesiapan', header: h('Kesiapan', 'Readiness'), kind: 'text', width: 18, get: (r, c) => word(READINESS_LABEL, READINESS[S(c).pairs.readiness[r.i]!]!, c) },
  { key: 'tanggal_siap', header: h('Tanggal siap', 'Ready date'), kind: 'text', width: 12, get: (r, c) => ymdOf(S(c).pairs.readyDate[r.i]!) },
  { key: 'belum_terpenuhi', header: h('Belum terpenuhi', 'Not met'), kind: 'text', width: 30, get: (r, c) => bits(S(c).pairs.notMet[r.i]!) },
  { key: 'perlu_verifikasi', header: h('Perlu verifikasi', 'Needs verification'), kind: 'text', width: 30, get: (r, c) => bits(S(c).pairs.verify[r.i]!) },
];

/** the pairs as rows, without an object per pair kept */
export function* pairRows(s: SuccessionResult): Generator<PairRow> {
  const row = { i: 0 };
  for (let i = 0; i < s.pairs.length; i++) {
    row.i = i;
    yield row;
  }
}

/**
 * kelayakan.csv as UTF-8 blocks: the same bytes as csvBlocks(PAIR_COLUMNS, pairRows(s)) (a test
 * holds them equal), without the per-cell machinery: a 20k agency has millions of pairs. Every
 * text goes through the same quoting and formula guard, once per post, person, mask and date.
 */
export function* pairCsvBlocks(s: SuccessionResult, c: Ctx): Generator<Buffer> {
  const field = (v: string) => (v === '' ? '' : csvField(neutralise(v)));
  yield Buffer.from('\uFEFF' + PAIR_COLUMNS.map((k) => csvField(k.key)).join(',') + '\n', 'utf8');
  const post = s.posts.map((r) => field(r.post.code));
  const nip = new Map<number, string>();
  const elig = ELIGIBILITY.map((e) => field(e));
  const ready = READINESS.map((r) => field(r));
  const masks = new Map<number, string>();
  const dates = new Map<number, string>();
  const t = s.pairs;
  let parts: string[] = [];
  let size = 0;
  for (let i = 0; i < t.length; i++) {
    const ei = t.employee[i]!;
    let n = nip.get(ei);
    if (n === undefined) nip.set(ei, (n = field(c.result.employees[ei]!.nip)));
    let d = dates.get(t.readyDate[i]!);
    if (d === undefined) dates.set(t.readyDate[i]!, (d = field(ymdOf(t.readyDate[i]!))));
    let a = masks.get(t.notMet[i]!);
    if (a === undefined) masks.set(t.notMet[i]!, (a = field(bits(t.notMet[i]!))));
    let b = masks.get(t.verify[i]!);
    if (b === undefined) masks.set(t.verify[i]!, (b = field(bits(t.verify[i]!))));
    const line = `${post[t.post[i]!]},${n},${elig[t.eligibility[i]!]},${ready[t.readiness[i]!]},${d},${a},${b}\n`;
    parts.push(line);
    size += line.length;
    if (size >= 1 << 20) {
      yield Buffer.from(parts.join(''), 'utf8');
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) yield Buffer.from(parts.join(''), 'utf8');
}

export const RETIREMENT_COLUMNS: Column<Retirement>[] = [
  { key: 'nip', header: h('NIP', 'NIP'), kind: 'text', width: 21, get: (r) => r.nip },
  { key: 'nama', header: h('Nama', 'Name'), kind: 'text', width: 26, get: (r, c) => emp(c, r.employee).nama },
  { key: 'jabatan', header: h('Jabatan', 'Post'), kind: 'text', width: 32, get: (r, c) => emp(c, r.employee).jabatan },
  { key: 'jenjang', header: h('Jenjang', 'Level'), kind: 'text', width: 14, get: (r, c) => word(JOB_LEVEL_LABEL, r.level || null, c) },
  { key: 'eselon', header: h('Eselon', 'Eselon'), kind: 'text', width: 7, get: (r, c) => emp(c, r.employee).eselon },
  { key: 'unor_induk', header: h('Perangkat daerah', 'Agency unit'), kind: 'text', width: 26, get: (r) => r.opd },
  { key: 'tanggal_lahir', header: h('Tanggal lahir', 'Birth date'), kind: 'text', width: 12, get: (r, c) => emp(c, r.employee).birthDate ?? '' },
  { key: 'bup', header: h('BUP', 'BUP'), kind: 'int', width: 5, get: (r) => r.bup },
  { key: 'sumber_bup', header: h('Sumber BUP', 'BUP source'), kind: 'text', width: 9, get: (r, c) => word(POST_STATUS_LABEL, r.bupSource, c) },
  { key: 'tanggal_pensiun', header: h('TMT pensiun', 'Pension date'), kind: 'text', width: 12, get: (r) => r.pensionDate },
  { key: 'bulan_menuju_pensiun', header: h('Bulan menuju pensiun', 'Months to pension'), kind: 'int', width: 8, get: (r) => r.monthsToPension },
  { key: 'tahun_pensiun', header: h('Tahun pensiun', 'Pension year'), kind: 'int', width: 7, get: (r) => r.year },
  { key: 'kode_jabatan_target', header: h('Kode jabatan target', 'Target post code'), kind: 'text', width: 22, get: (r) => r.postCode ?? '' },
];

export interface SummaryRow {
  section: string;
  code: string;
  label: string;
  count: number | null;
  share: number | null;
}

export const SUMMARY_COLUMNS: Column<SummaryRow>[] = [
  { key: 'bagian', header: h('Bagian', 'Section'), kind: 'text', width: 12, get: (r) => r.section },
  { key: 'kode', header: h('Kode', 'Code'), kind: 'text', width: 20, get: (r) => r.code },
  { key: 'label', header: h('Label', 'Label'), kind: 'text', width: 40, get: (r) => r.label },
  { key: 'jumlah', header: h('Jumlah', 'Count'), kind: 'int', width: 8, get: (r) => r.count },
  { key: 'persentase', header: h('Persentase', 'Share'), kind: 'number', width: 8, get: (r) => r.share },
];

/** ringkasan-suksesi.csv: totals, risk, bands, readiness of the pairs, retirements per year. */
export function summaryRows(s: SuccessionResult, c: Ctx): SummaryRow[] {
  const m = s.summary;
  const pct = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1e4) / 100);
  const rows: SummaryRow[] = [
    { section: 'total', code: 'JABATAN', label: c.lang === 'en' ? 'Target posts' : 'Jabatan target', count: m.positions, share: null },
    { section: 'total', code: 'KRITIKAL', label: c.lang === 'en' ? 'Critical posts' : 'Jabatan kritikal', count: m.critical, share: pct(m.critical, m.positions) },
    {
      section: 'total',
      code: 'TANPA_SUKSESOR',
      label: c.lang === 'en' ? 'Without a successor' : 'Tanpa suksesor',
      count: m.withoutSuccessor,
      share: pct(m.withoutSuccessor, m.positions),
    },
    {
      section: 'total',
      code: 'CAKUPAN',
      label: c.lang === 'en' ? 'Coverage (share of matched posts with a ready-now successor)' : 'Cakupan (jabatan dengan suksesor siap sekarang)',
      count: null,
      share: m.coverage === null ? null : Math.round(m.coverage * 1e4) / 100,
    },
    { section: 'total', code: 'PASANGAN', label: c.lang === 'en' ? 'Evaluated pairs' : 'Pasangan dinilai', count: m.evaluatedPairs, share: null },
    { section: 'total', code: 'OVERLOAD', label: 'OVERLOAD', count: m.overloaded, share: null },
  ];
  for (const [k, v] of Object.entries(m.byRisk)) rows.push({ section: 'risiko', code: k, label: tr(RISK_LABEL[k], c.lang, k), count: v, share: pct(v, m.positions) });
  for (const [k, v] of Object.entries(m.byBand)) rows.push({ section: 'pita', code: k, label: tr(BAND_LABEL[k], c.lang, k), count: v, share: pct(v, m.positions) });
  for (const [k, v] of Object.entries(m.byReadiness))
    rows.push({ section: 'kesiapan', code: k, label: tr(READINESS_LABEL[k], c.lang, k), count: v, share: pct(v, m.evaluatedPairs) });
  for (const [k, v] of Object.entries(m.retirementsByYear)) rows.push({ section: 'pensiun_tahun', code: k, label: k, count: v, share: null });
  return rows;
}
