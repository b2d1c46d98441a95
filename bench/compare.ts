/**
 * Compare talenta's `--json` document with a reference CSV (nip, box, talent_pool, rank).
 *
 * talenta.json can be gigabytes, so it is never parsed as one document: the JSON writer puts
 * each employee object on its own line (`    {"nip":…},`), and the four fields are read from
 * that line (a top-level key such as `,"box":` cannot occur inside a JSON string, where every
 * quote is escaped). Lines whose fields cannot be read that way are JSON.parse-d.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Outcome {
  box: number | null;
  pool: boolean;
  rank: number | null;
}

export interface TalentaResults {
  /** NIP → index of its first employee line */
  index: Map<string, number>;
  nips: string[];
  box: Uint8Array;
  pool: Uint8Array;
  /** 0 = null */
  rank: Int32Array;
  /** employees whose NIP occurs more than once (NIP_GANDA rows) */
  duplicateNips: number;
  /** the `talentPool` array, in rank order */
  talentPool: string[] | null;
}

const RE_NIP = /^\s*\{"nip":("(?:[^"\\]|\\.)*")/;
const RE_BOX = /,"box":(null|\d+)[,}]/;
const RE_POOL = /,"talentPool":(true|false)[,}]/;
const RE_RANK = /,"rank":(null|\d+)[,}]/;

function parseEmployeeLine(line: string): { nip: string; o: Outcome } {
  const n = RE_NIP.exec(line);
  const b = RE_BOX.exec(line);
  const p = RE_POOL.exec(line);
  const r = RE_RANK.exec(line);
  if (n && b && p && r) {
    return {
      nip: JSON.parse(n[1]!) as string,
      o: { box: b[1] === 'null' ? null : Number(b[1]), pool: p[1] === 'true', rank: r[1] === 'null' ? null : Number(r[1]) },
    };
  }
  const e = JSON.parse(line.trim().replace(/,$/, '')) as { nip: string; box: number | null; talentPool: boolean; rank: number | null };
  return { nip: e.nip, o: { box: e.box, pool: e.talentPool, rank: e.rank } };
}

class Grow {
  box = new Uint8Array(1 << 16);
  pool = new Uint8Array(1 << 16);
  rank = new Int32Array(1 << 16);
  n = 0;
  push(o: Outcome): void {
    if (this.n === this.box.length) {
      const grow = <T extends Uint8Array | Int32Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.box = grow(this.box);
      this.pool = grow(this.pool);
      this.rank = grow(this.rank);
    }
    this.box[this.n] = o.box ?? 0;
    this.pool[this.n] = o.pool ? 1 : 0;
    this.rank[this.n] = o.rank ?? 0;
    this.n++;
  }
}

/** Read the employees (and the talentPool array) of a talenta `--json` document, line by line. */
export async function readTalentaJson(file: string): Promise<TalentaResults> {
  const index = new Map<string, number>();
  const nips: string[] = [];
  const g = new Grow();
  let duplicateNips = 0;
  let talentPool: string[] | null = null;
  let inEmployees = false;
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!inEmployees) {
      if (line.startsWith('  "employees": [')) {
        inEmployees = true;
        if (line.trimEnd().endsWith(']')) inEmployees = false; // an empty list
      } else if (line.startsWith('  "talentPool": [')) {
        talentPool = JSON.parse(line.slice(line.indexOf('[')).replace(/,\s*$/, '')) as string[];
      }
      continue;
    }
    if (line.startsWith('  ]')) {
      inEmployees = false;
      continue;
    }
    const { nip, o } = parseEmployeeLine(line);
    if (index.has(nip)) duplicateNips++;
    else index.set(nip, nips.length);
    nips.push(nip);
    g.push(o);
  }
  return { index, nips, box: g.box.subarray(0, g.n), pool: g.pool.subarray(0, g.n), rank: g.rank.subarray(0, g.n), duplicateNips, talentPool };
}

export interface Difference {
  nip: string;
  talenta: Outcome | null;
  reference: Outcome | null;
}

export interface Comparison {
  rows: number;
  differences: number;
  first: Difference[];
}

function unquote(s: string): string {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1).replaceAll('""', '"') : s;
}

function intOrNull(s: string, what: string, line: number): number | null {
  if (s === '' || s === 'NA' || s === 'NULL') return null;
  const n = Number(s);
  if (!Number.isInteger(n)) throw new Error(`reference CSV line ${line}: ${what} ${JSON.stringify(s)} is not an integer`);
  return n;
}

const same = (a: Outcome, b: Outcome) => a.box === b.box && a.pool === b.pool && a.rank === b.rank;

/** Compare every employee of talenta with a reference CSV `nip,box,talent_pool,rank`. */
export async function compareWithReference(t: TalentaResults, file: string, keep = 10): Promise<Comparison> {
  const seen = new Uint8Array(t.nips.length);
  // differences in box or pool flag (or a missing employee) first: a rank-only difference is
  // usually a consequence of one of those
  const major: Difference[] = [];
  const rankOnly: Difference[] = [];
  let differences = 0;
  let rows = 0;
  const note = (d: Difference) => {
    differences++;
    const isRankOnly = d.talenta !== null && d.reference !== null && d.talenta.box === d.reference.box && d.talenta.pool === d.reference.pool;
    const list = isRankOnly ? rankOnly : major;
    if (list.length < keep) list.push(d);
  };
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  let lineNo = 0;
  let header: string[] | null = null;
  for await (const line of rl) {
    lineNo++;
    if (line === '') continue;
    const cells = line.split(',').map(unquote);
    if (!header) {
      header = cells.map((c) => c.toLowerCase());
      if (header.join(',') !== 'nip,box,talent_pool,rank') throw new Error(`${file}: unexpected header ${line}`);
      continue;
    }
    rows++;
    const [nip = '', box = '', pool = '', rank = ''] = cells;
    const ref: Outcome = {
      box: intOrNull(box, 'box', lineNo),
      pool: pool === '1' || pool.toLowerCase() === 'true',
      rank: intOrNull(rank, 'rank', lineNo),
    };
    const i = t.index.get(nip);
    if (i === undefined) {
      note({ nip, talenta: null, reference: ref });
      continue;
    }
    seen[i] = 1;
    const mine: Outcome = { box: t.box[i] || null, pool: t.pool[i] === 1, rank: t.rank[i] || null };
    if (!same(mine, ref)) note({ nip, talenta: mine, reference: ref });
  }
  // employees talenta has and the reference does not (duplicate NIP lines share one entry)
  for (let i = 0; i < t.nips.length; i++) {
    const nip = t.nips[i]!;
    if (seen[t.index.get(nip)!] === 0) {
      seen[t.index.get(nip)!] = 2;
      note({ nip, talenta: { box: t.box[i] || null, pool: t.pool[i] === 1, rank: t.rank[i] || null }, reference: null });
    }
  }
  if (rows !== t.nips.length && differences === 0) {
    note({ nip: `(row count: talenta ${t.nips.length}, reference ${rows})`, talenta: null, reference: null });
  }
  return { rows, differences, first: [...major, ...rankOnly].slice(0, keep) };
}

/** The ranks must follow the talentPool array: rank k ↔ talentPool[k-1]. */
export function checkPoolOrder(t: TalentaResults): string[] {
  const problems: string[] = [];
  if (!t.talentPool) return ['the talentPool array was not found in talenta.json'];
  let inPool = 0;
  for (let i = 0; i < t.nips.length; i++) if (t.pool[i]) inPool++;
  if (inPool !== t.talentPool.length) problems.push(`${inPool} employees have talentPool true, the talentPool array lists ${t.talentPool.length}`);
  for (let k = 0; k < t.talentPool.length && problems.length < 10; k++) {
    const i = t.index.get(t.talentPool[k]!);
    if (i === undefined) problems.push(`talentPool[${k}] ${t.talentPool[k]} is not an employee`);
    else if (t.rank[i] !== k + 1) problems.push(`talentPool[${k}] ${t.talentPool[k]} has rank ${t.rank[i] || null}, expected ${k + 1}`);
  }
  return problems;
}

/** The employee lines of talenta.json for some NIPs (to explain a difference). */
export async function employeeDetails(file: string, nips: Set<string>): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  if (nips.size === 0) return found;
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  for await (const line of rl) {
    const m = RE_NIP.exec(line);
    if (!m) continue;
    const nip = JSON.parse(m[1]!) as string;
    if (nips.has(nip) && !found.has(nip)) {
      found.set(nip, JSON.parse(line.trim().replace(/,$/, '')) as Record<string, unknown>);
      if (found.size === nips.size) break;
    }
  }
  rl.close();
  return found;
}
