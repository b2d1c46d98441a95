/**
 * The policy profile: a zod schema (the types come from it) and the default profile as data.
 * Normative source: docs/rules.md, profile `permenpanrb-3-2020` version 1.
 */
import { z } from 'zod';
// ---- succession: the section's schema and defaults live in core/succession/params.ts
import { successionSchema } from './succession/params.js';

const text2 = z.strictObject({ id: z.string(), en: z.string() });

const predikat = z.enum(['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']);
export type Predikat = z.infer<typeof predikat>;
const rating = z.enum(['DI_ATAS', 'SESUAI', 'DI_BAWAH']);
export type Rating = z.infer<typeof rating>;

const band = z.strictObject({ min: z.number(), predikat });

const legacyEra = z.strictObject({
  name: z.string(),
  /** inclusive year range the era applies to */
  fromYear: z.number().int().nullable(),
  toYear: z.number().int().nullable(),
  scaleMin: z.number(),
  scaleMax: z.number(),
  /** inclusive lower bounds, highest first; below the last band: `otherwise` */
  bands: z.array(band).min(1),
  otherwise: predikat,
});

const score0to200 = z.number().min(0).max(200);
const weight = z.number().min(0).max(1);
const cutoffs = z
  .strictObject({ high: score0to200, middle: score0to200 })
  .refine((t) => t.high > t.middle, { message: 'thresholds out of order: high must be greater than middle' });

/** A band table: inclusive lower bounds, highest first → score. */
const bands = z.array(z.strictObject({ min: z.number(), score: z.number().min(0).max(200) })).min(1);

/**
 * A potential component. `cact` is the CACT score (JPM potensi + kompetensi). The others are
 * computed from roster columns (declare their headers under `headers.roster`) or the hukdis table.
 */
const component = z.discriminatedUnion('kind', [
  z.strictObject({ id: z.string().min(1), kind: z.literal('cact'), weight, description: z.string().optional() }),
  z.strictObject({
    id: z.string().min(1),
    kind: z.literal('lookup'),
    weight,
    /** roster field (a key of headers.roster) */
    field: z.string().min(1),
    /** value (matched case-insensitively, whitespace folded) → score */
    table: z.record(z.string(), z.number().min(0).max(200)),
    /** score when the value is empty or not in the table */
    missing: z.number().min(0).max(200),
    description: z.string().optional(),
  }),
  z.strictObject({
    id: z.string().min(1),
    kind: z.literal('number'),
    weight,
    field: z.string().min(1),
    /** a number column: used as is (0–100), or mapped through bands when given */
    bands: bands.optional(),
    missing: z.number().min(0).max(200),
    description: z.string().optional(),
  }),
  z.strictObject({
    id: z.string().min(1),
    kind: z.literal('yearsSince'),
    weight,
    /** a date column (e.g. TMT JABATAN): whole years until the reference date, through bands */
    field: z.string().min(1),
    bands,
    missing: z.number().min(0).max(200),
    description: z.string().optional(),
  }),
  z.strictObject({
    id: z.string().min(1),
    kind: z.literal('hukdis'),
    weight,
    /** the heaviest hukdis within `years` before the reference date → score */
    years: z.number().positive(),
    scores: z.strictObject({ none: z.number(), ringan: z.number(), sedang: z.number(), berat: z.number() }),
    description: z.string().optional(),
  }),
]);
export type PotentialComponent = z.infer<typeof component>;

// ---- input rules: what a rule does when its data is missing or odd -------------------
// Kept in one block of its own. Every key has a default, so profiles written before it still load.
const INPUT_RULES_DEFAULT = {
  uncheckedExclusion: 'include',
  undatedCact: 'useWithNote',
  yearOnlyDate: 'start',
  periodicOnlyYear: 'absent',
} as const;
const inputRules = z
  .strictObject({
    /**
     * A talent-pool exclusion (TIDAK_AKTIF, HUKDIS, MENDEKATI_BUP, BUKAN_PNS) whose data is missing
     * (no column, no hukdis table, an empty cell): `include` keeps the employee in the pool with a
     * note TIDAK_DIPERIKSA:<rule> to verify by hand; `exclude` keeps them out (reason TIDAK_DIPERIKSA).
     */
    uncheckedExclusion: z.enum(['include', 'exclude']).default(INPUT_RULES_DEFAULT.uncheckedExclusion),
    /** a CACT result without a test date: used with a note (its 3-year validity unchecked), or not mapped */
    undatedCact: z.enum(['useWithNote', 'notMapped']).default(INPUT_RULES_DEFAULT.undatedCact),
    /** the day a date written as a bare year (`2025`) stands for: 1 January, 1 July or 31 December */
    yearOnlyDate: z.enum(['start', 'middle', 'end']).default(INPUT_RULES_DEFAULT.yearOnlyDate),
    /** an SKP year with only periodic (monthly/quarterly) e-Kinerja rows: absent, or the latest period's predikat */
    periodicOnlyYear: z.enum(['absent', 'latestPeriod']).default(INPUT_RULES_DEFAULT.periodicOnlyYear),
  })
  .default({ ...INPUT_RULES_DEFAULT });
// ---- end of input rules -------------------------------------------------------------------------

const sumsToOne = (xs: number[]) => Math.abs(xs.reduce((a, b) => a + b, 0) - 1) < 1e-9;

export const profileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    description: z.string().optional(),
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'use lower-case letters, digits, ".", "_" or "-"'),
    version: z.number().int().positive(),
    name: text2,
    /** Header aliases per logical table and field (matched after normalisation). */
    headers: z.strictObject({
      roster: z.record(z.string(), z.array(z.string()).min(1)),
      cact: z.record(z.string(), z.array(z.string()).min(1)),
      skp: z.record(z.string(), z.array(z.string()).min(1)),
      hukdis: z.record(z.string(), z.array(z.string()).min(1)),
    }),
    performance: z.strictObject({
      /** predikat → score */
      scores: z.record(predikat, z.number()),
      /** accepted spellings per predikat (compared after folding case and whitespace) */
      predikatAliases: z.record(predikat, z.array(z.string())),
      ratingAliases: z.record(rating, z.array(z.string())),
      /** PermenPANRB 6/2022 matrix: hasil kerja → perilaku kerja → predikat */
      matrix: z.record(rating, z.record(rating, predikat)),
      legacyEras: z.array(legacyEra),
      /** weights of year N, N-1, … (latest first); the window has as many years as weights */
      yearWeights: z.array(z.number().positive().max(1)).min(1).max(5).refine(sumsToOne, { message: 'weights must sum to 1' }),
      thresholds: cutoffs,
    }),
    potential: z
      .strictObject({
        potensiWeight: weight,
        kompetensiWeight: weight,
        thresholds: cutoffs,
        kategoriAliases: z.record(z.enum(['TINGGI', 'MENENGAH', 'RENDAH']), z.array(z.string())),
        validityYears: z.number().positive(),
        /** what an expired CACT means: not mapped (CACT_KEDALUWARSA), or used with a warning note */
        expiry: z.enum(['notMapped', 'useWithNote']),
        /** weighted components of the potential score; weights sum to 1 */
        components: z
          .array(component)
          .min(1)
          .refine((cs) => sumsToOne(cs.map((c) => c.weight)), { message: 'component weights must sum to 1' })
          .refine((cs) => cs.filter((c) => c.kind === 'cact').length === 1, {
            message: 'exactly one component of kind "cact" is required',
          })
          .refine((cs) => new Set(cs.map((c) => c.id)).size === cs.length, { message: 'component ids must be unique' }),
      })
      .refine((p) => sumsToOne([p.potensiWeight, p.kompetensiWeight]), {
        message: 'potensiWeight + kompetensiWeight must sum to 1',
        path: ['kompetensiWeight'],
      }),
    /** box[potentialLevel][performanceLevel] */
    boxes: z.record(z.enum(['TINGGI', 'MENENGAH', 'RENDAH']), z.record(rating, z.number().int().min(1).max(9))),
    boxText: z.record(z.string(), z.strictObject({ label: text2, rekomendasi: text2 })),
    talentPool: z.strictObject({
      boxes: z.array(z.number().int().min(1).max(9)),
      nationalBoxes: z.array(z.number().int().min(1).max(9)),
      inactive: z.strictObject({ enabled: z.boolean(), activeValues: z.array(z.string()) }),
      hukdis: z.strictObject({
        enabled: z.boolean(),
        years: z.number().positive(),
        levels: z.array(z.enum(['RINGAN', 'SEDANG', 'BERAT'])),
      }),
      bup: z.strictObject({
        enabled: z.boolean(),
        monthsBefore: z.number().int().nonnegative(),
        default: z.number().int(),
        jpt: z.number().int(),
        ahliMadya: z.number().int(),
        ahliUtama: z.number().int(),
      }),
      pnsOnly: z.strictObject({ enabled: z.boolean(), pnsValues: z.array(z.string()) }),
    }),
    /** headers of a box assigned upstream (e.g. SIMATA BKN), compared with the computed box */
    upstreamBoxHeaders: z.array(z.string().min(1)),
    talentScore: z.strictObject({ performanceWeight: weight, potentialWeight: weight }).refine((t) => sumsToOne([t.performanceWeight, t.potentialWeight]), {
      message: 'performanceWeight + potentialWeight must sum to 1',
      path: ['potentialWeight'],
    }),
    /** missing or odd input data (own block) */
    inputRules,
    // ---- succession: optional; absent = SUCCESSION_DEFAULTS (docs/rules.md §12.10)
    succession: successionSchema.optional(),
  })
  .superRefine((p, ctx) => {
    const boxes = Object.values(p.boxes).flatMap((r) => Object.values(r));
    if (boxes.length !== 9 || new Set(boxes).size !== 9) {
      ctx.addIssue({ code: 'custom', path: ['boxes'], message: 'the 3×3 table must use each box number 1–9 exactly once' });
    }
    for (let b = 1; b <= 9; b++) {
      if (!p.boxText[String(b)]) ctx.addIssue({ code: 'custom', path: ['boxText', String(b)], message: `label and rekomendasi for box ${b} are required` });
    }
    for (const c of p.potential.components) {
      if ('field' in c && !(c.field in p.headers.roster)) {
        ctx.addIssue({
          code: 'custom',
          path: ['potential', 'components', p.potential.components.indexOf(c), 'field'],
          message: `field "${c.field}" has no headers: add headers.roster.${c.field}`,
        });
      }
    }
    for (const role of ['roster', 'cact', 'skp', 'hukdis'] as const) {
      if (!p.headers[role].nip) ctx.addIssue({ code: 'custom', path: ['headers', role, 'nip'], message: 'the nip headers are required' });
    }
  });

export type Profile = z.infer<typeof profileSchema>;

const R = (id: string, en: string) => ({ id, en });

export const DEFAULT_PROFILE: Profile = {
  id: 'permenpanrb-3-2020',
  version: 1,
  name: R('Profil bawaan PermenPANRB 3/2020', 'Default PermenPANRB 3/2020 profile'),
  headers: {
    roster: {
      nip: ['NIP BARU', 'NIP', 'nip_baru', 'NIP/NIK'],
      nama: ['NAMA', 'NAMA LENGKAP', 'Namapns', 'NAMA PEGAWAI'],
      gelar_depan: ['GELAR DEPAN'],
      gelar_belakang: ['GELAR BELAKANG'],
      tanggal_lahir: ['TANGGAL LAHIR', 'TGL LAHIR', 'Tgl Lhr'],
      jenis_kelamin: ['JENIS KELAMIN'],
      jenis_pegawai: ['JENIS PEGAWAI NAMA', 'JENIS PEGAWAI', 'STATUS CPNS PNS', 'STATUS PEGAWAI'],
      kedudukan_hukum: ['KEDUDUKAN HUKUM NAMA', 'KEDUDUKAN HUKUM'],
      golongan: ['GOL AKHIR NAMA', 'GOLONGAN', 'GOL', 'Golru', 'PANGKAT/GOL', 'PANGKAT/GOLONGAN'],
      jenis_jabatan: ['JENIS JABATAN NAMA', 'JENIS JABATAN'],
      jabatan: ['JABATAN NAMA', 'JABATAN', 'NAMA JABATAN', 'jabatan_saat_ini', 'skp_jabatan'],
      eselon: ['ESELON NAMA', 'ESELON'],
      // a jenjang column read directly (Pengawas, Administrator, JPT Pratama, Ahli Muda, …)
      jenjang: ['JENJANG JABATAN', 'JENJANG'],
      unor: ['UNOR NAMA', 'UNIT KERJA', 'UNOR', 'NAMA UNOR', 'unit_organisasi', 'skp_unor'],
      unor_induk: ['UNOR INDUK NAMA', 'SATUAN KERJA INDUK NAMA', 'PERANGKAT DAERAH', 'OPD', 'skp_unor_induk'],
      bup: ['BUP'],
    },
    cact: {
      nip: ['NIP BARU', 'NIP', 'nip_baru', 'NIP/NIK'],
      jpm_potensi: ['JPM POTENSI', 'NILAI POTENSI', 'POTENSI'],
      jpm_kompetensi: ['JPM KOMPETENSI', 'NILAI KOMPETENSI', 'KOMPETENSI'],
      jpm_mansoskul: ['JPM MANSOSKUL'],
      jpm_litdig: ['JPM LITERASI DIGITAL', 'JPM LD'],
      jpm_emskil: ['JPM EMERGING SKILL', 'JPM ES'],
      kategori: ['KATEGORI', 'KATEGORI POTENSI', 'KESIMPULAN', 'KESIMPULAN POTENSI'],
      tanggal_tes: ['TANGGAL TES', 'TANGGAL ASESMEN', 'TGL TES'],
    },
    skp: {
      nip: ['NIP BARU', 'NIP', 'nip_baru', 'NIP/NIK'],
      tahun: ['TAHUN', 'TAHUN SKP', 'tahun_skp', 'PERIODE'],
      predikat: ['PREDIKAT KINERJA', 'PREDIKAT', 'hasil_akhir', 'HASIL AKHIR'],
      rating_hasil_kerja: ['RATING HASIL KERJA', 'hasil_kerja'],
      rating_perilaku_kerja: ['RATING PERILAKU KERJA', 'perilaku_kerja'],
      nilai: ['NILAI SKP', 'NILAI PRESTASI KERJA', 'NILAI KINERJA'],
      // e-Kinerja: annual (Tahunan) and periodic (Periodik, with a month) rows of one year
      jenis: ['JENIS', 'JENIS SKP', 'jenis_skp', 'JENIS PENILAIAN', 'JENIS PERIODE'],
      bulan: ['BULAN', 'bulan_skp', 'BULAN SKP'],
    },
    hukdis: {
      nip: ['NIP BARU', 'NIP', 'nip_baru', 'NIP/NIK'],
      tingkat: ['TINGKAT HUKUMAN', 'TINGKAT', 'JENIS HUKUMAN'],
      tmt: ['TMT HUKUMAN', 'TMT', 'TANGGAL'],
    },
  },
  performance: {
    scores: { SANGAT_BAIK: 100, BAIK: 80, BUTUH_PERBAIKAN: 60, KURANG: 40, SANGAT_KURANG: 20 },
    predikatAliases: {
      SANGAT_BAIK: ['Sangat Baik'],
      BAIK: ['Baik'],
      BUTUH_PERBAIKAN: ['Butuh Perbaikan', 'Butuh Perbaikan/Cukup', 'Cukup', 'Sedang/Butuh Perbaikan', 'Sedang'],
      KURANG: ['Kurang/Misconduct', 'Kurang', 'Misconduct', 'Kurang / Misconduct'],
      SANGAT_KURANG: ['Sangat Kurang', 'Buruk'],
    },
    ratingAliases: {
      DI_ATAS: ['Di Atas Ekspektasi', 'Diatas Ekspektasi', 'Di Atas', 'Diatas'],
      SESUAI: ['Sesuai Ekspektasi', 'Sesuai'],
      DI_BAWAH: ['Di Bawah Ekspektasi', 'Dibawah Ekspektasi', 'Di Bawah', 'Dibawah'],
    },
    matrix: {
      DI_ATAS: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'SANGAT_BAIK' },
      SESUAI: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'BAIK' },
      DI_BAWAH: { DI_BAWAH: 'SANGAT_KURANG', SESUAI: 'BUTUH_PERBAIKAN', DI_ATAS: 'BUTUH_PERBAIKAN' },
    },
    legacyEras: [
      {
        name: 'PP 46/2011',
        fromYear: null,
        toYear: 2018,
        scaleMin: 0,
        scaleMax: 100,
        bands: [
          { min: 91, predikat: 'SANGAT_BAIK' },
          { min: 76, predikat: 'BAIK' },
          { min: 61, predikat: 'BUTUH_PERBAIKAN' },
          { min: 51, predikat: 'KURANG' },
        ],
        otherwise: 'SANGAT_KURANG',
      },
      {
        name: 'PP 30/2019',
        fromYear: 2019,
        toYear: null,
        scaleMin: 0,
        scaleMax: 120,
        bands: [
          { min: 110, predikat: 'SANGAT_BAIK' },
          { min: 90, predikat: 'BAIK' },
          { min: 70, predikat: 'BUTUH_PERBAIKAN' },
          { min: 50, predikat: 'KURANG' },
        ],
        otherwise: 'SANGAT_KURANG',
      },
    ],
    yearWeights: [0.6, 0.4],
    thresholds: { high: 90, middle: 70 },
  },
  potential: {
    potensiWeight: 0.5,
    kompetensiWeight: 0.5,
    thresholds: { high: 90, middle: 78 },
    kategoriAliases: {
      TINGGI: ['Optimal', 'MS', 'Memenuhi Syarat', 'Tinggi', 'Potensial Tinggi'],
      MENENGAH: ['Cukup Optimal', 'MMS', 'Masih Memenuhi Syarat', 'Menengah', 'Potensial Menengah'],
      RENDAH: ['Kurang Optimal', 'KMS', 'Kurang Memenuhi Syarat', 'Rendah', 'Potensial Rendah'],
    },
    validityYears: 3,
    expiry: 'notMapped',
    components: [{ id: 'cact', kind: 'cact', weight: 1, description: 'JPM potensi dan kompetensi (CACT BKN)' }],
  },
  boxes: {
    TINGGI: { DI_BAWAH: 6, SESUAI: 8, DI_ATAS: 9 },
    MENENGAH: { DI_BAWAH: 3, SESUAI: 5, DI_ATAS: 7 },
    RENDAH: { DI_BAWAH: 1, SESUAI: 2, DI_ATAS: 4 },
  },
  boxText: {
    '1': {
      label: R('Kinerja di bawah ekspektasi dan potensial rendah', 'Performance below expectations, low potential'),
      rekomendasi: R('Diproses sesuai ketentuan peraturan perundang-undangan', 'Handled in accordance with the laws and regulations'),
    },
    '2': {
      label: R('Kinerja sesuai ekspektasi dan potensial rendah', 'Performance meets expectations, low potential'),
      rekomendasi: R('1. Bimbingan kinerja; 2. Pengembangan kompetensi; 3. Penempatan yang sesuai', '1. Performance coaching; 2. Competency development; 3. Suitable placement'),
    },
    '3': {
      label: R('Kinerja di bawah ekspektasi dan potensial menengah', 'Performance below expectations, medium potential'),
      rekomendasi: R(
        '1. Bimbingan kinerja; 2. Konseling kinerja; 3. Pengembangan kompetensi; 4. Penempatan yang sesuai',
        '1. Performance coaching; 2. Performance counselling; 3. Competency development; 4. Suitable placement',
      ),
    },
    '4': {
      label: R('Kinerja di atas ekspektasi dan potensial rendah', 'Performance above expectations, low potential'),
      rekomendasi: R('1. Rotasi; 2. Pengembangan kompetensi', '1. Rotation; 2. Competency development'),
    },
    '5': {
      label: R('Kinerja sesuai ekspektasi dan potensial menengah', 'Performance meets expectations, medium potential'),
      rekomendasi: R('1. Penempatan yang sesuai; 2. Bimbingan kinerja; 3. Pengembangan kompetensi', '1. Suitable placement; 2. Performance coaching; 3. Competency development'),
    },
    '6': {
      label: R('Kinerja di bawah ekspektasi dan potensial tinggi', 'Performance below expectations, high potential'),
      rekomendasi: R('1. Penempatan yang sesuai; 2. Bimbingan kinerja; 3. Konseling kinerja', '1. Suitable placement; 2. Performance coaching; 3. Performance counselling'),
    },
    '7': {
      label: R('Kinerja di atas ekspektasi dan potensial menengah', 'Performance above expectations, medium potential'),
      rekomendasi: R(
        '1. Dipertahankan; 2. Masuk Kelompok Rencana Suksesi Instansi; 3. Rotasi/Pengayaan jabatan; 4. Pengembangan kompetensi; 5. Tugas belajar',
        '1. Retain; 2. Agency succession pool; 3. Rotation/job enrichment; 4. Competency development; 5. Study assignment',
      ),
    },
    '8': {
      label: R('Kinerja sesuai ekspektasi dan potensial tinggi', 'Performance meets expectations, high potential'),
      rekomendasi: R(
        '1. Dipertahankan; 2. Masuk Kelompok Rencana Suksesi Instansi; 3. Rotasi/Perluasan jabatan; 4. Bimbingan kinerja',
        '1. Retain; 2. Agency succession pool; 3. Rotation/job enlargement; 4. Performance coaching',
      ),
    },
    '9': {
      label: R('Kinerja di atas ekspektasi dan potensial tinggi', 'Performance above expectations, high potential'),
      rekomendasi: R(
        '1. Dipromosikan dan dipertahankan; 2. Masuk Kelompok Rencana Suksesi Instansi/Nasional; 3. Penghargaan',
        '1. Promote and retain; 2. Agency/national succession pool; 3. Recognition',
      ),
    },
  },
  talentPool: {
    boxes: [7, 8, 9],
    nationalBoxes: [9],
    inactive: { enabled: true, activeValues: ['Aktif'] },
    hukdis: { enabled: true, years: 2, levels: ['SEDANG', 'BERAT'] },
    bup: { enabled: true, monthsBefore: 12, default: 58, jpt: 60, ahliMadya: 60, ahliUtama: 65 },
    pnsOnly: { enabled: true, pnsValues: ['PNS', 'P'] },
  },
  upstreamBoxHeaders: ['KOTAK TALENTA', 'KOTAK', 'NINE BOX', 'BOX', 'NO KOTAK', 'NOMOR KOTAK', 'KOTAK 9'],
  talentScore: { performanceWeight: 0.5, potentialWeight: 0.5 },
  // missing or odd input data (own block)
  inputRules: { ...INPUT_RULES_DEFAULT },
};

/** Validate (throws a ZodError with paths) and return a typed profile. */
export function parseProfile(data: unknown): Profile {
  return profileSchema.parse(data);
}

export type ProfileCheck = { ok: true; profile: Profile } | { ok: false; errors: string[] };

/**
 * Validate a profile and say what is wrong where: `potential.thresholds.high: expected a number
 * between 0 and 200, got "high"`. Unknown keys are errors.
 */
export function checkProfile(data: unknown): ProfileCheck {
  const r = profileSchema.safeParse(data, { reportInput: true });
  if (r.success) return { ok: true, profile: r.data };
  return { ok: false, errors: r.error.issues.map(describeIssue) };
}

/** The allowed range of a numeric parameter, from its name. */
function rangeOf(path: PropertyKey[]): [number, number] | null {
  const names = path.map(String);
  if (names.includes('thresholds') || names.includes('scores') || names.includes('table') || names.includes('missing')) return [0, 200];
  const last = names[names.length - 1] ?? '';
  if (/weight/i.test(last) || names.includes('yearWeights')) return [0, 1];
  return null;
}

function describeIssue(i: z.core.$ZodIssue): string {
  const path = i.path.map(String).join('.') || '(root)';
  const got = 'input' in i && i.input !== undefined ? `, got ${shortJson(i.input)}` : '';
  const range = rangeOf(i.path);
  if (range && (i.code === 'invalid_type' ? (i as { expected: string }).expected === 'number' : i.code === 'too_small' || i.code === 'too_big')) {
    return `${path}: expected a number between ${range[0]} and ${range[1]}${got}`;
  }
  switch (i.code) {
    case 'unrecognized_keys':
      return `${path}: unknown key(s) ${i.keys.map((k) => `"${k}"`).join(', ')} (not allowed; check the spelling)`;
    case 'too_small':
    case 'too_big': {
      const o = i as unknown as { minimum?: number | bigint; maximum?: number | bigint; origin?: string };
      if (o.origin === 'number') {
        return `${path}: expected a number ${i.code === 'too_small' ? `of at least ${o.minimum}` : `of at most ${o.maximum}`}${got}`;
      }
      return `${path}: ${i.message}${got}`;
    }
    case 'invalid_type':
      return `${path}: expected ${(i as { expected: string }).expected}${got}`;
    default:
      return `${path}: ${i.message}${got}`;
  }
}

function shortJson(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
