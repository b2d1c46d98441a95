/**
 * Built-in profiles: the default and starting points for agencies' own rules (docs/rules.md
 * §6.5). Each is data, validated by the same schema as a user's file.
 */
import { DEFAULT_PROFILE, type Profile } from './profile.js';

const clone = (p: Profile): Profile => structuredClone(p);

/** Potential cut-offs 80/68: the BKN selection categories MS / MMS / KMS. */
function bknMsMmsKms(): Profile {
  const p = clone(DEFAULT_PROFILE);
  p.id = 'bkn-ms-mms-kms';
  p.version = 1;
  p.name = { id: 'Ambang potensial MS/MMS/KMS (80/68)', en: 'Potential cut-offs MS/MMS/KMS (80/68)' };
  p.description = 'Default rules with the potential cut-offs of the BKN job-filling categories: ≥ 80 Tinggi (MS), ≥ 68 Menengah (MMS), else Rendah (KMS).';
  p.potential.thresholds = { high: 80, middle: 68 };
  return p;
}

const PENDIDIKAN: Record<string, number> = {
  S3: 100,
  'S-3': 100,
  Doktor: 100,
  S2: 90,
  'S-2': 90,
  Magister: 90,
  S1: 80,
  'S-1': 80,
  Sarjana: 80,
  D4: 80,
  'D-IV': 80,
  'Diploma IV': 80,
  D3: 70,
  'D-III': 70,
  'Diploma III': 70,
  D2: 65,
  'D-II': 65,
  D1: 62,
  'D-I': 62,
  SLTA: 60,
  SMA: 60,
  SMK: 60,
  'SLTA/Sederajat': 60,
  SLTP: 40,
  SMP: 40,
  SD: 20,
};

const GOLONGAN: Record<string, number> = Object.fromEntries(
  ['I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e'].map((g, i) => [
    g,
    Math.round(((i + 1) / 17) * 100),
  ]),
);

const EXTRA_HEADERS = {
  pendidikan: ['TINGKAT PENDIDIKAN NAMA', 'TINGKAT PENDIDIKAN', 'PENDIDIKAN TERAKHIR', 'TK PENDIDIKAN'],
  tmt_jabatan: ['TMT JABATAN'],
  jam_diklat: ['JAM DIKLAT', 'JP DIKLAT', 'JUMLAH JAM DIKLAT'],
};

/** Manado-style 50/40/10: assessment 50, rekam jejak 40, pertimbangan lainnya 10; cut-offs 77/68 and 85/70. */
function scheme504010(): Profile {
  const p = clone(DEFAULT_PROFILE);
  p.id = 'skema-50-40-10';
  p.version = 1;
  p.name = { id: 'Skema 50/40/10 (asesmen/rekam jejak/pertimbangan lainnya)', en: 'Scheme 50/40/10 (assessment/track record/other)' };
  p.description =
    'Starting point after Pemkot Manado (docs/rules.md §6.5): potential = 50% CACT + 40% rekam jejak (pendidikan 15, golongan 10, masa jabatan 10, diklat 5) + 10% pertimbangan lainnya (hukdis as a score); potential ≥ 77 / ≥ 68, performance ≥ 85 / ≥ 70. Adjust the tables to your own rules.';
  p.headers.roster = { ...p.headers.roster, ...EXTRA_HEADERS };
  p.potential.thresholds = { high: 77, middle: 68 };
  p.performance.thresholds = { high: 85, middle: 70 };
  p.potential.components = [
    { id: 'cact', kind: 'cact', weight: 0.5, description: 'asesmen: JPM potensi dan kompetensi (CACT)' },
    { id: 'pendidikan', kind: 'lookup', weight: 0.15, field: 'pendidikan', table: PENDIDIKAN, missing: 0, description: 'rekam jejak: tingkat pendidikan' },
    { id: 'golongan', kind: 'lookup', weight: 0.1, field: 'golongan', table: GOLONGAN, missing: 0, description: 'rekam jejak: pangkat/golongan' },
    {
      id: 'masa_jabatan',
      kind: 'yearsSince',
      weight: 0.1,
      field: 'tmt_jabatan',
      bands: [
        { min: 5, score: 100 },
        { min: 3, score: 80 },
        { min: 2, score: 60 },
        { min: 1, score: 40 },
        { min: 0, score: 20 },
      ],
      missing: 0,
      description: 'rekam jejak: masa jabatan (tahun sejak TMT JABATAN)',
    },
    {
      id: 'diklat',
      kind: 'number',
      weight: 0.05,
      field: 'jam_diklat',
      bands: [
        { min: 80, score: 100 },
        { min: 40, score: 75 },
        { min: 20, score: 50 },
        { min: 1, score: 25 },
      ],
      missing: 0,
      description: 'rekam jejak: jam pelajaran diklat',
    },
    {
      id: 'hukdis',
      kind: 'hukdis',
      weight: 0.1,
      years: 5,
      scores: { none: 100, ringan: 75, sedang: 50, berat: 0 },
      description: 'pertimbangan lainnya: riwayat hukuman disiplin 5 tahun',
    },
  ];
  return p;
}

/** PUPR-style 65/20/15: potkom 65, pendidikan 20, integritas (hukdis score) 15; cut-offs 80/68. */
function scheme652015(): Profile {
  const p = clone(DEFAULT_PROFILE);
  p.id = 'skema-65-20-15';
  p.version = 1;
  p.name = { id: 'Skema 65/20/15 (potkom/pendidikan/integritas)', en: 'Scheme 65/20/15 (potential-competency/education/integrity)' };
  p.description =
    'Starting point after the PUPR talent app (docs/rules.md §6.5): potential = 65% CACT + 20% pendidikan (Doktor 100 … SLTA 60) + 15% integritas from the hukdis record (100/75/50/25); potential ≥ 80 / ≥ 68.';
  p.headers.roster = { ...p.headers.roster, pendidikan: EXTRA_HEADERS.pendidikan };
  p.potential.thresholds = { high: 80, middle: 68 };
  p.potential.components = [
    { id: 'cact', kind: 'cact', weight: 0.65, description: 'potkom: JPM potensi dan kompetensi (CACT)' },
    { id: 'pendidikan', kind: 'lookup', weight: 0.2, field: 'pendidikan', table: PENDIDIKAN, missing: 0, description: 'tingkat pendidikan' },
    {
      id: 'integritas',
      kind: 'hukdis',
      weight: 0.15,
      years: 5,
      scores: { none: 100, ringan: 75, sedang: 50, berat: 25 },
      description: 'integritas: riwayat hukuman disiplin 5 tahun',
    },
  ];
  return p;
}

export const BUILTIN_PROFILES: readonly Profile[] = [DEFAULT_PROFILE, bknMsMmsKms(), scheme504010(), scheme652015()];

export function builtinProfile(id: string): Profile | undefined {
  return BUILTIN_PROFILES.find((p) => p.id === id);
}

/**
 * What each built-in profile is for, in both languages (`talenta profile list`). The profiles'
 * own `description` field is data (it is hashed with the rules); this is what users read.
 */
const BUILTIN_DESCRIPTION: Record<string, { id: string; en: string }> = {
  'permenpanrb-3-2020': {
    id: 'Aturan bawaan PermenPANRB 3/2020: kinerja dari SKP dua tahun terakhir (bobot 60/40), ≥ 90 / ≥ 70; potensial dari JPM potensi dan kompetensi CACT (50/50), ≥ 90 / ≥ 78.',
    en: 'The default rules of PermenPANRB 3/2020: performance from the SKP of the last two years (weights 60/40), ≥ 90 / ≥ 70; potential from the CACT potential and competency JPM (50/50), ≥ 90 / ≥ 78.',
  },
  'bkn-ms-mms-kms': {
    id: 'Aturan bawaan dengan ambang potensial kategori pengisian jabatan BKN: ≥ 80 Tinggi (MS), ≥ 68 Menengah (MMS), selain itu Rendah (KMS).',
    en: 'Default rules with the potential cut-offs of the BKN job-filling categories: ≥ 80 high (MS), ≥ 68 middle (MMS), else low (KMS).',
  },
  'skema-50-40-10': {
    id: 'Titik awal mengikuti Pemkot Manado: potensial = 50% CACT + 40% rekam jejak (pendidikan 15, golongan 10, masa jabatan 10, diklat 5) + 10% pertimbangan lainnya (hukdis sebagai skor); potensial ≥ 77 / ≥ 68, kinerja ≥ 85 / ≥ 70. Sesuaikan tabelnya dengan aturan instansi Anda.',
    en: 'Starting point after Pemkot Manado: potential = 50% CACT + 40% track record (education 15, grade 10, years in post 10, training 5) + 10% other considerations (disciplinary record as a score); potential ≥ 77 / ≥ 68, performance ≥ 85 / ≥ 70. Adjust the tables to your own rules.',
  },
  'skema-65-20-15': {
    id: 'Titik awal mengikuti aplikasi talenta PUPR: potensial = 65% CACT + 20% pendidikan (Doktor 100 … SLTA 60) + 15% integritas dari riwayat hukdis (100/75/50/25); potensial ≥ 80 / ≥ 68.',
    en: 'Starting point after the PUPR talent app: potential = 65% CACT + 20% education (Doktor 100 … SLTA 60) + 15% integrity from the disciplinary record (100/75/50/25); potential ≥ 80 / ≥ 68.',
  },
};

/** The description of a built-in profile in a language; undefined for a profile file. */
export function builtinDescription(id: string, lang: 'id' | 'en'): string | undefined {
  return BUILTIN_DESCRIPTION[id]?.[lang];
}
