/**
 * The succession engine (docs/rules.md §12): posts → vacancy forecast → candidates by feeder
 * level → checks → eligibility and readiness → ranking and nominees → bench and risk, plus the
 * retirement projection. Pure: classified employees, records, positions and the profile in,
 * plain data out. Work is O(posts × candidates in the post's feeder levels); only the nominees
 * keep their check objects, every pair is kept in typed arrays.
 */
import { isPns } from '../classify.js';
import type { JobLevel } from '../levels.js';
import type { Profile } from '../profile.js';
import type { RecognisedJabatan } from '../tables.js';
import type { Employee, Issue } from '../types.js';
import { addYears } from '../values.js';
import { benchStatus, pipelineHealth, riskOf } from './bench.js';
import { candidateFacts, checksOf, evaluateChecks, FastRecorder, golonganRank, postFacts, type CandidateFacts } from './eligibility.js';
import { CHECK_CODES, READINESS, RISK_LEVELS, type Readiness, type SuccessionParams } from './params.js';
import { linkByCode, readPostTables, rosterPosts } from './posts.js';
import { matchScore, TopN, type RankKey } from './ranking.js';
import { boxCap, boxReadiness, monthsUntil, readinessFrom } from './readiness.js';
import type { Records } from './records.js';
import {
  ELIGIBILITY,
  type Band,
  type CandidateResult,
  type FunnelStep,
  type IncumbentForecast,
  type PairTable,
  type Post,
  type PostResult,
  type Retirement,
  type SuccessionResult,
  type SuccessionSummary,
} from './types.js';
import { bandOf, bupOf, earliest, pensionDate, wholeMonths } from './vacancy.js';

export interface SuccessionInput {
  employees: readonly Employee[];
  /** the classifier's SKP window, oldest first */
  skpYears: readonly number[];
  records: Records;
  jabatan: readonly RecognisedJabatan[];
  asOf: string;
  profile: Profile;
  params: SuccessionParams;
  /** add roster-derived posts (always without a positions table; `--tanpa-jabatan-implisit` turns it off with one) */
  implicitPosts: boolean;
  /** restrict the posts analysed */
  levels?: readonly string[] | null;
  opd?: string | null;
}

const IMPORTANCE = ['tinggi', 'sedang', 'rendah'];
/** chain vacancies: at most this many source posts are named per post (all are counted) */
const CHAIN_LISTED = 10;

interface Cand extends RankKey {
  emp: number;
  readyDate: string;
}

/** per candidate, once: the facts the checks read and the ranking keys */
interface CandidateCache {
  facts: CandidateFacts;
  /** the ranking keys; readiness and eligibility are set per pair before a comparison */
  key: RankKey;
  boxReady: boolean;
  /** the best readiness the box allows */
  cap: Readiness;
}

export function succession(input: SuccessionInput): SuccessionResult {
  const { employees, records, asOf, profile, params: p } = input;
  const issues: Issue[] = [];
  const byNip = new Map<string, number>();
  employees.forEach((e, i) => {
    if (e.nipValid && !byNip.has(e.nip)) byNip.set(e.nip, i);
  });

  // ---- posts -------------------------------------------------------------------------------
  const read = readPostTables(input.jabatan, Number(asOf.slice(0, 4)));
  issues.push(...read.issues);
  const tablePosts = read.posts;
  linkByCode(tablePosts, employees, records.extras);
  let posts: Post[] = [...tablePosts];
  if (input.jabatan.length === 0 || input.implicitPosts) {
    const r = rosterPosts(employees, records.extras, tablePosts, input.jabatan.length > 0);
    posts.push(...r.posts);
    issues.push(...r.issues);
  }
  const holder = new Map<string, string>();
  for (const post of posts) {
    for (const n of post.incumbentNips) {
      const other = holder.get(n);
      if (other !== undefined)
        issues.push({ severity: 'warning', code: 'JABATAN_PEJABAT_GANDA', file: null, sheet: null, row: null, column: null, value: n, params: { a: other, b: post.code } });
      else holder.set(n, post.code);
    }
  }
  if (input.levels && input.levels.length > 0) posts = posts.filter((x) => input.levels!.includes(x.level));
  if (input.opd) {
    const want = input.opd.toLowerCase();
    posts = posts.filter((x) => x.opd.toLowerCase() === want);
  }
  if (!records.hukdisTable) issues.push({ severity: 'info', code: 'HUKDIS_TIDAK_DIPERIKSA', file: null, sheet: null, row: null, column: null, value: null });

  // ---- candidate universe (§5.3) ------------------------------------------------------------
  const boxes = new Set([...p.candidateBoxes, ...p.developmentBoxes]);
  let universe = 0;
  let krs = 0;
  let afterExclusions = 0;
  const byLevel = new Map<string, number[]>();
  let withoutTmt = 0;
  employees.forEach((e, i) => {
    if (e.box === null) return;
    universe++;
    if (!boxes.has(e.box)) return;
    krs++;
    if (p.excludePoolExclusions && e.exclusions.length > 0) return;
    afterExclusions++;
    if (e.currentLevel === null) return;
    const l = byLevel.get(e.currentLevel);
    if (l) l.push(i);
    else byLevel.set(e.currentLevel, [i]);
    if (!records.extras.get(e.nip)?.tmtJabatan) withoutTmt++;
  });
  if (withoutTmt > 0)
    issues.push({ severity: 'info', code: 'ROSTER_TMT_JABATAN_KOSONG', file: null, sheet: null, row: null, column: null, value: null, params: { count: withoutTmt } });

  // ---- per post ---------------------------------------------------------------------------
  const pairs = new PairBuilder();
  const nominees: CandidateResult[] = [];
  const postResults: PostResult[] = [];
  const readyNowCount = new Int32Array(employees.length);
  const evaluatedCount = new Int32Array(employees.length);
  const postReadyNow: number[][] = [];

  const cache = new Array<CandidateCache | undefined>(employees.length);
  const factsOf = (ei: number): CandidateCache => {
    let c = cache[ei];
    if (c) return c;
    const e = employees[ei]!;
    const extra = records.extras.get(e.nip);
    const tmt = extra?.tmtJabatan ?? null;
    c = {
      facts: candidateFacts(e, extra, records.hukdis.get(e.nip) ?? [], input.skpYears, profile, p),
      key: {
        readiness: 'BUKAN_KANDIDAT',
        eligibility: 'TIDAK_MEMENUHI',
        score: matchScore(e, p),
        box: e.box!,
        talent: e.talentScore,
        potential: e.potential.score,
        performance: e.performance.score,
        monthsInPost: tmt === null ? null : wholeMonths(tmt, asOf),
        golongan: golonganRank(e.golongan),
        nip: e.nip,
      },
      boxReady: boxReadiness(e.box!, p) === 'SIAP_SEKARANG',
      cap: boxCap(e.box!, p),
    };
    cache[ei] = c;
    return c;
  };
  const rec = new FastRecorder();

  for (const post of posts) {
    // vacancy forecast (§5.7)
    const incumbents: IncumbentForecast[] = post.incumbentNips.map((nip) => {
      const ei = byNip.get(nip);
      if (ei === undefined) return { nip, name: '', birthDate: null, bup: null, bupSource: null, pensionDate: null, inRoster: false };
      const e = employees[ei]!;
      const bup = bupOf(records.extras.get(nip)?.rosterBup ?? null, e.jabatan, e.currentLevel as JobLevel | null, e.eselon, profile, p);
      return {
        nip,
        name: e.nama,
        birthDate: e.birthDate,
        bup: bup.age,
        bupSource: bup.source,
        pensionDate: e.birthDate ? pensionDate(e.birthDate, bup.age, p.vacancy.pensionDate) : null,
        inRoster: true,
      };
    });
    let state: PostResult['state'] = 'TERISI';
    let vacancy: string | null;
    if (post.status !== 'TERISI' || incumbents.length === 0) {
      state = 'SUDAH_KOSONG';
      vacancy = asOf;
    } else if (incumbents.some((x) => !x.inRoster || x.pensionDate === null)) {
      state = 'PEJABAT_TIDAK_DITEMUKAN';
      for (const x of incumbents.filter((y) => !y.inRoster)) {
        issues.push({ severity: 'warning', code: 'JABATAN_PEJABAT_TIDAK_DI_ROSTER', file: null, sheet: null, row: null, column: null, value: x.nip, params: { code: post.code } });
      }
      vacancy = post.plannedVacancy;
    } else {
      // the post is vacant when its last definitive incumbent retires (§5.7)
      let last = incumbents[0]!.pensionDate!;
      for (const x of incumbents) if (x.pensionDate! > last) last = x.pensionDate!;
      vacancy = earliest(post.plannedVacancy, last);
    }
    if (vacancy !== null && vacancy <= asOf) state = 'SUDAH_KOSONG';
    const band = bandOf(vacancy, asOf, p);
    const monthsToVacancy = vacancy === null ? null : Math.max(0, wholeMonths(asOf, vacancy));
    // reference date of the checks: TANGGAL RENCANA PENGISIAN, else the vacancy date, never before --as-of (§5.12)
    let ref = post.plannedFill ?? vacancy ?? asOf;
    if (ref < asOf) ref = asOf;

    // candidates from the feeder levels (§5.3); JF target posts: forecast only
    const feeder = p.feeders[post.level as keyof SuccessionParams['feeders']];
    const pool: number[] = [];
    if (feeder) for (const l of feeder.levels) for (const i of byLevel.get(l) ?? []) pool.push(i);
    const top = new TopN<Cand>(p.nomineesPerPosition);
    const counts = { readyNow: 0, ready12: 0, ready3: 0, verify: 0 };
    const removedAt = new Array<number>(CHECK_CODES.length).fill(0);
    let eligible = 0;
    let readyAtVacancy = 0;
    const readyNowHere: number[] = [];
    const pf = postFacts(post, ref, asOf, profile, p);
    const vacancyOrNow = vacancy === null ? null : vacancy < asOf ? asOf : vacancy;
    for (const ei of pool) {
      const cf = factsOf(ei);
      evaluateChecks(cf.facts, pf, p, records.hukdisTable, rec.reset(asOf));
      const elig = rec.eligibility;
      const rd = rec.ready;
      const readiness = readinessFrom(elig, cf.cap, rd, asOf, p);
      pairs.add(postResults.length, ei, ELIGIBILITY.indexOf(elig), READINESS.indexOf(readiness), rd, rec.notMet, rec.verify);
      evaluatedCount[ei]!++;
      if (rec.fatal >= 0) removedAt[rec.fatal]!++;
      if (readiness === 'BUKAN_KANDIDAT') continue;
      eligible++;
      if (readiness === 'SIAP_SEKARANG') {
        counts.readyNow++;
        readyNowCount[ei]!++;
        readyNowHere.push(ei);
      } else if (readiness === 'SIAP_1_2_TAHUN') counts.ready12++;
      else counts.ready3++;
      if (elig === 'PERLU_VERIFIKASI') counts.verify++;
      if (vacancyOrNow !== null && rd <= vacancyOrNow && cf.boxReady) readyAtVacancy++;
      // the candidate's own key, this pair's readiness: an object is made only for one that enters the top N
      const probe = cf.key;
      probe.readiness = readiness;
      probe.eligibility = elig;
      if (top.accepts(probe)) top.add({ ...probe, emp: ei, readyDate: rd });
    }
    // funnel (§5.8): what is left after each step; never increases
    const funnel: FunnelStep[] = [
      { step: 'UNIVERSE', left: universe },
      { step: 'S3_KRS', left: krs },
      { step: 'PENGECUALIAN_POOL', left: afterExclusions },
      { step: 'S4_JENJANG_ASAL', left: pool.length },
    ];
    let left = pool.length;
    CHECK_CODES.forEach((code, i) => {
      left -= removedAt[i]!;
      funnel.push({ step: code, left });
    });
    let mostFiltered: string | null = null;
    let most = 0;
    for (let i = 1; i < funnel.length; i++) {
      const removed = funnel[i - 1]!.left - funnel[i]!.left;
      if (removed > most) {
        most = removed;
        mostFiltered = funnel[i]!.step;
      }
    }
    const ranked = top.items;
    const nomineeIdx: number[] = [];
    ranked.forEach((c, k) => {
      nomineeIdx.push(nominees.length);
      nominees.push({
        post: post.code,
        nip: c.nip,
        employee: c.emp,
        eligibility: c.eligibility,
        readiness: c.readiness,
        readyDate: c.readyDate,
        monthsToReady: monthsUntil(asOf, c.readyDate),
        readyByVacancy: vacancy === null ? null : c.readyDate <= (vacancy < asOf ? asOf : vacancy),
        matchScore: c.score,
        yearsInPost: c.monthsInPost === null ? null : Math.floor((c.monthsInPost / 12) * 100) / 100,
        checks: checksOf(factsOf(c.emp).facts, pf, p, records.hukdisTable),
        rank: k + 1,
        gap: c.score === null || ranked[0]!.score === null ? null : Math.round((ranked[0]!.score - c.score) * 1e6) / 1e6,
        nominee: true,
        postsEvaluated: 0,
        postsReadyNow: 0,
        overload: false,
      });
    });
    const health = pipelineHealth(counts, post.seats);
    const critical = post.critical || (p.risk.jptAlwaysCritical && (post.level === 'JPT_PRATAMA' || post.level === 'JPT_MADYA'));
    postReadyNow.push(readyNowHere);
    postResults.push({
      post: critical === post.critical ? post : { ...post, critical },
      incumbents,
      state,
      vacancyDate: vacancy,
      monthsToVacancy,
      band,
      referenceDate: ref,
      matched: feeder !== undefined,
      evaluated: pool.length,
      eligible,
      readyAtVacancy,
      bench: { ...counts, shared: 0 },
      benchStatus: benchStatus(counts),
      health: feeder ? health : null,
      risk: feeder ? riskOf(band, health, critical, p) : null,
      funnel,
      mostFiltered,
      nominees: nomineeIdx,
      chainFrom: [],
      chainCount: 0,
    });
  }

  // ---- cross-post: Nakisa share, overload, chain vacancies -------------------------------------
  postResults.forEach((r, i) => {
    let shared = 0;
    for (const ei of postReadyNow[i]!) shared += 1 / readyNowCount[ei]!;
    r.bench.shared = Math.round(shared * 1e6) / 1e6;
  });
  for (const n of nominees) {
    n.postsEvaluated = evaluatedCount[n.employee]!;
    n.postsReadyNow = readyNowCount[n.employee]!;
    n.overload = n.postsReadyNow > p.readiness.overloadPositions;
  }
  const holderPost = new Map<string, number>();
  postResults.forEach((r, i) => r.post.incumbentNips.forEach((n) => holderPost.set(n, i)));
  const chains = postResults.map(() => new Set<string>());
  postResults.forEach((r, i) => {
    for (const ei of postReadyNow[i]!) {
      const b = holderPost.get(employees[ei]!.nip);
      if (b !== undefined && b !== i) chains[b]!.add(r.post.code);
    }
  });
  // the posts whose ready-now candidate holds this one: the count, and the first CHAIN_LISTED codes
  postResults.forEach((r, i) => {
    const codes = [...chains[i]!].sort();
    r.chainCount = codes.length;
    r.chainFrom = codes.slice(0, CHAIN_LISTED);
  });

  // ---- order of the posts (§5.9): risk ↓, importance, months to vacancy ↑, code -------------
  const order = postResults.map((_, i) => i);
  const imp = (s: string) => {
    const k = IMPORTANCE.indexOf(s.trim().toLowerCase());
    return k < 0 ? 3 : k;
  };
  order.sort((a, b) => {
    const x = postResults[a]!;
    const y = postResults[b]!;
    return (
      (y.risk === null ? -1 : RISK_LEVELS.indexOf(y.risk)) - (x.risk === null ? -1 : RISK_LEVELS.indexOf(x.risk)) ||
      imp(x.post.importance) - imp(y.post.importance) ||
      (x.monthsToVacancy ?? Infinity) - (y.monthsToVacancy ?? Infinity) ||
      (x.post.code < y.post.code ? -1 : x.post.code > y.post.code ? 1 : 0)
    );
  });
  const sortedPosts = order.map((i) => postResults[i]!);
  const remap = new Uint32Array(order.length);
  order.forEach((oldIdx, newIdx) => (remap[oldIdx] = newIdx));
  const table = pairs.build(remap);

  const retirements = retirementProjection(employees, records, asOf, profile, p, holderPost, postResults);
  return {
    asOf,
    params: p,
    posts: sortedPosts,
    nominees,
    pairs: table,
    retirements,
    summary: summarise(sortedPosts, table, nominees, retirements, readyNowCount, p),
    issues,
    hukdisChecked: records.hukdisTable,
  };
}

/**
 * The "Daftar Nominatif PNS yang akan mencapai BUP" (R6): every PNS (and anyone whose BUP the
 * roster gives) with a pension date from --as-of to --as-of + retirementProjectionYears years.
 */
function retirementProjection(
  employees: readonly Employee[],
  records: Records,
  asOf: string,
  profile: Profile,
  p: SuccessionParams,
  holderPost: Map<string, number>,
  posts: readonly PostResult[],
): Retirement[] {
  const end = addYears(asOf, p.vacancy.retirementProjectionYears);
  const out: Retirement[] = [];
  const seen = new Set<string>();
  employees.forEach((e, i) => {
    if (!e.nipValid || !e.birthDate || seen.has(e.nip)) return;
    seen.add(e.nip);
    const rosterBup = records.extras.get(e.nip)?.rosterBup ?? null;
    if (!isPns(e.jenisPegawai, profile) && rosterBup === null) return;
    const bup = bupOf(rosterBup, e.jabatan, e.currentLevel as JobLevel | null, e.eselon, profile, p);
    const pension = pensionDate(e.birthDate, bup.age, p.vacancy.pensionDate);
    if (pension < asOf || pension > end) return;
    const pi = holderPost.get(e.nip);
    out.push({
      nip: e.nip,
      employee: i,
      pensionDate: pension,
      bup: bup.age,
      bupSource: bup.source,
      monthsToPension: wholeMonths(asOf, pension),
      year: Number(pension.slice(0, 4)),
      level: e.currentLevel ?? '',
      opd: e.unorInduk,
      postCode: pi === undefined ? null : posts[pi]!.post.code,
    });
  });
  out.sort((a, b) => (a.pensionDate < b.pensionDate ? -1 : a.pensionDate > b.pensionDate ? 1 : a.nip < b.nip ? -1 : 1));
  return out;
}

function summarise(
  posts: readonly PostResult[],
  pairs: PairTable,
  nominees: readonly CandidateResult[],
  retirements: readonly Retirement[],
  readyNowCount: Int32Array,
  p: SuccessionParams,
): SuccessionSummary {
  const byRisk = Object.fromEntries(RISK_LEVELS.map((r) => [r, 0])) as SuccessionSummary['byRisk'];
  const bands: Band[] = ['SUDAH_KOSONG', 'BULAN_6', 'BULAN_12', 'BULAN_24', 'DI_LUAR_HORIZON', 'TANPA_TANGGAL'];
  const byBand = Object.fromEntries(bands.map((b) => [b, 0])) as SuccessionSummary['byBand'];
  const byReadiness = Object.fromEntries(READINESS.map((r) => [r, 0])) as Record<Readiness, number>;
  let critical = 0;
  let matched = 0;
  let covered = 0;
  let matchedCritical = 0;
  let coveredCritical = 0;
  let opening = 0;
  let openingCovered = 0;
  let within12 = 0;
  let without = 0;
  for (const r of posts) {
    if (r.risk !== null) byRisk[r.risk]++;
    byBand[r.band]++;
    if (r.post.critical) critical++;
    if (r.band === 'SUDAH_KOSONG' || r.band === 'BULAN_6' || r.band === 'BULAN_12') within12++;
    if (!r.matched) continue;
    matched++;
    if (r.bench.readyNow > 0) covered++;
    if (r.benchStatus === 'TANPA_SUKSESOR') without++;
    if (r.post.critical) {
      matchedCritical++;
      if (r.bench.readyNow > 0) coveredCritical++;
    }
    if (r.band !== 'DI_LUAR_HORIZON' && r.band !== 'TANPA_TANGGAL') {
      opening++;
      if (r.bench.readyNow > 0 || r.readyAtVacancy > 0) openingCovered++;
    }
  }
  for (let i = 0; i < pairs.length; i++) byReadiness[READINESS[pairs.readiness[i]!]!]++;
  const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1e4) / 1e4);
  let overloaded = 0;
  const uniq = new Set<number>();
  for (const n of nominees) uniq.add(n.employee);
  const unique = uniq.size;
  for (let i = 0; i < readyNowCount.length; i++) if (readyNowCount[i]! > p.readiness.overloadPositions) overloaded++;
  const retirementsByYear: Record<string, number> = {};
  for (const r of retirements) retirementsByYear[String(r.year)] = (retirementsByYear[String(r.year)] ?? 0) + 1;
  return {
    positions: posts.length,
    critical,
    vacantNow: byBand.SUDAH_KOSONG,
    openingWithin12: within12,
    openingWithinHorizon: byBand.SUDAH_KOSONG + byBand.BULAN_6 + byBand.BULAN_12 + byBand.BULAN_24,
    coverage: ratio(covered, matched),
    coverageCritical: ratio(coveredCritical, matchedCritical),
    coverageOpening: ratio(openingCovered, opening),
    withoutSuccessor: without,
    byRisk,
    byBand,
    evaluatedPairs: pairs.length,
    byReadiness,
    uniqueCandidates: unique,
    overloaded,
    retirementsByYear,
  };
}

/** Growable typed arrays for the pairs. */
class PairBuilder {
  private readonly dates = new Map<string, number>();
  private n = 0;
  private cap = 1024;
  private post = new Uint32Array(this.cap);
  private employee = new Uint32Array(this.cap);
  private eligibility = new Uint8Array(this.cap);
  private readiness = new Uint8Array(this.cap);
  private readyDate = new Uint32Array(this.cap);
  private notMet = new Uint16Array(this.cap);
  private verify = new Uint16Array(this.cap);
  add(post: number, employee: number, eligibility: number, readiness: number, ready: string, notMet: number, verify: number): void {
    if (this.n === this.cap) this.grow();
    const i = this.n++;
    this.post[i] = post;
    this.employee[i] = employee;
    this.eligibility[i] = eligibility;
    this.readiness[i] = readiness;
    let d = this.dates.get(ready);
    if (d === undefined) this.dates.set(ready, (d = Number(ready.slice(0, 4)) * 10000 + Number(ready.slice(5, 7)) * 100 + Number(ready.slice(8, 10))));
    this.readyDate[i] = d;
    this.notMet[i] = notMet;
    this.verify[i] = verify;
  }
  private grow(): void {
    this.cap *= 2;
    const g = <T extends Uint32Array | Uint16Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(this.cap);
      b.set(a);
      return b;
    };
    this.post = g(this.post, (n) => new Uint32Array(n));
    this.employee = g(this.employee, (n) => new Uint32Array(n));
    this.eligibility = g(this.eligibility, (n) => new Uint8Array(n));
    this.readiness = g(this.readiness, (n) => new Uint8Array(n));
    this.readyDate = g(this.readyDate, (n) => new Uint32Array(n));
    this.notMet = g(this.notMet, (n) => new Uint16Array(n));
    this.verify = g(this.verify, (n) => new Uint16Array(n));
  }
  /** the pairs in post order (the final post order: `remap[old] = new`), then input order */
  build(remap: Uint32Array): PairTable {
    const n = this.n;
    // counting sort by the final post index (pairs of one post stay in input order)
    const posts = remap.length;
    const start = new Uint32Array(posts + 1);
    for (let i = 0; i < n; i++) start[remap[this.post[i]!]! + 1]!++;
    for (let k = 0; k < posts; k++) start[k + 1]! += start[k]!;
    const sorted = new Uint32Array(n);
    for (let i = 0; i < n; i++) sorted[start[remap[this.post[i]!]!]!++] = i;
    const t: PairTable = {
      length: n,
      post: new Uint32Array(n),
      employee: new Uint32Array(n),
      eligibility: new Uint8Array(n),
      readiness: new Uint8Array(n),
      readyDate: new Uint32Array(n),
      notMet: new Uint16Array(n),
      verify: new Uint16Array(n),
    };
    sorted.forEach((s, i) => {
      t.post[i] = remap[this.post[s]!]!;
      t.employee[i] = this.employee[s]!;
      t.eligibility[i] = this.eligibility[s]!;
      t.readiness[i] = this.readiness[s]!;
      t.readyDate[i] = this.readyDate[s]!;
      t.notMet[i] = this.notMet[s]!;
      t.verify[i] = this.verify[s]!;
    });
    return t;
  }
}
