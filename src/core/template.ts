/**
 * `talenta template`: the import workbook an analyst fills in (pure). One sheet per table with
 * the profile's canonical headers (the first alias of each field), a filled example row of
 * synthetic values, and the accepted values of the vocabularies. The writer only formats it.
 */
import type { Profile } from './profile.js';
import type { Cell } from './types.js';
import { successionParams } from './succession/params.js';

export const TEMPLATE_KINDS = ['roster', 'cact', 'skp', 'hukdis', 'jabatan'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

interface TemplateSheet {
  kind: TemplateKind;
  name: { id: string; en: string };
  headers: string[];
  /** a filled example row (synthetic person) */
  example: Cell[];
  /** columns to format as text (NIPs: 18 digits would lose their last ones as a number) */
  textColumns: number[];
}

interface AcceptedValues {
  /** what the values are for, and the header they go under */
  what: { id: string; en: string };
  header: string;
  values: string[];
}

export interface TemplateModel {
  sheets: TemplateSheet[];
  accepted: AcceptedValues[];
}

const SHEET_NAMES: Record<TemplateKind, { id: string; en: string }> = {
  roster: { id: 'Pegawai', en: 'Roster' },
  cact: { id: 'CACT', en: 'CACT' },
  skp: { id: 'SKP', en: 'SKP' },
  hukdis: { id: 'Hukdis', en: 'Discipline' },
  jabatan: { id: 'Jabatan', en: 'Positions' },
};

/** A synthetic person: NIP born 1985-07-26, CPNS January 2010, male, sequence 001. */
const EXAMPLE_NIP = '198507262010011001';
const EXAMPLE: Record<string, Cell> = {
  nip: EXAMPLE_NIP,
  nama: 'Contoh Pegawai',
  gelar_depan: '',
  gelar_belakang: 'S.E.',
  tanggal_lahir: '1985-07-26',
  jenis_kelamin: 'Laki-laki',
  jenis_pegawai: 'PNS',
  kedudukan_hukum: 'Aktif',
  golongan: 'III/c',
  jenis_jabatan: 'Jabatan Fungsional',
  jabatan: 'Analis Sumber Daya Manusia Aparatur Ahli Muda',
  eselon: '',
  jenjang: 'Ahli Muda',
  unor: 'Bidang Mutasi - BKPSDM - Pemerintah Kabupaten Contoh',
  unor_induk: 'BKPSDM',
  bup: '',
  jpm_potensi: 82.5,
  jpm_kompetensi: 79,
  jpm_mansoskul: 80,
  jpm_litdig: 78,
  jpm_emskil: 79,
  kategori: 'Cukup Optimal',
  tanggal_tes: '2025-03-17',
  tahun: 2025,
  predikat: 'Baik',
  rating_hasil_kerja: 'Sesuai Ekspektasi',
  rating_perilaku_kerja: 'Di Atas Ekspektasi',
  nilai: '',
  jenis: 'Tahunan',
  bulan: '',
  tingkat: 'Ringan',
  tmt: '2024-05-02',
};

/**
 * A synthetic target post for the jabatan sheet (docs/rules.md §12.2): held by the example
 * employee's superior, critical, filled; a post of the example agency.
 */
const JABATAN_EXAMPLE: Record<string, Cell> = {
  kode_jabatan: 'BKPSDM-KABID-MUTASI',
  nama_jabatan: 'Kepala Bidang Mutasi dan Promosi',
  unit_kerja: 'Bidang Mutasi - BKPSDM - Pemerintah Kabupaten Contoh',
  perangkat_daerah: 'BKPSDM',
  jenjang: 'Administrator',
  eselon: 'III.b',
  kritikal: 'Ya',
  tingkat_kepentingan: '',
  status_jabatan: 'Terisi',
  nip_pejabat: '196803142000031001',
  kebutuhan: 1,
  perkiraan_kosong: '',
  rencana_pengisian: '',
  pendidikan_minimal: 'S1',
  golongan_minimal: 'III/c',
  lama_minimal: '',
  usia_maksimal: '',
  lingkup_kandidat: '',
  catatan: '',
};

/** Headers of a table in the profile (the jabatan table's are in the succession section, or its defaults). */
function headersOf(profile: Profile, kind: TemplateKind): Record<string, string[]> | null {
  const h = kind === 'jabatan' ? successionParams(profile).headers.jabatan : (profile.headers as Record<string, Record<string, string[]> | undefined>)[kind];
  return h && Object.keys(h).length > 0 ? h : null;
}

/** The kinds a profile can write a sheet for. */
export function availableKinds(profile: Profile): TemplateKind[] {
  return TEMPLATE_KINDS.filter((k) => headersOf(profile, k) !== null);
}

const GOLONGAN = ['I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e'];
const PPPK_GOLONGAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'];

/**
 * The workbook for the kinds asked (in TEMPLATE_KINDS order). Throws nothing: a kind the profile
 * has no headers for is left out (the caller checks with availableKinds first).
 */
export function templateModel(kinds: readonly TemplateKind[], profile: Profile): TemplateModel {
  const sheets: TemplateSheet[] = [];
  for (const kind of TEMPLATE_KINDS) {
    if (!kinds.includes(kind)) continue;
    const h = headersOf(profile, kind);
    if (!h) continue;
    const fields = Object.keys(h);
    const headers = fields.map((f) => h[f]![0]!);
    const example = fields.map((f) => (kind === 'jabatan' ? JABATAN_EXAMPLE[f] : EXAMPLE[f]) ?? '');
    const textColumns = fields.flatMap((f, i) => (f === 'nip' || f.startsWith('nip_') || f === 'kode_jabatan' ? [i] : []));
    sheets.push({ kind, name: SHEET_NAMES[kind], headers, example, textColumns });
  }
  const head = (kind: TemplateKind, field: string) => headersOf(profile, kind)?.[field]?.[0] ?? field;
  const flat = (rec: Record<string, string[]>) => Object.values(rec).flat();
  const accepted: AcceptedValues[] = [
    { what: { id: 'Predikat kinerja (SKP)', en: 'Performance predikat (SKP)' }, header: head('skp', 'predikat'), values: flat(profile.performance.predikatAliases) },
    {
      what: { id: 'Rating hasil kerja dan perilaku kerja (SKP)', en: 'Work-result and behaviour ratings (SKP)' },
      header: `${head('skp', 'rating_hasil_kerja')} / ${head('skp', 'rating_perilaku_kerja')}`,
      values: flat(profile.performance.ratingAliases),
    },
    { what: { id: 'Jenis SKP (e-Kinerja)', en: 'SKP kind (e-Kinerja)' }, header: head('skp', 'jenis'), values: ['Tahunan', 'Periodik'] },
    { what: { id: 'Kategori CACT', en: 'CACT category' }, header: head('cact', 'kategori'), values: flat(profile.potential.kategoriAliases) },
    { what: { id: 'Golongan PNS', en: 'PNS grade' }, header: head('roster', 'golongan'), values: GOLONGAN },
    { what: { id: 'Golongan PPPK', en: 'PPPK grade' }, header: head('roster', 'golongan'), values: PPPK_GOLONGAN },
    {
      what: { id: 'Eselon (kosong = non-eselon)', en: 'Eselon (empty = none)' },
      header: head('roster', 'eselon'),
      values: ['I.a', 'I.b', 'II.a', 'II.b', 'III.a', 'III.b', 'IV.a', 'IV.b', 'V.a', 'Non Eselon'],
    },
    {
      what: { id: 'Jenjang jabatan', en: 'Job level' },
      header: head('roster', 'jenjang'),
      values: [
        'Pelaksana',
        'Pengawas',
        'Administrator',
        'JPT Pratama',
        'JPT Madya',
        'Pemula',
        'Terampil',
        'Mahir',
        'Penyelia',
        'Ahli Pertama',
        'Ahli Muda',
        'Ahli Madya',
        'Ahli Utama',
      ],
    },
    { what: { id: 'Jenis jabatan', en: 'Position type' }, header: head('roster', 'jenis_jabatan'), values: ['Jabatan Struktural', 'Jabatan Fungsional', 'Jabatan Pelaksana'] },
    {
      what: { id: 'Kedudukan hukum', en: 'Legal status' },
      header: head('roster', 'kedudukan_hukum'),
      values: ['Aktif', 'Tugas Belajar', 'Pemberhentian Sementara', 'CLTN', 'Masa Persiapan Pensiun', 'Diperbantukan', 'Dipekerjakan'],
    },
    { what: { id: 'Jenis pegawai', en: 'Employee type' }, header: head('roster', 'jenis_pegawai'), values: ['PNS', 'CPNS', 'PPPK'] },
    { what: { id: 'Tingkat hukuman disiplin', en: 'Penalty level' }, header: head('hukdis', 'tingkat'), values: ['Ringan', 'Sedang', 'Berat'] },
  ];
  return { sheets, accepted };
}
