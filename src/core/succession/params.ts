/**
 * The `succession` section of the policy profile (docs/rules.md §12.10): a zod schema and its
 * defaults. Every number here is an agency choice or a regulation's parameter, never code.
 * A profile without the section uses SUCCESSION_DEFAULTS. Pure.
 */
import { z } from 'zod';

export const LEVELS = [
  'PELAKSANA',
  'PENGAWAS',
  'ADMINISTRATOR',
  'JPT_PRATAMA',
  'JPT_MADYA',
  'JF_PEMULA',
  'JF_TERAMPIL',
  'JF_MAHIR',
  'JF_PENYELIA',
  'JF_AHLI_PERTAMA',
  'JF_AHLI_MUDA',
  'JF_AHLI_MADYA',
  'JF_AHLI_UTAMA',
] as const;
const level = z.enum(LEVELS);

export const READINESS = ['SIAP_SEKARANG', 'SIAP_1_2_TAHUN', 'SIAP_3_TAHUN', 'BUKAN_KANDIDAT'] as const;
export type Readiness = (typeof READINESS)[number];
const readiness = z.enum(READINESS);

export const RISK_LEVELS = ['RENDAH', 'SEDANG', 'TINGGI', 'KRITIS'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
const riskLevel = z.enum(RISK_LEVELS);

export const HEALTH = ['SEHAT', 'CUKUP', 'PERLU_PERHATIAN', 'BERISIKO'] as const;
export type Health = (typeof HEALTH)[number];

/** Bands of months to vacancy; the matrix rows (§5.8) */
export const BAND_ROWS = ['SUDAH_KOSONG', 'BULAN_6', 'BULAN_12', 'BULAN_24', 'DI_LUAR_HORIZON'] as const;

export const EDUCATION = ['SD', 'SLTP', 'SLTA', 'D-I', 'D-II', 'D-III', 'D-IV', 'S1', 'S2', 'S3'] as const;

const GOLONGAN_RE = /^(I|II|III|IV)\/[a-e]$/;
const golongan = z.string().regex(GOLONGAN_RE, 'expected a golongan such as "III/d"');
const mode = z.enum(['keras', 'peringatan', 'mati']);
export type CheckMode = z.infer<typeof mode>;

const feeder = z.strictObject({ levels: z.array(level).min(1), minYears: z.number().nonnegative() });
const headerList = z.record(z.string(), z.array(z.string().min(1)).min(1));

const scoreComponent = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(['talentScore', 'potentialScore', 'performanceScore']),
  weight: z.number().min(0).max(1),
});

const compiles = (s: string) => {
  try {
    new RegExp(s, 'i');
    return true;
  } catch {
    return false;
  }
};

const matrixRow = z.strictObject({ SEHAT: riskLevel, CUKUP: riskLevel, PERLU_PERHATIAN: riskLevel, BERISIKO: riskLevel });

export const successionSchema = z
  .strictObject({
    candidateBoxes: z.array(z.number().int().min(1).max(9)).min(1),
    developmentBoxes: z.array(z.number().int().min(1).max(9)),
    /** candidates excluded from the talent pool (TIDAK_AKTIF, HUKDIS, MENDEKATI_BUP, BUKAN_PNS) are not candidates */
    excludePoolExclusions: z.boolean(),
    feeders: z.strictObject({ JPT_MADYA: feeder, JPT_PRATAMA: feeder, ADMINISTRATOR: feeder, PENGAWAS: feeder }),
    /** years below the minimum in the current post: TIDAK_TERPENUHI (curable) instead of PERLU_VERIFIKASI */
    strictDuration: z.boolean(),
    minEducation: z.strictObject({
      PENGAWAS: z.enum(EDUCATION),
      ADMINISTRATOR: z.enum(EDUCATION),
      JPT_PRATAMA: z.enum(EDUCATION),
      JPT_MADYA: z.enum(EDUCATION),
    }),
    golongan: z.strictObject({
      /** mode of the default-derived minima; a value from the positions file is always keras */
      mode,
      byEselon: z.record(z.string(), golongan),
      byLevel: z.record(z.string(), golongan),
      kpRegulerTahun: z.number().int().positive(),
    }),
    performance: z.strictObject({ years: z.number().int().min(1).max(5), minPredikat: z.enum(['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']) }),
    hukdis: z.strictObject({
      years: z.number().positive(),
      levels: z.array(z.enum(['RINGAN', 'SEDANG', 'BERAT'])),
      possiblyServingMonths: z.number().int().nonnegative(),
    }),
    maxAge: z.record(z.string(), z.number().int().positive()),
    ageReference: z.enum(['TANGGAL_KOSONG', 'AS_OF']),
    minMonthsBeforeBup: z.number().int().nonnegative(),
    checks: z.record(z.string(), mode),
    readiness: z.strictObject({
      byBox: z.record(z.string(), readiness),
      monthBuckets: z
        .array(z.number().int().nonnegative())
        .length(2)
        .refine((b) => b[0]! < b[1]!, { message: 'monthBuckets must be ascending' }),
      overloadPositions: z.number().int().positive(),
    }),
    score: z.strictObject({
      components: z
        .array(scoreComponent)
        .min(1)
        .refine((cs) => Math.abs(cs.reduce((a, c) => a + c.weight, 0) - 1) < 1e-9, { message: 'score weights must sum to 1' }),
    }),
    nomineesPerPosition: z.number().int().min(1).max(50),
    vacancy: z.strictObject({
      horizonMonths: z.number().int().positive(),
      bands: z
        .array(z.number().int().positive())
        .length(3)
        .refine((b) => b[0]! < b[1]! && b[1]! < b[2]!, { message: 'bands must be ascending' }),
      retirementProjectionYears: z.number().int().min(1).max(10),
      pensionDate: z.enum(['AWAL_BULAN_BERIKUTNYA', 'TANGGAL_ULANG_TAHUN', 'AKHIR_BULAN']),
      bupKhusus: z.array(z.strictObject({ match: z.string().refine(compiles, { message: 'not a valid regular expression' }), age: z.number().int().min(50).max(75) })),
    }),
    risk: z.strictObject({
      matrix: z.strictObject({ SUDAH_KOSONG: matrixRow, BULAN_6: matrixRow, BULAN_12: matrixRow, BULAN_24: matrixRow, DI_LUAR_HORIZON: matrixRow }),
      raiseIfCritical: z.boolean(),
      jptAlwaysCritical: z.boolean(),
    }),
    headers: z.strictObject({ jabatan: headerList, roster: headerList }),
  })
  .superRefine((s, ctx) => {
    for (const k of Object.keys(s.golongan.byEselon)) {
      if (!/^(I|II|III|IV)\.[ab]$/.test(k)) ctx.addIssue({ code: 'custom', path: ['golongan', 'byEselon', k], message: `expected an eselon such as "III.a", got "${k}"` });
    }
    for (const k of Object.keys(s.golongan.byLevel)) {
      if (!(LEVELS as readonly string[]).includes(k)) ctx.addIssue({ code: 'custom', path: ['golongan', 'byLevel', k], message: `unknown level "${k}"` });
    }
    for (const k of Object.keys(s.maxAge)) {
      if (!(LEVELS as readonly string[]).includes(k)) ctx.addIssue({ code: 'custom', path: ['maxAge', k], message: `unknown level "${k}"` });
    }
    for (const k of Object.keys(s.readiness.byBox)) {
      if (!/^[1-9]$/.test(k)) ctx.addIssue({ code: 'custom', path: ['readiness', 'byBox', k], message: 'box keys are 1–9' });
    }
    for (const k of Object.keys(s.checks)) {
      if (!(CHECK_CODES as readonly string[]).includes(k)) ctx.addIssue({ code: 'custom', path: ['checks', k], message: `unknown check "${k}"` });
    }
    for (const f of ['nama_jabatan', 'jenjang', 'eselon'] as const) {
      if (!s.headers.jabatan[f]) ctx.addIssue({ code: 'custom', path: ['headers', 'jabatan', f], message: `the ${f} headers are required` });
    }
  });

export type SuccessionParams = z.infer<typeof successionSchema>;

/** The checks this version evaluates (§5.4), in funnel order. */
export const CHECK_CODES = [
  'S1_PNS',
  'S2_AKTIF',
  'S18_BUKAN_PEJABAT',
  'S17_LINGKUP',
  'S5_LAMA_JENJANG_ASAL',
  'S7_PENDIDIKAN_MIN',
  'S9_GOLONGAN_MIN',
  'S10_KINERJA_2_TAHUN',
  'S11_HUKDIS',
  'S12_USIA_MAKS',
  'S13_SISA_MASA_KERJA',
] as const;
export type CheckCode = (typeof CHECK_CODES)[number];

const m = (row: [RiskLevel, RiskLevel, RiskLevel, RiskLevel]) => ({ SEHAT: row[0], CUKUP: row[1], PERLU_PERHATIAN: row[2], BERISIKO: row[3] });

/** §5.10 defaults (profile permenpanrb-3-2020). */
export const SUCCESSION_DEFAULTS: SuccessionParams = {
  candidateBoxes: [7, 8, 9],
  developmentBoxes: [],
  excludePoolExclusions: true,
  feeders: {
    JPT_MADYA: { levels: ['JPT_PRATAMA', 'JF_AHLI_UTAMA'], minYears: 2 },
    JPT_PRATAMA: { levels: ['ADMINISTRATOR', 'JF_AHLI_MADYA'], minYears: 2 },
    ADMINISTRATOR: { levels: ['PENGAWAS', 'JF_AHLI_MUDA'], minYears: 3 },
    PENGAWAS: { levels: ['PELAKSANA', 'JF_AHLI_PERTAMA', 'JF_PENYELIA', 'JF_MAHIR', 'JF_TERAMPIL'], minYears: 4 },
  },
  strictDuration: false,
  minEducation: { PENGAWAS: 'D-III', ADMINISTRATOR: 'S1', JPT_PRATAMA: 'S1', JPT_MADYA: 'S1' },
  golongan: {
    mode: 'peringatan',
    byEselon: { 'I.a': 'IV/c', 'I.b': 'IV/b', 'II.a': 'IV/b', 'II.b': 'IV/a', 'III.a': 'III/d', 'III.b': 'III/c', 'IV.a': 'III/b', 'IV.b': 'III/a' },
    byLevel: { JPT_MADYA: 'IV/b', JPT_PRATAMA: 'IV/a', ADMINISTRATOR: 'III/c', PENGAWAS: 'III/a' },
    kpRegulerTahun: 4,
  },
  performance: { years: 2, minPredikat: 'BAIK' },
  hukdis: { years: 2, levels: ['SEDANG', 'BERAT'], possiblyServingMonths: 12 },
  maxAge: { JPT_PRATAMA: 56, JPT_MADYA: 58 },
  ageReference: 'TANGGAL_KOSONG',
  minMonthsBeforeBup: 12,
  checks: {},
  readiness: {
    byBox: { '9': 'SIAP_SEKARANG', '8': 'SIAP_SEKARANG', '7': 'SIAP_1_2_TAHUN', '6': 'SIAP_3_TAHUN', '5': 'SIAP_3_TAHUN' },
    monthBuckets: [0, 24],
    overloadPositions: 3,
  },
  score: { components: [{ id: 'nilai_talenta', kind: 'talentScore', weight: 1 }] },
  nomineesPerPosition: 5,
  vacancy: {
    horizonMonths: 24,
    bands: [6, 12, 24],
    retirementProjectionYears: 5,
    pensionDate: 'AWAL_BULAN_BERIKUTNYA',
    bupKhusus: [
      { match: 'guru besar|profesor', age: 70 },
      { match: '(peneliti|perekayasa) ahli utama', age: 70 },
      { match: '(peneliti|perekayasa) ahli madya', age: 65 },
      { match: '\\bdosen\\b', age: 65 },
      { match: '\\bguru\\b', age: 60 },
    ],
  },
  risk: {
    matrix: {
      SUDAH_KOSONG: m(['SEDANG', 'TINGGI', 'KRITIS', 'KRITIS']),
      BULAN_6: m(['RENDAH', 'TINGGI', 'KRITIS', 'KRITIS']),
      BULAN_12: m(['RENDAH', 'SEDANG', 'TINGGI', 'KRITIS']),
      BULAN_24: m(['RENDAH', 'RENDAH', 'SEDANG', 'TINGGI']),
      DI_LUAR_HORIZON: m(['RENDAH', 'RENDAH', 'RENDAH', 'SEDANG']),
    },
    raiseIfCritical: true,
    jptAlwaysCritical: false,
  },
  headers: {
    jabatan: {
      kode_jabatan: ['KODE JABATAN', 'ID JABATAN', 'JABATAN ID', 'KODE'],
      nama_jabatan: ['NAMA JABATAN', 'JABATAN', 'JABATAN TARGET', 'NAMA JABATAN TARGET'],
      unit_kerja: ['UNIT KERJA', 'UNOR', 'SATUAN KERJA'],
      perangkat_daerah: ['PERANGKAT DAERAH', 'OPD', 'UNOR INDUK', 'SATUAN KERJA INDUK', 'INSTANSI'],
      jenjang: ['JENJANG', 'JENJANG JABATAN', 'LEVEL JABATAN'],
      eselon: ['ESELON', 'ESELON NAMA'],
      kritikal: ['JABATAN KRITIKAL', 'KRITIKAL', 'POSISI KUNCI'],
      tingkat_kepentingan: ['TINGKAT KEPENTINGAN', 'PRIORITAS'],
      status_jabatan: ['STATUS JABATAN', 'STATUS'],
      nip_pejabat: ['NIP PEJABAT', 'NIP PEMANGKU', 'NIP INKUMBEN', 'NIP PEJABAT DEFINITIF'],
      kebutuhan: ['JUMLAH KEBUTUHAN', 'KEBUTUHAN', 'FORMASI', 'JUMLAH KURSI'],
      perkiraan_kosong: ['PERKIRAAN KOSONG', 'TANGGAL PERKIRAAN KOSONG', 'RENCANA KOSONG'],
      rencana_pengisian: ['TANGGAL RENCANA PENGISIAN', 'RENCANA PENGISIAN'],
      pendidikan_minimal: ['PENDIDIKAN MINIMAL', 'SYARAT PENDIDIKAN'],
      golongan_minimal: ['GOLONGAN MINIMAL', 'PANGKAT/GOL MINIMAL', 'SYARAT GOLONGAN'],
      lama_minimal: ['LAMA MINIMAL (TAHUN)', 'LAMA MINIMAL', 'PENGALAMAN MINIMAL'],
      usia_maksimal: ['USIA MAKSIMAL', 'BATAS USIA'],
      lingkup_kandidat: ['LINGKUP KANDIDAT', 'SUMBER KANDIDAT'],
      catatan: ['CATATAN', 'KETERANGAN'],
    },
    roster: {
      tmt_jabatan: ['TMT JABATAN', 'TMT JABATAN TERAKHIR'],
      tingkat_pendidikan: ['TINGKAT PENDIDIKAN NAMA', 'TK PENDIDIKAN', 'PENDIDIKAN TERAKHIR', 'TINGKAT PENDIDIKAN'],
      pendidikan: ['PENDIDIKAN NAMA', 'JURUSAN', 'PENDIDIKAN TERAKHIR NAMA'],
      tmt_golongan: ['TMT GOLONGAN', 'TMT GOLONGAN AKHIR', 'TMT GOL AKHIR'],
      kode_jabatan: ['KODE JABATAN', 'JABATAN ID'],
    },
  },
};

/** The effective section: the profile's, or the defaults. */
export function successionParams(profile: { succession?: SuccessionParams | undefined }): SuccessionParams {
  return profile.succession ?? SUCCESSION_DEFAULTS;
}

/** A check's mode: the profile's `checks` entry, else the default (keras). */
export function checkMode(p: SuccessionParams, code: CheckCode): CheckMode {
  let modes = modeCache.get(p);
  if (!modes) {
    modes = Object.fromEntries(CHECK_CODES.map((c) => [c, p.checks[c] ?? 'keras'])) as Record<CheckCode, CheckMode>;
    modeCache.set(p, modes);
  }
  return modes[code];
}
const modeCache = new WeakMap<SuccessionParams, Record<CheckCode, CheckMode>>();
