/**
 * Eligibility of one candidate for one post (docs/rules.md §12.4): each check gives TERPENUHI,
 * TIDAK_TERPENUHI (with the date time cures it, when it can), PERLU_VERIFIKASI (data missing)
 * or TIDAK_DIPERIKSA (switched off). A missing column never passes or fails silently. Pure.
 */
import { isPns } from '../classify.js';
import { eselonTier, type JobLevel } from '../levels.js';
import type { Profile } from '../profile.js';
import type { Employee } from '../types.js';
import { addMonths, addYears, foldText } from '../values.js';
import { normaliseGolongan } from '../vocab.js';
import { CHECK_CODES, checkMode, EDUCATION, type CheckCode, type SuccessionParams } from './params.js';
import { bupOf, pensionDate, wholeMonths } from './vacancy.js';
import type { CheckResult, Eligibility, HukdisRecord, PersonExtra, Post } from './types.js';

/** The legal basis of each check (§5.4 table). */
const BASIS: Record<CheckCode, string> = {
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
  const f = foldText(v)
    .replace(/[.\-/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
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
  return ['I', 'II', 'III', 'IV'].indexOf(m[1]!) * 5 + 'abcde'.indexOf(m[2]!);
}

const PREDIKAT_ORDER = ['SANGAT_KURANG', 'KURANG', 'BUTUH_PERBAIKAN', 'BAIK', 'SANGAT_BAIK'];

type Status = CheckResult['status'];
/** a check's value: computed only when the full result is kept (nominees, explain) */
type Lazy = string | null;

/** What the checks read of one candidate, computed once per candidate (not once per pair). */
export interface CandidateFacts {
  e: Employee;
  nip: string;
  golongan: string;
  golRank: number | null;
  eduRaw: string | null;
  edu: string | null;
  tmtJabatan: string | null;
  /** TMT golongan + kpRegulerTahun: the next regular promotion in grade */
  nextKp: string | null;
  birth: string | null;
  unor: string;
  unorInduk: string;
  s1: [Status, string, string | null];
  s2: [Status, string, string | null];
  s10: [Status, string, string | null];
  hukdis: readonly HukdisRecord[];
  /** small caches: date arithmetic per distinct parameter */
  plus: Map<number, string>;
}

export function candidateFacts(
  e: Employee,
  extra: PersonExtra | undefined,
  hukdis: readonly HukdisRecord[],
  skpYears: readonly number[],
  profile: Profile,
  p: SuccessionParams,
): CandidateFacts {
  const jp = e.jenisPegawai;
  const kh = e.kedudukanHukum;
  const active = profile.talentPool.inactive.activeValues.map(foldText);
  // S10: each of the last N SKP years ≥ minPredikat; a missing year needs verification
  const years = skpYears.slice(-p.performance.years);
  const min = PREDIKAT_ORDER.indexOf(p.performance.minPredikat);
  let missing = years.length < p.performance.years;
  let failed = false;
  const seen: string[] = [];
  const perf = e.performance.years;
  for (const y of years) {
    const t = perf.find((x) => x.year === y);
    if (!t) {
      missing = true;
      seen.push(`${y}:-`);
      continue;
    }
    seen.push(`${y}:${t.predikat}`);
    if (PREDIKAT_ORDER.indexOf(t.predikat) < min) failed = true;
  }
  const tmtGol = extra?.tmtGolongan ?? null;
  const eduRaw = extra?.tingkatPendidikan ?? null;
  return {
    e,
    nip: e.nip,
    golongan: e.golongan,
    golRank: golonganRank(e.golongan),
    eduRaw,
    edu: eduRaw === null ? null : parseEducation(eduRaw),
    tmtJabatan: extra?.tmtJabatan ?? null,
    nextKp: tmtGol === null ? null : addYears(tmtGol, p.golongan.kpRegulerTahun),
    birth: e.birthDate,
    unor: e.unor,
    unorInduk: e.unorInduk,
    s1: jp.trim() === '' ? ['PERLU_VERIFIKASI', 'DATA_KOSONG', null] : [isPns(jp, profile) ? 'TERPENUHI' : 'TIDAK_TERPENUHI', 'BANDING', jp],
    s2: kh.trim() === '' ? ['PERLU_VERIFIKASI', 'DATA_KOSONG', null] : [active.includes(foldText(kh)) ? 'TERPENUHI' : 'TIDAK_TERPENUHI', 'BANDING', kh],
    s10: [failed ? 'TIDAK_TERPENUHI' : missing ? 'PERLU_VERIFIKASI' : 'TERPENUHI', failed ? 'BANDING' : missing ? 'TAHUN_KOSONG' : 'BANDING', seen.join(' ') || null],
    hukdis,
    plus: new Map(),
  };
}

/** What the checks read of one post, computed once per post. */
export interface PostFacts {
  post: Post;
  ref: string;
  asOf: string;
  ageRef: string;
  minYears: number;
  minMonths: number;
  reqEdu: string | null;
  reqEduRank: number;
  reqGol: string | null;
  reqGolRank: number;
  golMode: CheckResult['mode'];
  cap: number | null;
  /** born on or after this date: within the age cap at the age reference date */
  capMinBirth: string | null;
  targetBup: number;
  /** pension on or after this date leaves the minimum service */
  serviceUntil: string;
  hukdisFrom: string;
  servingFrom: string;
  /** each check's mode, and the required values as shown */
  modes: Record<CheckCode, CheckResult['mode']>;
  req: { s5: string; s10: string; s11: string; s12: string | null; s13: string };
}

export function postFacts(post: Post, ref: string, asOf: string, profile: Profile, p: SuccessionParams): PostFacts {
  const level = post.level as JobLevel;
  const feeder = p.feeders[level as keyof SuccessionParams['feeders']];
  const minYears = post.minYears ?? feeder?.minYears ?? 0;
  const reqEdu = post.minEducation ?? p.minEducation[level as keyof SuccessionParams['minEducation']] ?? null;
  const eselonKey = normEselonKey(post.eselon);
  const derived = (eselonKey && p.golongan.byEselon[eselonKey]) || p.golongan.byLevel[level] || null;
  const reqGol = post.minGolongan ?? derived;
  const cap = post.maxAge ?? p.maxAge[level] ?? null;
  const ageRef = p.ageReference === 'AS_OF' ? asOf : ref;
  return {
    post,
    ref,
    asOf,
    ageRef,
    minYears,
    minMonths: Math.round(minYears * 12),
    reqEdu,
    reqEduRank: reqEdu === null ? -1 : educationRank(reqEdu),
    reqGol,
    reqGolRank: reqGol === null ? -1 : golonganRank(reqGol)!,
    golMode: post.minGolongan !== null ? 'keras' : p.golongan.mode,
    cap,
    capMinBirth: cap === null ? null : addYears(ageRef, -cap),
    // B8: remaining service is measured with the target level's BUP
    targetBup: bupOf(null, post.name, level, post.eselon, profile, p).age,
    serviceUntil: addMonths(ref, p.minMonthsBeforeBup),
    hukdisFrom: addMonths(ref, -Math.round(p.hukdis.years * 12)),
    servingFrom: addMonths(ref, -p.hukdis.possiblyServingMonths),
    modes: Object.fromEntries(CHECK_CODES.map((k) => [k, checkMode(p, k)])) as Record<CheckCode, CheckResult['mode']>,
    req: {
      s5: String(minYears),
      s10: `${p.performance.years}×${p.performance.minPredikat}`,
      s11: String(p.hukdis.years),
      s12: cap === null ? null : String(cap),
      s13: String(p.minMonthsBeforeBup),
    },
  };
}

/** Receives each check; the full recorder keeps CheckResult objects, the fast one only bits. */
export interface Recorder {
  /** true when the values shown are wanted (they never change the verdict) */
  readonly full: boolean;
  add(code: CheckCode, status: Status, mode: CheckResult['mode'], reason: string, value: Lazy, required: string | null, metDate: string | null): void;
}

class FullRecorder implements Recorder {
  readonly full = true;
  readonly checks: CheckResult[] = [];
  add(code: CheckCode, status: Status, mode: CheckResult['mode'], reason: string, value: Lazy, required: string | null, metDate: string | null): void {
    this.checks.push({ code, status: mode === 'mati' ? 'TIDAK_DIPERIKSA' : status, mode, value, required, metDate, reason, basis: BASIS[code] });
  }
}

const BIT: Record<CheckCode, number> = Object.fromEntries(CHECK_CODES.map((c, i) => [c, 1 << i])) as Record<CheckCode, number>;
const INDEX: Record<CheckCode, number> = Object.fromEntries(CHECK_CODES.map((c, i) => [c, i])) as Record<CheckCode, number>;

/** The same verdict and ready date as verdict() and readyDate(), without an object per check. */
export class FastRecorder implements Recorder {
  readonly full = false;
  notMet = 0;
  verify = 0;
  /** first keras check failed for good (funnel), -1 when none */
  fatal = -1;
  curable = false;
  verifyKeras = false;
  ready = '';
  reset(asOf: string): this {
    this.notMet = 0;
    this.verify = 0;
    this.fatal = -1;
    this.curable = false;
    this.verifyKeras = false;
    this.ready = asOf;
    return this;
  }
  add(code: CheckCode, status: Status, mode: CheckResult['mode'], _reason: string, _value: Lazy, _required: string | null, metDate: string | null): void {
    if (mode === 'mati') return;
    if (status === 'TIDAK_TERPENUHI') {
      this.notMet |= BIT[code];
      if (mode !== 'keras') return;
      if (metDate === null) {
        if (this.fatal < 0) this.fatal = INDEX[code];
      } else {
        this.curable = true;
        if (metDate > this.ready) this.ready = metDate;
      }
    } else if (status === 'PERLU_VERIFIKASI') {
      this.verify |= BIT[code];
      if (mode === 'keras') this.verifyKeras = true;
    }
  }
  get eligibility(): Eligibility {
    return this.fatal >= 0 ? 'TIDAK_MEMENUHI' : this.curable ? 'MEMENUHI_DENGAN_WAKTU' : this.verifyKeras ? 'PERLU_VERIFIKASI' : 'MEMENUHI';
  }
}

/** Every check of §5.4 implemented here, in funnel order, for one (post, candidate) pair. */
export function evaluateChecks(c: CandidateFacts, f: PostFacts, p: SuccessionParams, hukdisTable: boolean, rec: Recorder): void {
  const { post, ref } = f;
  const mode = (code: CheckCode) => f.modes[code];
  const full = rec.full;

  // S1 PNS; S2 kedudukan hukum aktif (the pool rule's active values)
  rec.add('S1_PNS', c.s1[0], mode('S1_PNS'), c.s1[1], c.s1[2], 'PNS', null);
  rec.add('S2_AKTIF', c.s2[0], mode('S2_AKTIF'), c.s2[1], c.s2[2], 'AKTIF', null);

  // S18 not the incumbent
  rec.add('S18_BUKAN_PEJABAT', post.incumbentNips.includes(c.nip) ? 'TIDAK_TERPENUHI' : 'TERPENUHI', mode('S18_BUKAN_PEJABAT'), 'BANDING', null, null, null);

  // S17 scope
  if (post.scope === 'INSTANSI') rec.add('S17_LINGKUP', 'TERPENUHI', mode('S17_LINGKUP'), 'BANDING', 'INSTANSI', 'INSTANSI', null);
  else {
    const mine = post.scope === 'UNIT_KERJA' ? c.unor : c.unorInduk;
    const theirs = post.scope === 'UNIT_KERJA' ? post.unit : post.opd;
    if (mine.trim() === '' || theirs.trim() === '') rec.add('S17_LINGKUP', 'PERLU_VERIFIKASI', mode('S17_LINGKUP'), 'DATA_KOSONG', mine || null, theirs || null, null);
    else rec.add('S17_LINGKUP', foldText(mine) === foldText(theirs) ? 'TERPENUHI' : 'TIDAK_TERPENUHI', mode('S17_LINGKUP'), 'BANDING', mine, theirs, null);
  }

  // S5 years in the feeder level at the reference date; "paling singkat N tahun" inclusive (§5.12)
  const req5 = f.req.s5;
  const tmt = c.tmtJabatan;
  if (tmt === null) rec.add('S5_LAMA_JENJANG_ASAL', 'PERLU_VERIFIKASI', mode('S5_LAMA_JENJANG_ASAL'), 'DATA_KOSONG', null, req5, null);
  else {
    let metDate = c.plus.get(f.minMonths);
    if (metDate === undefined) c.plus.set(f.minMonths, (metDate = addMonths(tmt, f.minMonths)));
    const years = full ? yearsBetween(tmt, ref) : null;
    if (metDate <= ref) rec.add('S5_LAMA_JENJANG_ASAL', 'TERPENUHI', mode('S5_LAMA_JENJANG_ASAL'), 'BANDING', years, req5, null);
    else if (p.strictDuration) rec.add('S5_LAMA_JENJANG_ASAL', 'TIDAK_TERPENUHI', mode('S5_LAMA_JENJANG_ASAL'), 'BANDING', years, req5, metDate);
    // "sedang atau pernah": earlier posts at the feeder level may count; without a job history, verify
    else rec.add('S5_LAMA_JENJANG_ASAL', 'PERLU_VERIFIKASI', mode('S5_LAMA_JENJANG_ASAL'), 'RIWAYAT_DIPERLUKAN', years, req5, metDate);
  }

  // S7 minimum education (D-IV = S1)
  if (f.reqEdu !== null) {
    if (c.edu === null)
      rec.add('S7_PENDIDIKAN_MIN', 'PERLU_VERIFIKASI', mode('S7_PENDIDIKAN_MIN'), c.eduRaw === null ? 'DATA_KOSONG' : 'NILAI_TIDAK_DIKENAL', c.eduRaw, f.reqEdu, null);
    else rec.add('S7_PENDIDIKAN_MIN', educationRank(c.edu) >= f.reqEduRank ? 'TERPENUHI' : 'TIDAK_TERPENUHI', mode('S7_PENDIDIKAN_MIN'), 'BANDING', c.edu, f.reqEdu, null);
  }

  // S9 golongan: the post's own value is keras; a default-derived minimum has golongan.mode
  if (f.reqGol !== null) {
    const m9 = checkMode(p, 'S9_GOLONGAN_MIN') === 'mati' ? 'mati' : f.golMode;
    const have = c.golRank;
    const need = f.reqGolRank;
    const g = c.golongan || null;
    if (have === null) rec.add('S9_GOLONGAN_MIN', 'PERLU_VERIFIKASI', m9, c.golongan.trim() === '' ? 'DATA_KOSONG' : 'NILAI_TIDAK_DIKENAL', g, f.reqGol, null);
    else if (have >= need) rec.add('S9_GOLONGAN_MIN', 'TERPENUHI', m9, 'BANDING', g, f.reqGol, null);
    else if (have === need - 1 && c.nextKp !== null) {
      // one step below: the next regular promotion in grade cures it (UNCONFIRMED interval)
      if (c.nextKp <= f.asOf) rec.add('S9_GOLONGAN_MIN', 'PERLU_VERIFIKASI', m9, 'KP_TERLAMBAT', g, f.reqGol, c.nextKp);
      else rec.add('S9_GOLONGAN_MIN', 'TIDAK_TERPENUHI', m9, 'KP_REGULER', g, f.reqGol, c.nextKp);
    } else rec.add('S9_GOLONGAN_MIN', 'TIDAK_TERPENUHI', m9, have === need - 1 ? 'TMT_GOLONGAN_KOSONG' : 'BANDING', g, f.reqGol, null);
  }

  // S10 SKP of the last N years ≥ minPredikat
  rec.add('S10_KINERJA_2_TAHUN', c.s10[0], mode('S10_KINERJA_2_TAHUN'), c.s10[1], c.s10[2], f.req.s10, null);

  // S11 no hukdis of the levels with TMT within `years` before the reference date
  const req11 = f.req.s11;
  if (!hukdisTable) rec.add('S11_HUKDIS', 'PERLU_VERIFIKASI', mode('S11_HUKDIS'), 'TABEL_HUKDIS_TIDAK_ADA', null, req11, null);
  else if (c.hukdis.length === 0) rec.add('S11_HUKDIS', 'TERPENUHI', mode('S11_HUKDIS'), 'BANDING', null, req11, null);
  else {
    const bad = c.hukdis.filter((h) => p.hukdis.levels.includes(h.level) && h.tmt >= f.hukdisFrom && h.tmt <= ref).sort((a, b) => (a.tmt < b.tmt ? 1 : -1));
    const serving = c.hukdis.filter((h) => h.tmt >= f.servingFrom && h.tmt <= ref);
    if (bad.length > 0) rec.add('S11_HUKDIS', 'TIDAK_TERPENUHI', mode('S11_HUKDIS'), 'BANDING', `${bad[0]!.level} ${bad[0]!.tmt}`, req11, null);
    else if (serving.length > 0) rec.add('S11_HUKDIS', 'PERLU_VERIFIKASI', mode('S11_HUKDIS'), 'MUNGKIN_SEDANG_MENJALANI', `${serving[0]!.level} ${serving[0]!.tmt}`, req11, null);
    else rec.add('S11_HUKDIS', 'TERPENUHI', mode('S11_HUKDIS'), 'BANDING', null, req11, null);
  }

  // S12 maximum age: met while the age reference date is on or before the cap birthday
  if (f.cap !== null) {
    const birth = c.birth;
    const req12 = f.req.s12;
    if (!birth) rec.add('S12_USIA_MAKS', 'PERLU_VERIFIKASI', mode('S12_USIA_MAKS'), 'DATA_KOSONG', null, req12, null);
    else
      rec.add(
        'S12_USIA_MAKS',
        birth >= f.capMinBirth! ? 'TERPENUHI' : 'TIDAK_TERPENUHI',
        mode('S12_USIA_MAKS'),
        'BANDING',
        full ? yearsBetween(birth, f.ageRef) : null,
        req12,
        null,
      );
  }

  // S13 remaining service until the target level's BUP (B8) ≥ N months at the reference date
  const req13 = f.req.s13;
  const birth = c.birth;
  if (!birth) rec.add('S13_SISA_MASA_KERJA', 'PERLU_VERIFIKASI', mode('S13_SISA_MASA_KERJA'), 'DATA_KOSONG', null, req13, null);
  else {
    let pension = c.plus.get(-1 - f.targetBup);
    if (pension === undefined) c.plus.set(-1 - f.targetBup, (pension = pensionDate(birth, f.targetBup, p.vacancy.pensionDate)));
    rec.add(
      'S13_SISA_MASA_KERJA',
      pension >= f.serviceUntil ? 'TERPENUHI' : 'TIDAK_TERPENUHI',
      mode('S13_SISA_MASA_KERJA'),
      'BANDING',
      full ? String(wholeMonths(ref, pension)) : null,
      req13,
      null,
    );
  }
}

/** The full checks of one pair (nominees, explain, tests). */
export function checksOf(c: CandidateFacts, f: PostFacts, p: SuccessionParams, hukdisTable: boolean): CheckResult[] {
  const r = new FullRecorder();
  evaluateChecks(c, f, p, hukdisTable, r);
  return r.checks;
}

/** `III.a`, `IIIa`, `3a`, `Eselon III/a` → `III.a` (the profile's byEselon keys); null when no letter. */
function normEselonKey(v: string): string | null {
  const tier = eselonTier(v);
  const letter = /([ab])\s*$/i.exec(foldText(v));
  if (tier === null || !letter || tier > 4) return null;
  return `${['I', 'II', 'III', 'IV'][tier - 1]}.${letter[1]!.toLowerCase()}`;
}

/**
 * Years from `from` to `to` for the value shown, two decimals rounded down: whole years, then
 * the remaining days / 365 (exactly 3 years is "3.00"; one day short is "2.99").
 */
function yearsBetween(from: string, to: string): string {
  if (to < from) return '0.00';
  let y = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  while (y > 0 && addYears(from, y) > to) y--;
  const base = addYears(from, y);
  const days = Math.round((Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10)) - Date.UTC(+base.slice(0, 4), +base.slice(5, 7) - 1, +base.slice(8, 10))) / 86400000);
  return (Math.floor((y + days / 365) * 100) / 100).toFixed(2);
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
