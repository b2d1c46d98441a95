/**
 * The succession rules (docs/rules.md §12.1, §8.2, §12.3–12.8), one test per rule. Every expected
 * value below is worked out by hand from the rule quoted beside it, reference date 2026-09-30.
 */
import { describe, expect, it } from 'vitest';
import { P } from './helpers.js';
import { bandOf, bupOf, pensionDate, wholeMonths } from '../../src/core/succession/vacancy.js';
import { candidateFacts, checksOf, educationRank, FastRecorder, evaluateChecks, parseEducation, postFacts, verdict } from '../../src/core/succession/eligibility.js';
import { readinessOf, readyDate, timeReadiness, monthsUntil } from '../../src/core/succession/readiness.js';
import { compareCandidates, TopN, type RankKey } from '../../src/core/succession/ranking.js';
import { benchStatus, pipelineHealth, riskOf } from '../../src/core/succession/bench.js';
import { SUCCESSION_DEFAULTS as D, successionSchema, type SuccessionParams } from '../../src/core/succession/params.js';
import { checkProfile, DEFAULT_PROFILE } from '../../src/core/profile.js';
import type { Employee } from '../../src/core/types.js';
import type { CheckResult, HukdisRecord, PersonExtra, Post } from '../../src/core/succession/types.js';

const AS_OF = '2026-09-30';

function employee(o: Partial<Employee> = {}): Employee {
  return {
    index: 0,
    source: { file: 'roster.csv', sheet: null, row: 2 },
    nip: '198001012005011001',
    nipValid: true,
    nama: 'Calon',
    gelarDepan: '',
    gelarBelakang: '',
    jenisPegawai: 'PNS',
    kedudukanHukum: 'Aktif',
    golongan: 'III/d',
    jenisJabatan: 'Jabatan Struktural',
    jabatan: 'Kepala Seksi',
    eselon: 'IV.a',
    unor: 'Seksi A',
    unorInduk: 'Dinas A',
    birthDate: '1980-01-01',
    bupAge: 58,
    currentLevel: 'PENGAWAS',
    targetLevel: 'ADMINISTRATOR',
    performance: {
      score: 100,
      level: 'DI_ATAS',
      years: [2024, 2025].map((year) => ({
        year,
        predikat: 'SANGAT_BAIK' as const,
        via: 'predikat' as const,
        score: 100,
        weight: 0.5,
        source: { file: 'skp.csv', sheet: null, row: 2 },
      })),
    },
    potential: { score: 95, level: 'TINGGI', jpmPotensi: 95, jpmKompetensi: 95, kompetensiFromParts: false, fromKategori: false, tanggalTes: '2025-03-01', source: null },
    box: 9,
    talentScore: 97.5,
    talentPool: true,
    krs: 'INSTANSI_NASIONAL',
    rank: 1,
    rankInTargetLevel: 1,
    rankInUnit: 1,
    reasons: [],
    notMappedReasons: [],
    exclusions: [],
    notes: [],
    ...o,
  };
}

const EXTRA: PersonExtra = { tmtJabatan: '2020-01-01', tingkatPendidikan: 'S1', pendidikan: 'Manajemen', tmtGolongan: '2022-04-01', kodeJabatan: null, rosterBup: null };

function post(o: Partial<Post> = {}): Post {
  return {
    code: 'DINAS-A-KABID',
    name: 'Kepala Bidang Program',
    unit: 'Bidang Program',
    opd: 'Dinas A',
    level: 'ADMINISTRATOR',
    eselon: 'III.b',
    source: 'TABEL',
    critical: false,
    importance: '',
    status: 'TERISI',
    incumbentNips: ['196701012000011001'],
    seats: 1,
    plannedVacancy: null,
    plannedFill: null,
    minEducation: null,
    minGolongan: null,
    minYears: null,
    maxAge: null,
    scope: 'INSTANSI',
    note: '',
    sourceRow: '',
    ...o,
  };
}

interface Pair {
  e?: Partial<Employee>;
  extra?: Partial<PersonExtra> | null;
  hukdis?: HukdisRecord[];
  hukdisTable?: boolean;
  post?: Partial<Post>;
  ref?: string;
  p?: SuccessionParams;
}
function checks(x: Pair = {}): CheckResult[] {
  const p = x.p ?? D;
  const extra = x.extra === null ? undefined : { ...EXTRA, ...x.extra };
  const cf = candidateFacts(employee(x.e), extra, x.hukdis ?? [], [2024, 2025], P, p);
  const pf = postFacts(post(x.post), x.ref ?? AS_OF, AS_OF, P, p);
  return checksOf(cf, pf, p, x.hukdisTable ?? true);
}
const check = (x: Pair, code: string) => {
  const c = checks(x).find((k) => k.code === code);
  if (!c) throw new Error(`no check ${code}`);
  return c;
};
const withP = (patch: (p: SuccessionParams) => void): SuccessionParams => {
  const p = structuredClone(D);
  patch(p);
  return p;
};

describe('vacancy forecast (§5.7, §1.3 B1, B4, B7)', () => {
  it('whole calendar months from --as-of: 30 Sep → 30 Mar is 6, → 29 Mar is 5', () => {
    expect(wholeMonths('2026-09-30', '2027-03-30')).toBe(6);
    expect(wholeMonths('2026-09-30', '2027-03-29')).toBe(5);
    expect(wholeMonths('2026-09-30', '2026-09-30')).toBe(0);
  });
  it('BUP: the roster BUP column first, then special JF ages (guru 60, dosen 65, profesor 70), then Pasal 239 (58/60/65)', () => {
    expect(bupOf(60, 'Kepala Seksi', 'PENGAWAS', 'IV.a', P, D)).toEqual({ age: 60, source: 'ROSTER' });
    expect(bupOf(null, 'Guru Ahli Muda', 'JF_AHLI_MUDA', '', P, D)).toEqual({ age: 60, source: 'KHUSUS' });
    expect(bupOf(null, 'Dosen Ahli Madya', 'JF_AHLI_MADYA', '', P, D)).toEqual({ age: 65, source: 'KHUSUS' });
    expect(bupOf(null, 'Guru Besar', 'JF_AHLI_UTAMA', '', P, D)).toEqual({ age: 70, source: 'KHUSUS' });
    expect(bupOf(null, 'Kepala Seksi', 'PENGAWAS', 'IV.a', P, D)).toEqual({ age: 58, source: 'JENJANG' });
    expect(bupOf(null, 'Kepala Dinas', 'JPT_PRATAMA', 'II.b', P, D)).toEqual({ age: 60, source: 'JENJANG' });
    expect(bupOf(null, 'Analis Kebijakan Ahli Utama', 'JF_AHLI_UTAMA', '', P, D)).toEqual({ age: 65, source: 'JENJANG' });
  });
  it('pension date by convention: first of the next month (default), the birthday, the end of the month', () => {
    expect(pensionDate('1968-03-15', 58, 'AWAL_BULAN_BERIKUTNYA')).toBe('2026-04-01');
    expect(pensionDate('1968-03-15', 58, 'TANGGAL_ULANG_TAHUN')).toBe('2026-03-15');
    expect(pensionDate('1968-03-15', 58, 'AKHIR_BULAN')).toBe('2026-03-31');
    expect(pensionDate('1968-12-05', 58, 'AWAL_BULAN_BERIKUTNYA')).toBe('2027-01-01');
  });
  it('bands [6, 12, 24] inclusive, horizon 24; on or before --as-of is already vacant; no date is TANPA_TANGGAL', () => {
    expect(bandOf('2026-09-30', AS_OF, D)).toBe('SUDAH_KOSONG');
    expect(bandOf('2027-03-30', AS_OF, D)).toBe('BULAN_6');
    expect(bandOf('2027-03-31', AS_OF, D)).toBe('BULAN_12');
    expect(bandOf('2028-09-30', AS_OF, D)).toBe('BULAN_24');
    expect(bandOf('2028-10-01', AS_OF, D)).toBe('DI_LUAR_HORIZON');
    expect(bandOf(null, AS_OF, D)).toBe('TANPA_TANGGAL');
    // a 12-month horizon cuts the 24-month band
    expect(
      bandOf(
        '2027-12-01',
        AS_OF,
        withP((p) => (p.vacancy.horizonMonths = 12)),
      ),
    ).toBe('DI_LUAR_HORIZON');
  });
});

describe('eligibility checks (§5.4)', () => {
  it('S1 PNS (Pasal 54 a, 55 a): PPPK fails, blank needs verification', () => {
    expect(check({}, 'S1_PNS').status).toBe('TERPENUHI');
    expect(check({ e: { jenisPegawai: 'PPPK' } }, 'S1_PNS').status).toBe('TIDAK_TERPENUHI');
    expect(check({ e: { jenisPegawai: '' } }, 'S1_PNS').status).toBe('PERLU_VERIFIKASI');
  });
  it('S2 active (pool rule): "Tugas Belajar" is not active; blank needs verification', () => {
    expect(check({ e: { kedudukanHukum: 'Tugas Belajar' } }, 'S2_AKTIF').status).toBe('TIDAK_TERPENUHI');
    expect(check({ e: { kedudukanHukum: '' } }, 'S2_AKTIF').status).toBe('PERLU_VERIFIKASI');
  });
  it('S5 years in the feeder level (Pasal 54 d: pengawas ≥ 3 years), inclusive: exactly 3.00 met; one day short needs verification with the date it is met', () => {
    expect(check({ extra: { tmtJabatan: '2023-09-30' } }, 'S5_LAMA_JENJANG_ASAL')).toMatchObject({ status: 'TERPENUHI', value: '3.00' });
    // "sedang atau pernah": earlier pengawas posts may count → verify, not fail
    expect(check({ extra: { tmtJabatan: '2023-10-01' } }, 'S5_LAMA_JENJANG_ASAL')).toMatchObject({ status: 'PERLU_VERIFIKASI', metDate: '2026-10-01', value: '2.99' });
    const strict = withP((p) => (p.strictDuration = true));
    expect(check({ extra: { tmtJabatan: '2023-10-01' }, p: strict }, 'S5_LAMA_JENJANG_ASAL')).toMatchObject({ status: 'TIDAK_TERPENUHI', metDate: '2026-10-01' });
    expect(check({ extra: { tmtJabatan: null } }, 'S5_LAMA_JENJANG_ASAL').status).toBe('PERLU_VERIFIKASI');
    // measured at the post's reference date: 2.99 years at --as-of is 3 years at a later planned fill
    expect(check({ extra: { tmtJabatan: '2023-10-01' }, ref: '2026-10-01' }, 'S5_LAMA_JENJANG_ASAL').status).toBe('TERPENUHI');
    // JPT pratama needs 2 years (Pasal 107 c.4)
    expect(check({ extra: { tmtJabatan: '2024-09-30' }, post: { level: 'JPT_PRATAMA', eselon: 'II.b' } }, 'S5_LAMA_JENJANG_ASAL').status).toBe('TERPENUHI');
  });
  it('S7 education (Pasal 54 b: administrator S1/D-IV; 55 b: pengawas D-III): a D-III candidate for administrator fails and time does not cure it', () => {
    const c = check({ extra: { tingkatPendidikan: 'D-III' } }, 'S7_PENDIDIKAN_MIN');
    expect(c).toMatchObject({ status: 'TIDAK_TERPENUHI', metDate: null, value: 'D-III', required: 'S1' });
    expect(check({ extra: { tingkatPendidikan: 'Diploma IV' } }, 'S7_PENDIDIKAN_MIN').status).toBe('TERPENUHI');
    expect(check({ extra: { tingkatPendidikan: 'D-III' }, post: { level: 'PENGAWAS', eselon: 'IV.a' } }, 'S7_PENDIDIKAN_MIN').status).toBe('TERPENUHI');
    expect(check({ extra: { tingkatPendidikan: null } }, 'S7_PENDIDIKAN_MIN').status).toBe('PERLU_VERIFIKASI');
    expect(check({ extra: { tingkatPendidikan: 'kursus' } }, 'S7_PENDIDIKAN_MIN').reason).toBe('NILAI_TIDAK_DIKENAL');
    // the post's own value overrides the level default
    expect(check({ extra: { tingkatPendidikan: 'S1' }, post: { minEducation: 'S2' } }, 'S7_PENDIDIKAN_MIN').status).toBe('TIDAK_TERPENUHI');
  });
  it('education order SD < SLTP < SLTA < D-I < D-II < D-III < D-IV = S1 < S2 < S3', () => {
    expect(['SD', 'SLTP', 'SLTA', 'D-I', 'D-II', 'D-III', 'D-IV', 'S2', 'S3'].map(educationRank)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(educationRank('S1')).toBe(educationRank('D-IV'));
    expect(['Sarjana', 'S-1', 'Strata 2', 'SMA', 'SLTA/Sederajat', 'D 3'].map(parseEducation)).toEqual(['S1', 'S1', 'S2', 'SLTA', 'SLTA', 'D-III']);
  });
  it('S9 golongan (PP 100/2000 Pasal 5 b + PP 13/2002: III.b → III/c); one step below with the next regular KP in 10 months is curable, without TMT GOLONGAN it is not', () => {
    // III/b for III.b (min III/c): one step below; TMT golongan 2023-07-01 + 4 years = 2027-07-01
    const c = check({ e: { golongan: 'III/b' }, extra: { tmtGolongan: '2023-07-01' } }, 'S9_GOLONGAN_MIN');
    expect(c).toMatchObject({ status: 'TIDAK_TERPENUHI', metDate: '2027-07-01', mode: 'peringatan', required: 'III/c' });
    expect(check({ e: { golongan: 'III/b' }, extra: { tmtGolongan: null } }, 'S9_GOLONGAN_MIN')).toMatchObject({ status: 'TIDAK_TERPENUHI', metDate: null });
    // two steps below: never curable by one KP
    expect(check({ e: { golongan: 'III/a' }, extra: { tmtGolongan: '2023-07-01' } }, 'S9_GOLONGAN_MIN').metDate).toBeNull();
    // a value written in the positions file is always keras
    expect(check({ e: { golongan: 'III/c' }, extra: { tmtGolongan: null }, post: { minGolongan: 'III/d' } }, 'S9_GOLONGAN_MIN')).toMatchObject({
      status: 'TIDAK_TERPENUHI',
      mode: 'keras',
    });
    // one step below and the regular KP (2022-04-01 + 4 = 2026-04-01) already past --as-of: verify, never "ready now" by assumption
    expect(check({ e: { golongan: 'III/c' }, extra: { tmtGolongan: '2022-04-01' }, post: { minGolongan: 'III/d' } }, 'S9_GOLONGAN_MIN')).toMatchObject({
      status: 'PERLU_VERIFIKASI',
      reason: 'KP_TERLAMBAT',
    });
    expect(check({ e: { golongan: '' } }, 'S9_GOLONGAN_MIN').status).toBe('PERLU_VERIFIKASI');
    // eselon II.a → IV/b; without an eselon, by level (administrator III/c)
    expect(check({ e: { golongan: 'IV/a' }, extra: { tmtGolongan: null }, post: { level: 'JPT_PRATAMA', eselon: 'II.a' } }, 'S9_GOLONGAN_MIN')).toMatchObject({
      status: 'TIDAK_TERPENUHI',
      required: 'IV/b',
    });
    expect(check({ e: { golongan: 'III/c' }, post: { eselon: '' } }, 'S9_GOLONGAN_MIN')).toMatchObject({ status: 'TERPENUHI', required: 'III/c' });
  });
  it('S10 SKP of the last 2 years ≥ Baik (Pasal 54 e): Butuh Perbaikan in one year fails; a missing year needs verification', () => {
    const perf = (a: string | null, b: string | null) => ({
      score: 80,
      level: 'SESUAI' as const,
      years: [
        [2024, a],
        [2025, b],
      ]
        .filter(([, x]) => x !== null)
        .map(([year, predikat]) => ({
          year: year as number,
          predikat: predikat as 'BAIK',
          via: 'predikat' as const,
          score: 80,
          weight: 0.5,
          source: { file: 's', sheet: null, row: 1 },
        })),
    });
    expect(check({ e: { performance: perf('BAIK', 'BAIK') } }, 'S10_KINERJA_2_TAHUN').status).toBe('TERPENUHI');
    expect(check({ e: { performance: perf('BAIK', 'BUTUH_PERBAIKAN') } }, 'S10_KINERJA_2_TAHUN').status).toBe('TIDAK_TERPENUHI');
    expect(check({ e: { performance: perf(null, 'SANGAT_BAIK') } }, 'S10_KINERJA_2_TAHUN').status).toBe('PERLU_VERIFIKASI');
  });
  it('S11 hukdis sedang/berat within 2 years before the reference date (Buleleng; PP 94/2021): 23 months before fails, 25 months before is met; no table needs verification', () => {
    const ref = '2027-09-30';
    expect(check({ ref, hukdis: [{ level: 'SEDANG', tmt: '2025-10-30' }] }, 'S11_HUKDIS').status).toBe('TIDAK_TERPENUHI');
    expect(check({ ref, hukdis: [{ level: 'SEDANG', tmt: '2025-08-30' }] }, 'S11_HUKDIS').status).toBe('TERPENUHI');
    // a ringan hukdis 6 months before: possibly still being served → verify
    expect(check({ ref, hukdis: [{ level: 'RINGAN', tmt: '2027-03-30' }] }, 'S11_HUKDIS').status).toBe('PERLU_VERIFIKASI');
    expect(check({ hukdisTable: false }, 'S11_HUKDIS')).toMatchObject({ status: 'PERLU_VERIFIKASI', reason: 'TABEL_HUKDIS_TIDAK_ADA' });
  });
  it('S12 JPT pratama at most 56 (Pasal 107 c.6): 56 years and 0 days at the reference date is met, one day more fails', () => {
    const jpt = { level: 'JPT_PRATAMA', eselon: 'II.b' };
    expect(check({ e: { birthDate: '1970-10-01' }, post: jpt, ref: '2026-10-01' }, 'S12_USIA_MAKS').status).toBe('TERPENUHI');
    expect(check({ e: { birthDate: '1970-10-01' }, post: jpt, ref: '2026-10-02' }, 'S12_USIA_MAKS').status).toBe('TIDAK_TERPENUHI');
    // administrator: no age cap, no check
    expect(checks({}).some((c) => c.code === 'S12_USIA_MAKS')).toBe(false);
    // ageReference AS_OF measures at --as-of instead
    const asOfAge = withP((p) => (p.ageReference = 'AS_OF'));
    expect(check({ e: { birthDate: '1970-10-01' }, post: jpt, ref: '2026-10-02', p: asOfAge }, 'S12_USIA_MAKS').status).toBe('TERPENUHI');
  });
  it('S13 ≥ 12 months of service before the BUP of the target level (B8): 58 for administrator, 60 for JPT', () => {
    // born 1968-10-15: BUP 58 → pension 2026-11-01, 1 month after the reference date
    expect(check({ e: { birthDate: '1968-10-15' } }, 'S13_SISA_MASA_KERJA')).toMatchObject({ status: 'TIDAK_TERPENUHI', value: '1' });
    // the same person for a JPT post: BUP 60 → 2028-11-01, 25 months
    expect(check({ e: { birthDate: '1968-10-15' }, post: { level: 'JPT_PRATAMA', eselon: 'II.b' } }, 'S13_SISA_MASA_KERJA')).toMatchObject({ status: 'TERPENUHI', value: '25' });
    expect(check({ e: { birthDate: null } }, 'S13_SISA_MASA_KERJA').status).toBe('PERLU_VERIFIKASI');
  });
  it('S17 scope and S18 not the incumbent', () => {
    expect(check({ post: { scope: 'PERANGKAT_DAERAH', opd: 'Dinas B' } }, 'S17_LINGKUP').status).toBe('TIDAK_TERPENUHI');
    expect(check({ post: { scope: 'PERANGKAT_DAERAH', opd: 'dinas a' } }, 'S17_LINGKUP').status).toBe('TERPENUHI');
    expect(check({ post: { incumbentNips: ['198001012005011001'] } }, 'S18_BUKAN_PEJABAT').status).toBe('TIDAK_TERPENUHI');
  });
  it('a check switched off (mode mati) is TIDAK_DIPERIKSA and never decides', () => {
    const off = withP((p) => (p.checks = { S7_PENDIDIKAN_MIN: 'mati' }));
    const cs = checks({ extra: { tingkatPendidikan: 'SLTA' }, p: off });
    expect(cs.find((c) => c.code === 'S7_PENDIDIKAN_MIN')!.status).toBe('TIDAK_DIPERIKSA');
    expect(verdict(cs)).toBe('MEMENUHI');
  });
});

describe('verdict and readiness (§5.4, §5.5)', () => {
  it('verdict over keras checks: uncurable fail → TIDAK_MEMENUHI; curable only → MEMENUHI_DENGAN_WAKTU; verify only → PERLU_VERIFIKASI; a peringatan fail is a note', () => {
    expect(verdict(checks({ extra: { tingkatPendidikan: 'D-III' } }))).toBe('TIDAK_MEMENUHI');
    const strict = withP((p) => (p.strictDuration = true));
    expect(verdict(checks({ extra: { tmtJabatan: '2024-01-01' }, p: strict }))).toBe('MEMENUHI_DENGAN_WAKTU');
    expect(verdict(checks({ hukdisTable: false }))).toBe('PERLU_VERIFIKASI');
    // golongan two steps below under the default peringatan mode
    expect(verdict(checks({ e: { golongan: 'III/a' } }))).toBe('MEMENUHI');
    const keras = withP((p) => (p.golongan.mode = 'keras'));
    expect(verdict(checks({ e: { golongan: 'III/a' }, p: keras }))).toBe('TIDAK_MEMENUHI');
  });
  it('the fast recorder gives the same verdict, ready date and bits as the full checks', () => {
    const cases: Pair[] = [
      {},
      { extra: { tingkatPendidikan: 'D-III' } },
      { hukdisTable: false },
      { e: { golongan: 'III/b' }, extra: { tmtGolongan: '2023-07-01' }, p: withP((p) => (p.golongan.mode = 'keras')) },
      { extra: { tmtJabatan: '2024-01-01' }, p: withP((p) => (p.strictDuration = true)) },
    ];
    for (const x of cases) {
      const p = x.p ?? D;
      const full = checks(x);
      const r = new FastRecorder().reset(AS_OF);
      evaluateChecks(
        candidateFacts(employee(x.e), { ...EXTRA, ...x.extra }, x.hukdis ?? [], [2024, 2025], P, p),
        postFacts(post(x.post), AS_OF, AS_OF, P, p),
        p,
        x.hukdisTable ?? true,
        r,
      );
      expect(r.eligibility).toBe(verdict(full));
      expect(r.ready).toBe(readyDate(full, AS_OF));
    }
  });
  it('golongan one step below with the next KP in 10 months (keras): ready 2027-07-01 → SIAP_1_2_TAHUN even for box 9', () => {
    const keras = withP((p) => (p.golongan.mode = 'keras'));
    const cs = checks({ e: { golongan: 'III/b' }, extra: { tmtGolongan: '2023-07-01' }, p: keras });
    expect(readyDate(cs, AS_OF)).toBe('2027-07-01');
    expect(monthsUntil(AS_OF, '2027-07-01')).toBe(10);
    expect(readinessOf(verdict(cs), 9, readyDate(cs, AS_OF), AS_OF, keras)).toBe('SIAP_1_2_TAHUN');
  });
  it('time buckets [0, 24]: ready on --as-of now; ≤ 24 months 1–2 years; later 3+ years', () => {
    expect(timeReadiness(AS_OF, AS_OF, D)).toBe('SIAP_SEKARANG');
    expect(timeReadiness('2028-09-30', AS_OF, D)).toBe('SIAP_1_2_TAHUN');
    expect(timeReadiness('2028-10-01', AS_OF, D)).toBe('SIAP_3_TAHUN');
  });
  it('readiness = the worse of box (9, 8 ready now; 7 1–2 years) and time; not eligible → BUKAN_KANDIDAT', () => {
    expect(readinessOf('MEMENUHI', 9, AS_OF, AS_OF, D)).toBe('SIAP_SEKARANG');
    expect(readinessOf('MEMENUHI', 8, AS_OF, AS_OF, D)).toBe('SIAP_SEKARANG');
    // a box-7 candidate who meets every check
    expect(readinessOf('MEMENUHI', 7, AS_OF, AS_OF, D)).toBe('SIAP_1_2_TAHUN');
    expect(readinessOf('MEMENUHI_DENGAN_WAKTU', 9, '2029-01-01', AS_OF, D)).toBe('SIAP_3_TAHUN');
    expect(readinessOf('TIDAK_MEMENUHI', 9, AS_OF, AS_OF, D)).toBe('BUKAN_KANDIDAT');
    // ketat-lampiran: only box 9 ready now (R13)
    const ketat = withP((p) => (p.readiness.byBox['8'] = 'SIAP_1_2_TAHUN'));
    expect(readinessOf('MEMENUHI', 8, AS_OF, AS_OF, ketat)).toBe('SIAP_1_2_TAHUN');
    expect(readinessOf('MEMENUHI', 7, AS_OF, AS_OF, ketat)).toBe('SIAP_1_2_TAHUN');
  });
});

describe('ranking within a post (§5.6)', () => {
  const key = (o: Partial<RankKey>): RankKey => ({
    readiness: 'SIAP_SEKARANG',
    eligibility: 'MEMENUHI',
    score: 80,
    box: 9,
    talent: 80,
    potential: 80,
    performance: 80,
    monthsInPost: 24,
    golongan: 12,
    nip: '1',
    ...o,
  });
  it('readiness, then eligibility, then score ↓, box ↓, talent ↓, potential ↓, performance ↓, months in post ↓, golongan ↓, NIP ↑; empty values last', () => {
    const order: [Partial<RankKey>, Partial<RankKey>][] = [
      [
        { readiness: 'SIAP_SEKARANG', score: 10 },
        { readiness: 'SIAP_1_2_TAHUN', score: 99 },
      ],
      [
        { eligibility: 'MEMENUHI', score: 10 },
        { eligibility: 'PERLU_VERIFIKASI', score: 99 },
      ],
      [{ eligibility: 'PERLU_VERIFIKASI' }, { eligibility: 'MEMENUHI_DENGAN_WAKTU' }],
      [{ score: 90 }, { score: 89 }],
      [{ score: 1 }, { score: null }],
      [{ box: 9 }, { box: 8 }],
      [{ talent: 81 }, { talent: 80 }],
      [{ potential: 81 }, { potential: 80 }],
      [{ performance: 81 }, { performance: 80 }],
      [{ monthsInPost: 25 }, { monthsInPost: 24 }],
      [{ monthsInPost: 1 }, { monthsInPost: null }],
      [{ golongan: 13 }, { golongan: 12 }],
      [{ nip: '1' }, { nip: '2' }],
    ];
    for (const [a, b] of order) {
      expect(compareCandidates(key(a), key(b))).toBeLessThan(0);
      expect(compareCandidates(key(b), key(a))).toBeGreaterThan(0);
    }
  });
  it('the top N kept while streaming equals the first N of the full sort', () => {
    const keys = Array.from({ length: 40 }, (_, i) => key({ score: (i * 37) % 11, box: 7 + (i % 3), nip: String(100 + i) }));
    const top = new TopN<RankKey>(5);
    for (const k of keys) top.add(k);
    expect(top.items.map((k) => k.nip)).toEqual(
      [...keys]
        .sort(compareCandidates)
        .slice(0, 5)
        .map((k) => k.nip),
    );
  });
});

describe('bench and risk (§5.8)', () => {
  it('pipeline health against the seats: SEHAT ready-now ≥ seats; CUKUP with 1–2 years; PERLU_PERHATIAN any; BERISIKO none', () => {
    expect(pipelineHealth({ readyNow: 1, ready12: 0, ready3: 0, verify: 0 }, 1)).toBe('SEHAT');
    expect(pipelineHealth({ readyNow: 1, ready12: 0, ready3: 0, verify: 0 }, 2)).toBe('PERLU_PERHATIAN');
    expect(pipelineHealth({ readyNow: 1, ready12: 1, ready3: 0, verify: 0 }, 2)).toBe('CUKUP');
    expect(pipelineHealth({ readyNow: 0, ready12: 0, ready3: 1, verify: 0 }, 1)).toBe('PERLU_PERHATIAN');
    expect(pipelineHealth({ readyNow: 0, ready12: 0, ready3: 0, verify: 0 }, 1)).toBe('BERISIKO');
    expect(benchStatus({ readyNow: 0, ready12: 2, ready3: 0, verify: 0 })).toBe('SIAP_MASA_DEPAN');
    expect(benchStatus({ readyNow: 0, ready12: 0, ready3: 0, verify: 0 })).toBe('TANPA_SUKSESOR');
  });
  it('risk = matrix[band][health], one level up for a critical post, capped at KRITIS', () => {
    expect(riskOf('BULAN_6', 'CUKUP', false, D)).toBe('TINGGI');
    expect(riskOf('BULAN_12', 'CUKUP', false, D)).toBe('SEDANG');
    expect(riskOf('BULAN_24', 'PERLU_PERHATIAN', false, D)).toBe('SEDANG');
    expect(riskOf('SUDAH_KOSONG', 'SEHAT', false, D)).toBe('SEDANG');
    expect(riskOf('TANPA_TANGGAL', 'BERISIKO', false, D)).toBe('SEDANG');
    expect(riskOf('BULAN_24', 'PERLU_PERHATIAN', true, D)).toBe('TINGGI');
    expect(riskOf('SUDAH_KOSONG', 'BERISIKO', true, D)).toBe('KRITIS');
    expect(
      riskOf(
        'BULAN_24',
        'PERLU_PERHATIAN',
        true,
        withP((p) => (p.risk.raiseIfCritical = false)),
      ),
    ).toBe('SEDANG');
  });
});

describe('profile section (§5.10)', () => {
  it('the defaults validate; a profile without the section stays valid', () => {
    expect(successionSchema.safeParse(D).success).toBe(true);
    expect(checkProfile(DEFAULT_PROFILE).ok).toBe(true);
  });
  it('invalid values are refused with their path', () => {
    const bad = (patch: (p: SuccessionParams) => void) => {
      const r = checkProfile({ ...DEFAULT_PROFILE, succession: withP(patch) });
      return r.ok ? [] : r.errors;
    };
    expect(bad((p) => (p.score.components[0]!.weight = 0.5)).join('\n')).toMatch(/succession\.score\.components: score weights must sum to 1/);
    expect(bad((p) => (p.readiness.monthBuckets = [24, 0])).join('\n')).toMatch(/succession\.readiness\.monthBuckets: monthBuckets must be ascending/);
    expect(bad((p) => (p.golongan.byEselon['III.a'] = '3d?')).join('\n')).toMatch(/succession\.golongan\.byEselon\.III\.a: expected a golongan such as "III\/d"/);
    expect(bad((p) => ((p.feeders.PENGAWAS.levels as string[]) = ['PELAKSANA', 'KEPALA'])).join('\n')).toMatch(/succession\.feeders\.PENGAWAS\.levels\.1/);
    expect(bad((p) => ((p.risk.matrix.BULAN_6 as Record<string, string>).SEHAT = 'PARAH')).join('\n')).toMatch(/succession\.risk\.matrix\.BULAN_6\.SEHAT/);
    expect(bad((p) => (p.vacancy.bupKhusus = [{ match: '(guru', age: 60 }])).join('\n')).toMatch(/succession\.vacancy\.bupKhusus\.0\.match: not a valid regular expression/);
  });
});
