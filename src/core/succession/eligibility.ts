/**
 * Eligibility of one candidate for one post (succession.md §5.4): each check gives TERPENUHI,
 * TIDAK_TERPENUHI (with the date time cures it, when it can), PERLU_VERIFIKASI (data missing)
 * or TIDAK_DIPERIKSA (switched off). A missing column never passes or fails silently. Pure.
 */
import { isPns } from '../classify.js';
import { eselonTier, type JobLevel } from '../levels.js';
import type { Profile } from '../profile.js';
import type { Employee } from '../types.js';
import { addMonths, addYears, foldText } from '../values.js';
import { normaliseGolongan } from '../vocab.js';
import { checkMode, EDUCATION, type CheckCode, type SuccessionParams } from './params.js';
import { bupOf, pensionDate, wholeMonths } from './vacancy.js';
import type { CheckResult, Eligibility, HukdisRecord, PersonExtra, Post } from './types.js';

/** The legal basis of each check (§5.4 table). */
export const BASIS: Record<CheckCode, string> = {
  S1_PNS: 'PP 11/2017 Pasal 54 huruf a, 55 huruf a, 105 ayat (1)',
  S2_AKTIF: 'aturan talent pool (kedudukan hukum aktif)',
  S18_BUKAN_PEJABAT: 'bukan pejabat pada jabatan itu sendiri',
  S17_LINGKUP: 'pilihan instansi (LINGKUP KANDIDAT)',
  S5_LAMA_JENJANG_ASAL: 'PP 11/2017 Pasal 54 huruf d, 55 huruf d, 107',
  S7_PENDIDIKAN_MIN: 'PP 11/2017 Pasal 54 huruf b, 55 huruf b, 107',
  S9_GOLONGAN_MIN: 'PP 100/2000 Pasal 5 huruf b jo. PP 13/2002',
  S10_KINERJA_2_TAHUN: 'PP 11/2017 Pasal 54 huruf e, 55 huruf e, 199 ayat (2) huruf c',
  S11_HUKDIS: 'PP 11/2017 Pasal 107 (rekam jejak, integritas); PP 94/2021',
  S12_USIA_MAKS: 'PP 11/2017 Pasal 107 (usia paling tinggi)',
  S13_SISA_MASA_KERJA: 'PP 11/2017 Pasal 239 (BUP jenjang target)',
};

/** Education order SD < SLTP < SLTA < D-I < D-II < D-III < D-IV = S1 < S2 < S3 (§5.4 S7). */
export function educationRank(e: string): number {
  const i = EDUCATION.indexOf(e as (typeof EDUCATION)[number]);
  if (i < 0) return -1;
  // D-IV and S1 are the same level
  return e === 'S1' ? EDUCATION.indexOf('D-IV') : i > EDUCATION.indexOf('S1') ? i - 1 : i;
}

/** `S-1`, `Strata 1`, `Sarjana`, `D IV`, `Diploma III`, `SMA`, `SLTA/Sederajat` → a code; null when unknown. */
export function parseEducation(v: string): string | null {
  const f = foldText(v).replace(/[.\-/]/g, ' ').replace(/\s+/g, ' ').trim();
  if (f === '') return null;
  const rules: [RegExp, string][] = [
    [/^(s ?3|strata 3|strata iii|doktor|doktoral)\b/, 'S3'],
    [/^(s ?2|strata 2|strata ii|magister|master|pasca ?sarjana|spesialis)\b/, 'S2'],
    [/^(s ?1|strata 1|strata i|sarjana)\b/, 'S1'],
    [/^(d ?iv|d ?4|diploma iv|diploma 4)\b/, 'D-IV'],
    [/^(d ?iii|d ?3|diploma iii|diploma 3)\b/, 'D-III'],
    [/^(d ?ii|d ?2|diploma ii|diploma 2)\b/, 'D-II'],
    [/^(d ?i|d ?1|diploma i|diploma 1)\b/, 'D-I'],
    [/^(slta|sma|smk|ma|smu|stm|smea|spk)\b/, 'SLTA'],
    [/^(sltp|smp|mts)\b/, 'SLTP'],
    [/^(sd|mi)\b/, 'SD'],
  ];
  for (const [re, code] of rules) if (re.test(f)) return code;
  return null;
}

/** Golongan as a number for comparison: I/a = 0 … IV/e = 19; null when unreadable or PPPK. */
export function golonganRank(v: string): number | null {
  const g = normaliseGolongan(v);
  if (!g.ok) return null;
  const m = /^(IV|I{1,3})\/([a-e])$/.exec(g.value);
  if (!m) return null;
  return (['I', 'II', 'III', 'IV'].indexOf(m[1]!) * 5 + 'abcde'.indexOf(m[2]!));
}

const PREDIKAT_ORDER = ['SANGAT_KURANG', 'KURANG', 'BUTUH_PERBAIKAN', 'BAIK', 'SANGAT_BAIK'];

export interface PairInput {
  e: Employee;
  extra: PersonExtra | undefined;
  hukdis: readonly HukdisRecord[];
  hukdisTable: boolean;
  post: Post;
  /** the post's reference date (§5.12) */
  ref: string;
  asOf: string;
  /** the classifier's SKP window, oldest first */
  skpYears: readonly number[];
  profile: Profile;
  p: SuccessionParams;
}

/** Every check of §5.4 implemented here, in funnel order. */
export function evaluateChecks(x: PairInput): CheckResult[] {
  const { e, extra, post, ref, p } = x;
  const out: CheckResult[] = [];
  const level = post.level as JobLevel;
  const push = (code: CheckCode, status: CheckResult['status'], reason: string, value: string | null, required: string | null, metDate: string | null = null, modeOverride?: CheckResult['mode']) => {
    const mode = modeOverride ?? checkMode(p, code);
    out.push({ code, status: mode === 'mati' ? 'TIDAK_DIPERIKSA' : status, mode, value, required, metDate, reason, basis: BASIS[code] });
  };

  // S1 PNS
  if (e.jenisPegawai.trim() === '') push('S1_PNS', 'PERLU_VERIFIKASI', 'DATA_KOSONG', null, 'PNS');
  else push('S1_PNS', isPns(e.jenisPegawai, x.profile) ? 'TERPENUHI' : 'TIDAK_TERPENUHI', 'BANDING', e.jenisPegawai, 'PNS');

  // S2 AKTIF (the pool rule's active values)
  const active = x.profile.talentPool.inactive.activeValues.map(foldText);
  if (e.kedudukanHukum.trim() === '') push('S2_AKTIF', 'PERLU_VERIFIKASI', 'DATA_KOSONG', null, 'AKTIF');
  else push('S2_AKTIF', active.includes(foldText(e.kedudukanHukum)) ? 'TERPENUHI' : 'TIDAK_TERPENUHI', 'BANDING', e.kedudukanHukum, 'AKTIF');

  // S18 not the incumbent
  push('S18_BUKAN_PEJABAT', post.incumbentNips.includes(e.nip) ? 'TIDAK_TERPENUHI' : 'TERPENUHI', 'BANDING', null, null);

  // S17 scope
  if (post.scope === 'INSTANSI') push('S17_LINGKUP', 'TERPENUHI', 'BANDING', 'INSTANSI', 'INSTANSI');
  else {
    const mine = post.scope === 'UNIT_KERJA' ? e.unor : e.unorInduk;
    const theirs = post.scope === 'UNIT_KERJA' ? post.unit : post.opd;
    if (mine.trim() === '' || theirs.trim() === '') push('S17_LINGKUP', 'PERLU_VERIFIKASI', 'DATA_KOSONG', mine || null, theirs || null);
    else push('S17_LINGKUP', foldText(mine) === foldText(theirs) ? 'TERPENUHI' : 'TIDAK_TERPENUHI', 'BANDING', mine, theirs);
  }

  // S5 years in the feeder level, measured at the reference date; inclusive (§5.12)
  const feeder = p.feeders[level as keyof SuccessionParams['feeders']];
  const minYears = post.minYears ?? feeder?.minYears ?? 0;
  const tmt = extra?.tmtJabatan ?? null;
  if (tmt === null) push('S5_LAMA_JENJANG_ASAL', 'PERLU_VERIFIKASI', 'DATA_KOSONG', null, String(minYears));
  else {
    const metDate = addMonths(tmt, Math.round(minYears * 12));
    const years = yearsBetween(tmt, ref);
    if (metDate <= ref) push('S5_LAMA_JENJANG_ASAL', 'TERPENUHI', 'BANDING', years, String(minYears));
    else if (p.strictDuration) push('S5_LAMA_JENJANG_ASAL', 'TIDAK_TERPENUHI', 'BANDING', years, String(minYears), metDate);
    // "sedang atau pernah": earlier posts at the feeder level may count; without a history table, verify
    else push('S5_LAMA_JENJANG_ASAL', 'PERLU_VERIFIKASI', 'RIWAYAT_DIPERLUKAN', years, String(minYears), metDate);
  }

  // S7 minimum education
  const reqEdu = post.minEducation ?? p.minEducation[level as keyof SuccessionParams['minEducation']] ?? null;
  if (reqEdu !== null) {
    const raw = extra?.tingkatPendidikan ?? null;
    const edu = raw === null ? null : parseEducation(raw);
    if (edu === null) push('S7_PENDIDIKAN_MIN', 'PERLU_VERIFIKASI', raw === null ? 'DATA_KOSONG' : 'NILAI_TIDAK_DIKENAL', raw, reqEdu);
    else push('S7_PENDIDIKAN_MIN', educationRank(edu) >= educationRank(reqEdu) ? 'TERPENUHI' : 'TIDAK_TERPENUHI', 'BANDING', edu, reqEdu);
  }

  // S9 golongan: the post's value is keras; a default-derived minimum has golongan.mode
  const tier = eselonTier(post.eselon);
  const eselonKey = tier === null ? null : normEselonKey(post.eselon);
  const derived = (eselonKey && p.golongan.byEselon[eselonKey]) || p.golongan.byLevel[level] || null;
  const reqGol = post.minGolongan ?? derived;
  if (reqGol !== null) {
    const mode = post.minGolongan !== null ? 'keras' : p.golongan.mode;
    const have = golonganRank(e.golongan);
    const need = golonganRank(reqGol)!;
    if (have === null) push('S9_GOLONGAN_MIN', 'PERLU_VERIFIKASI', e.golongan.trim() === '' ? 'DATA_KOSONG' : 'NILAI_TIDAK_DIKENAL', e.golongan || null, reqGol, null, mode);
    else if (have >= need) push('S9_GOLONGAN_MIN', 'TERPENUHI', 'BANDING', e.golongan, reqGol, null, mode);
    else if (have === need - 1 && extra?.tmtGolongan) {
      // one step below: the next regular KP (kpRegulerTahun after TMT golongan) cures it
      const next = addYears(extra.tmtGolongan, p.golongan.kpRegulerTahun);
      if (next <= x.asOf) push('S9_GOLONGAN_MIN', 'PERLU_VERIFIKASI', 'KP_TERLAMBAT', e.golongan, reqGol, next, mode);
      else push('S9_GOLONGAN_MIN', 'TIDAK_TERPENUHI', 'KP_REGULER', e.golongan, reqGol, next, mode);
    } else push('S9_GOLONGAN_MIN', 'TIDAK_TERPENUHI', have === need - 1 ? 'TMT_GOLONGAN_KOSONG' : 'BANDING', e.golongan, reqGol, null, mode);
  }

  // S10 each of the last N SKP years ≥ minPredikat
  const years = x.skpYears.slice(-p.performance.years);
  const min = PREDIKAT_ORDER.indexOf(p.performance.minPredikat);
  let missing = years.length < p.performance.years;
  let failed: string | null = null;
  const seen: string[] = [];
  for (const y of years) {
    const t = e.performance.years.find((s) => s.year === y);
    if (!t) {
      missing = true;
      seen.push(`${y}:-`);
      continue;
    }
    seen.push(`${y}:${t.predikat}`);
    if (PREDIKAT_ORDER.indexOf(t.predikat) < min) failed ??= `${y}:${t.predikat}`;
  }
  const req = `${p.performance.years}×${p.performance.minPredikat}`;
  if (failed) push('S10_KINERJA_2_TAHUN', 'TIDAK_TERPENUHI', 'BANDING', seen.join(' '), req);
  else if (missing) push('S10_KINERJA_2_TAHUN', 'PERLU_VERIFIKASI', 'TAHUN_KOSONG', seen.join(' ') || null, req);
  else push('S10_KINERJA_2_TAHUN', 'TERPENUHI', 'BANDING', seen.join(' '), req);

  // S11 hukdis: none of the levels with TMT within `years` before the reference date
  if (!x.hukdisTable) push('S11_HUKDIS', 'PERLU_VERIFIKASI', 'TABEL_HUKDIS_TIDAK_ADA', null, null);
  else {
    const from = addMonths(ref, -Math.round(p.hukdis.years * 12));
    const bad = x.hukdis.filter((h) => p.hukdis.levels.includes(h.level) && h.tmt >= from && h.tmt <= ref).sort((a, b) => (a.tmt < b.tmt ? 1 : -1));
    const serving = x.hukdis.filter((h) => h.tmt >= addMonths(ref, -p.hukdis.possiblyServingMonths) && h.tmt <= ref);
    if (bad.length > 0) push('S11_HUKDIS', 'TIDAK_TERPENUHI', 'BANDING', `${bad[0]!.level} ${bad[0]!.tmt}`, `${p.hukdis.years}`);
    else if (serving.length > 0) push('S11_HUKDIS', 'PERLU_VERIFIKASI', 'MUNGKIN_SEDANG_MENJALANI', `${serving[0]!.level} ${serving[0]!.tmt}`, `${p.hukdis.years}`);
    else push('S11_HUKDIS', 'TERPENUHI', 'BANDING', null, `${p.hukdis.years}`);
  }

  // S12 maximum age: met while the reference date is on or before the cap birthday
  const cap = post.maxAge ?? p.maxAge[level] ?? null;
  const ageRef = p.ageReference === 'AS_OF' ? x.asOf : ref;
  if (cap !== null) {
    if (!e.birthDate) push('S12_USIA_MAKS', 'PERLU_VERIFIKASI', 'DATA_KOSONG', null, String(cap));
    else push('S12_USIA_MAKS', ageRef <= addYears(e.birthDate, cap) ? 'TERPENUHI' : 'TIDAK_TERPENUHI', 'BANDING', yearsBetween(e.birthDate, ageRef), String(cap));
  }

  // S13 remaining service until the BUP of the target level (B8) ≥ N months
  if (!e.birthDate) push('S13_SISA_MASA_KERJA', 'PERLU_VERIFIKASI', 'DATA_KOSONG', null, String(p.minMonthsBeforeBup));
  else {
    const bup = bupOf(null, post.name, level, post.eselon, x.profile, p);
    const pension = pensionDate(e.birthDate, bup.age, p.vacancy.pensionDate);
    const months = wholeMonths(ref, pension);
    push('S13_SISA_MASA_KERJA', months >= p.minMonthsBeforeBup ? 'TERPENUHI' : 'TIDAK_TERPENUHI', 'BANDING', String(months), String(p.minMonthsBeforeBup));
  }
  return out;
}

/** `III.a`, `IIIa`, `3a`, `Eselon III/a` → `III.a` (the profile's byEselon keys); null when no letter. */
export function normEselonKey(v: string): string | null {
  const tier = eselonTier(v);
  const letter = /([ab])\s*$/i.exec(foldText(v));
  if (tier === null || !letter || tier > 4) return null;
  return `${['I', 'II', 'III', 'IV'][tier - 1]}.${letter[1]!.toLowerCase()}`;
}

/** Years from `from` to `to` with two decimals (`3.42`), for the value shown. */
export function yearsBetween(from: string, to: string): string {
  const months = wholeMonths(from, to);
  return (months / 12).toFixed(2);
}

/**
 * The verdict over the keras checks (§5.4): TIDAK_MEMENUHI when a failed check is not curable;
 * MEMENUHI_DENGAN_WAKTU when every failed one is; PERLU_VERIFIKASI when nothing failed but some
 * check needs verification; else MEMENUHI. Peringatan checks only add notes.
 */
export function verdict(checks: readonly CheckResult[]): Eligibility {
  let curable = false;
  let verify = false;
  for (const c of checks) {
    if (c.mode !== 'keras') continue;
    if (c.status === 'TIDAK_TERPENUHI') {
      if (c.metDate === null) return 'TIDAK_MEMENUHI';
      curable = true;
    } else if (c.status === 'PERLU_VERIFIKASI') verify = true;
  }
  return curable ? 'MEMENUHI_DENGAN_WAKTU' : verify ? 'PERLU_VERIFIKASI' : 'MEMENUHI';
}
