/**
 * SIASN vocabularies (docs/rules.md §2.3, §9.2): golongan, eselon, jenis jabatan, kedudukan hukum,
 * jenis pegawai. Spelling variants are normalised; an unknown value is reported with the values
 * that are accepted. Pure.
 */
import { eselonTier } from './levels.js';
import { foldText } from './values.js';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const PPPK_ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'];

export type VocabResult = { ok: true; value: string } | { ok: false; accepted: string };

/**
 * `III/a`, `III.a`, `IIIa`, `III A`, `III-a`, `3a`, `3/a` → `III/a`; PPPK `IX` stays `IX`; the
 * golongan written with its pangkat (`Penata Muda, III/a`, `Pembina Tk. I (IV/b)`) → the golongan.
 */
export function normaliseGolongan(v: string): VocabResult {
  const s = v.trim();
  if (s === '') return { ok: true, value: '' };
  const withPangkat = /(?:^|[\s,(])(IV|I{1,3})\s*[/.]\s*([a-eA-E])\)?\s*$/.exec(s);
  if (withPangkat && /[a-z]{3}/i.test(s.slice(0, withPangkat.index))) return normaliseGolongan(`${withPangkat[1]}/${withPangkat[2]}`);
  const m = /^(IV|I{1,3}|[1-4])\s*[./\-\s]?\s*([a-eA-E])$/.exec(s.toUpperCase().replace(/^GOL(ONGAN)?\.?\s*/, ''));
  if (m) {
    const g = /^\d$/.test(m[1]!) ? ROMAN[Number(m[1]) - 1]! : m[1]!;
    const letter = m[2]!.toLowerCase();
    if (g !== 'IV' && letter === 'e') return { ok: false, accepted: GOLONGAN_ACCEPTED };
    return { ok: true, value: `${g}/${letter}` };
  }
  const pppk = s.toUpperCase().replace(/^(PPPK\s*)?(GOL(ONGAN)?\.?\s*)?/, '');
  if (PPPK_ROMAN.includes(pppk)) return { ok: true, value: pppk };
  return { ok: false, accepted: GOLONGAN_ACCEPTED };
}
const GOLONGAN_ACCEPTED = 'I/a … IV/e (juga III.a, IIIa, III A, 3a), atau golongan PPPK I … XVII';

/** Eselon variants are read by eselonTier; here only: is a non-blank value understood? */
export function checkEselon(v: string): VocabResult {
  const f = foldText(v);
  if (f === '' || f === '-' || f === 'non eselon' || f === 'nonesselon' || f === 'non-eselon' || /^(staf|staff|pelaksana)$/.test(f)) return { ok: true, value: '' };
  // a JF jenjang where the eselon goes (`Fungsional Ahli Pertama`): no eselon; the jenjang is read from it
  if (/^(jabatan )?fungsional\b/.test(f)) return { ok: true, value: v.trim() };
  return eselonTier(v) !== null ? { ok: true, value: v.trim() } : { ok: false, accepted: 'I.a, I.b, II.a, II.b, III.a, III.b, IV.a, IV.b, V.a (juga IVa, 4a, IV/a), atau kosong' };
}

const JENIS_JABATAN: [RegExp, string][] = [
  [/^(jabatan )?struktural$|^1$/, 'Jabatan Struktural'],
  [/^(jabatan )?fungsional( tertentu)?$|^jft$|^2$/, 'Jabatan Fungsional'],
  [/^(jabatan )?(fungsional umum|pelaksana)$|^jfu$|^4$/, 'Jabatan Pelaksana'],
];

/** Old and new names: Struktural; Fungsional (Tertentu); Pelaksana (Fungsional Umum). */
export function normaliseJenisJabatan(v: string): VocabResult {
  const f = foldText(v);
  if (f === '') return { ok: true, value: '' };
  for (const [re, canon] of JENIS_JABATAN) if (re.test(f)) return { ok: true, value: canon };
  return { ok: false, accepted: 'Jabatan Struktural, Jabatan Fungsional (Tertentu), Jabatan Pelaksana (Fungsional Umum)' };
}

const KEDUDUKAN = [
  'aktif',
  'tugas belajar',
  'pemberhentian sementara',
  'cuti di luar tanggungan negara',
  'cltn',
  'masa persiapan pensiun',
  'mpp',
  'diperbantukan',
  'dipekerjakan',
  'penerima uang tunggu',
  'hukuman disiplin',
];

export function checkKedudukanHukum(v: string): VocabResult {
  const f = foldText(v);
  if (f === '' || KEDUDUKAN.includes(f)) return { ok: true, value: v.trim() };
  return { ok: false, accepted: 'Aktif, Tugas Belajar, Pemberhentian Sementara, CLTN, Masa Persiapan Pensiun, Diperbantukan, Dipekerjakan' };
}

export function checkJenisPegawai(v: string): VocabResult {
  const f = foldText(v);
  if (f === '' || /^(pns|p|cpns|c|pppk|p3k)$/.test(f) || /^(pns|cpns|pppk)\b/.test(f)) return { ok: true, value: v.trim() };
  return { ok: false, accepted: 'PNS, P, CPNS, C, PPPK (juga "PNS Daerah …")' };
}
