/**
 * The policy profile: a zod schema (the types come from it) and the default profile as data.
 * Normative source: shared/reference/default-profile.md, profile `permenpanrb-3-2020` version 1.
 */
import { z } from 'zod';

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

export const profileSchema = z.strictObject({
  id: z.string().min(1),
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
    /** weights of year N, N-1, … (latest first) */
    yearWeights: z.array(z.number().positive()).min(1),
    thresholds: z.strictObject({ high: z.number(), middle: z.number() }),
  }),
  potential: z.strictObject({
    potensiWeight: z.number().min(0).max(1),
    kompetensiWeight: z.number().min(0).max(1),
    thresholds: z.strictObject({ high: z.number(), middle: z.number() }),
    kategoriAliases: z.record(z.enum(['TINGGI', 'MENENGAH', 'RENDAH']), z.array(z.string())),
    validityYears: z.number().positive(),
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
  talentScore: z.strictObject({ performanceWeight: z.number(), potentialWeight: z.number() }),
});

export type Profile = z.infer<typeof profileSchema>;

const R = (id: string, en: string) => ({ id, en });

export const DEFAULT_PROFILE: Profile = {
  id: 'permenpanrb-3-2020',
  version: 1,
  name: R('Profil bawaan PermenPANRB 3/2020', 'Default PermenPANRB 3/2020 profile'),
  headers: {
    roster: {
      nip: ['NIP BARU', 'NIP', 'nip_baru'],
      nama: ['NAMA', 'NAMA LENGKAP', 'Namapns'],
      gelar_depan: ['GELAR DEPAN'],
      gelar_belakang: ['GELAR BELAKANG'],
      tanggal_lahir: ['TANGGAL LAHIR', 'TGL LAHIR', 'Tgl Lhr'],
      jenis_kelamin: ['JENIS KELAMIN'],
      jenis_pegawai: ['JENIS PEGAWAI NAMA', 'JENIS PEGAWAI', 'STATUS CPNS PNS'],
      kedudukan_hukum: ['KEDUDUKAN HUKUM NAMA', 'KEDUDUKAN HUKUM'],
      golongan: ['GOL AKHIR NAMA', 'GOLONGAN', 'GOL', 'Golru'],
      jenis_jabatan: ['JENIS JABATAN NAMA', 'JENIS JABATAN'],
      jabatan: ['JABATAN NAMA', 'JABATAN', 'NAMA JABATAN'],
      eselon: ['ESELON NAMA', 'ESELON'],
      unor: ['UNOR NAMA', 'UNIT KERJA', 'UNOR', 'NAMA UNOR'],
      unor_induk: ['UNOR INDUK NAMA', 'SATUAN KERJA INDUK NAMA', 'PERANGKAT DAERAH', 'OPD'],
      bup: ['BUP'],
    },
    cact: {
      nip: ['NIP BARU', 'NIP', 'nip_baru'],
      jpm_potensi: ['JPM POTENSI', 'NILAI POTENSI', 'POTENSI'],
      jpm_kompetensi: ['JPM KOMPETENSI', 'NILAI KOMPETENSI', 'KOMPETENSI'],
      jpm_mansoskul: ['JPM MANSOSKUL'],
      jpm_litdig: ['JPM LITERASI DIGITAL'],
      jpm_emskil: ['JPM EMERGING SKILL'],
      kategori: ['KATEGORI', 'KATEGORI POTENSI'],
      tanggal_tes: ['TANGGAL TES', 'TANGGAL ASESMEN', 'TGL TES'],
    },
    skp: {
      nip: ['NIP BARU', 'NIP', 'nip_baru'],
      tahun: ['TAHUN', 'TAHUN SKP', 'tahun_skp', 'PERIODE'],
      predikat: ['PREDIKAT KINERJA', 'PREDIKAT', 'hasil_akhir', 'HASIL AKHIR'],
      rating_hasil_kerja: ['RATING HASIL KERJA', 'hasil_kerja'],
      rating_perilaku_kerja: ['RATING PERILAKU KERJA', 'perilaku_kerja'],
      nilai: ['NILAI SKP', 'NILAI PRESTASI KERJA', 'NILAI KINERJA'],
    },
    hukdis: {
      nip: ['NIP BARU', 'NIP', 'nip_baru'],
      tingkat: ['TINGKAT HUKUMAN', 'TINGKAT', 'JENIS HUKUMAN'],
      tmt: ['TMT HUKUMAN', 'TMT', 'TANGGAL'],
    },
  },
  performance: {
    scores: { SANGAT_BAIK: 100, BAIK: 80, BUTUH_PERBAIKAN: 60, KURANG: 40, SANGAT_KURANG: 20 },
    predikatAliases: {
      SANGAT_BAIK: ['Sangat Baik'],
      BAIK: ['Baik'],
      BUTUH_PERBAIKAN: ['Butuh Perbaikan', 'Butuh Perbaikan/Cukup', 'Cukup'],
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
      TINGGI: ['Optimal', 'MS', 'Memenuhi Syarat'],
      MENENGAH: ['Cukup Optimal', 'MMS', 'Masih Memenuhi Syarat'],
      RENDAH: ['Kurang Optimal', 'KMS', 'Kurang Memenuhi Syarat'],
    },
    validityYears: 3,
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
      rekomendasi: R(
        '1. Bimbingan kinerja; 2. Pengembangan kompetensi; 3. Penempatan yang sesuai',
        '1. Performance coaching; 2. Competency development; 3. Suitable placement',
      ),
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
      rekomendasi: R(
        '1. Penempatan yang sesuai; 2. Bimbingan kinerja; 3. Pengembangan kompetensi',
        '1. Suitable placement; 2. Performance coaching; 3. Competency development',
      ),
    },
    '6': {
      label: R('Kinerja di bawah ekspektasi dan potensial tinggi', 'Performance below expectations, high potential'),
      rekomendasi: R(
        '1. Penempatan yang sesuai; 2. Bimbingan kinerja; 3. Konseling kinerja',
        '1. Suitable placement; 2. Performance coaching; 3. Performance counselling',
      ),
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
  talentScore: { performanceWeight: 0.5, potentialWeight: 0.5 },
};

/** Validate (throws a ZodError with paths) and return a typed profile. */
export function parseProfile(data: unknown): Profile {
  return profileSchema.parse(data);
}
