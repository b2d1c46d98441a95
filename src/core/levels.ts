/** Job levels (jenjang jabatan), the next level up, and BUP: docs/rules.md §8.2, §9. Pure. */
import type { Profile } from './profile.js';
import { foldText } from './values.js';

export type JobLevel =
  | 'PELAKSANA'
  | 'PENGAWAS'
  | 'ADMINISTRATOR'
  | 'JPT_PRATAMA'
  | 'JPT_MADYA'
  | 'JF_PEMULA'
  | 'JF_TERAMPIL'
  | 'JF_MAHIR'
  | 'JF_PENYELIA'
  | 'JF_AHLI_PERTAMA'
  | 'JF_AHLI_MUDA'
  | 'JF_AHLI_MADYA'
  | 'JF_AHLI_UTAMA';

/** The next level up (target of succession). */
export const NEXT_LEVEL: Record<JobLevel, JobLevel | null> = {
  PELAKSANA: 'PENGAWAS',
  PENGAWAS: 'ADMINISTRATOR',
  ADMINISTRATOR: 'JPT_PRATAMA',
  JPT_PRATAMA: 'JPT_MADYA',
  JPT_MADYA: null,
  JF_PEMULA: 'JF_TERAMPIL',
  JF_TERAMPIL: 'JF_MAHIR',
  JF_MAHIR: 'JF_PENYELIA',
  JF_PENYELIA: null,
  JF_AHLI_PERTAMA: 'JF_AHLI_MUDA',
  JF_AHLI_MUDA: 'JF_AHLI_MADYA',
  JF_AHLI_MADYA: 'JF_AHLI_UTAMA',
  JF_AHLI_UTAMA: null,
};

/** Eselon named by its jabatan (`JPT Pratama (Eselon II)`, `Administrator`): the tier. */
const ESELON_NAMES: [RegExp, number][] = [
  [/^jpt madya\b/, 1],
  [/^jpt pratama\b/, 2],
  [/^administrator\b/, 3],
  [/^pengawas\b/, 4],
];

/**
 * Eselon tier 1–5 from `II.a`, `IIa`, `2a`, `II/a`, `Eselon III.b`, and the jabatan forms
 * `JPT Pratama (Eselon II)`, `Administrator (Eselon III)`, `Pengawas (Eselon IV)`; null when
 * blank, non-eselon or unknown.
 */
export function eselonTier(v: string): number | null {
  let s = foldText(v).replace(/^eselon\s*/, '');
  if (s === '' || s === '-' || s === 'non eselon' || s === 'nonesselon') return null;
  const inner = /\(\s*eselon\s*([^)]*)\)/.exec(s);
  if (inner) s = inner[1]!.trim();
  else for (const [re, tier] of ESELON_NAMES) if (re.test(s)) return tier;
  const m = /^(iv|v|i{1,3}|[1-5])\s*[./]?\s*[ab]?$/.exec(s);
  if (!m) return null;
  const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };
  const g = m[1]!;
  return roman[g] ?? Number(g);
}

const JF_KEYWORDS: [RegExp, JobLevel][] = (
  [
    ['ahli utama', 'JF_AHLI_UTAMA'],
    ['ahli madya', 'JF_AHLI_MADYA'],
    ['ahli muda', 'JF_AHLI_MUDA'],
    ['ahli pertama', 'JF_AHLI_PERTAMA'],
    ['penyelia', 'JF_PENYELIA'],
    ['mahir', 'JF_MAHIR'],
    ['terampil', 'JF_TERAMPIL'],
    ['pemula', 'JF_PEMULA'],
  ] as const
).map(([k, lvl]) => [new RegExp(`\\b${k}\\b`), lvl]);

/**
 * Current level: eselon I → JPT Madya, II → JPT Pratama, III → Administrator, IV → Pengawas,
 * V → Pelaksana; otherwise a JF jenjang named in the jabatan; otherwise Pelaksana when the
 * jenis jabatan says pelaksana / fungsional umum; otherwise unknown (null).
 */
export function jobLevel(eselon: string, jenisJabatan: string, jabatan: string): JobLevel | null {
  const tier = eselonTier(eselon);
  if (tier !== null) {
    return (['JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA'] as const)[tier - 1]!;
  }
  const jj = foldText(jenisJabatan);
  // a JF jenjang may also be written where the eselon goes (`Fungsional Ahli Pertama`)
  const jab = `${foldText(jabatan)} ${foldText(eselon)}`;
  if (!jj.includes('pelaksana') && !jj.includes('umum')) {
    for (const [re, lvl] of JF_KEYWORDS) if (re.test(jab)) return lvl;
  }
  if (jj.includes('pelaksana') || jj.includes('fungsional umum')) return 'PELAKSANA';
  return null;
}

/** A JENJANG JABATAN value read directly (`Pengawas`, `JPT Pratama`, `Ahli Muda`, `Pelaksana`); null when unknown. */
export function parseJenjang(v: string): JobLevel | null {
  const f = foldText(v).replace(/^(jabatan|jf|fungsional)\s+/, '');
  if (f === '') return null;
  for (const [re, tier] of ESELON_NAMES) if (re.test(f)) return (['JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'] as const)[tier - 1]!;
  for (const [re, lvl] of JF_KEYWORDS) if (re.test(f)) return lvl;
  if (/^(pelaksana|staf|staff)\b/.test(f)) return 'PELAKSANA';
  return null;
}

/** BUP (retirement age): the roster's BUP when given, else by level (PP 11/2017 Pasal 239). */
export function bupAge(level: JobLevel | null, eselon: string, rosterBup: number | null, profile: Profile): number {
  const b = profile.talentPool.bup;
  if (rosterBup !== null) return rosterBup;
  const tier = eselonTier(eselon);
  if (tier === 1 || tier === 2) return b.jpt;
  if (level === 'JPT_MADYA' || level === 'JPT_PRATAMA') return b.jpt;
  if (level === 'JF_AHLI_MADYA') return b.ahliMadya;
  if (level === 'JF_AHLI_UTAMA') return b.ahliUtama;
  return b.default;
}
