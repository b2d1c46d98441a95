/**
 * Compare talenta's outputs with a reference, employee by employee.
 *
 * The reference CSV (DuckDB's or pandas': `nip, box, talent_pool, rank` and, when the reference
 * has them, `rank_in_target_level, rank_in_unit`) is loaded into a compact table (NipIndex and
 * typed arrays). Each output is then streamed against it, never held whole:
 *
 * - a `--json` document (`talenta.json`, `hasil-talenta.json`): the writer puts each employee
 *   object on its own line in the document's `employees` array; `nip`, `box`, `talentPool`,
 *   `rank`, `rankInTargetLevel`, `rankInUnit` are read from that line by their top-level keys,
 *   in any order (a key such as `"box":` cannot occur inside a JSON string, where quotes are
 *   escaped); a key left out means null (talentPool: false).
 *   Lines that cannot be read that way are JSON.parse-d, and so is a sample of the others, to
 *   check the quick reading; on a mismatch every line is JSON.parse-d.
 * - an employee CSV (`-o - --format csv`, `pegawai.csv`): the columns are found by their header
 *   names (the contract keys `nip`, `kotak`, `talent_pool`, `peringkat`,
 *   `peringkat_jenjang_target`, `peringkat_unit`, or the localised headers).
 * - another reference CSV (pandas against DuckDB).
 */
import { forEachCsvRecord, forEachLine } from './lines.js';
import { NipIndex } from './nip-index.js';

export const FIELDS = ['box', 'pool', 'rank', 'rankInTargetLevel', 'rankInUnit'] as const;
export type Field = (typeof FIELDS)[number];
const NF = FIELDS.length;
const POOL = 1;
const RANK = 2;

export const FIELD_LABEL: Record<Field, string> = {
  box: 'box',
  pool: 'talent pool',
  rank: 'rank',
  rankInTargetLevel: 'rank in target level',
  rankInUnit: 'rank in unit',
};

/** header names by field, lower case: the references', talenta's CSV keys, talenta's localised headers */
const CSV_NAMES: Record<Field | 'nip', string[]> = {
  nip: ['nip'],
  box: ['box', 'kotak'],
  pool: ['talent_pool', 'talentpool', 'talent pool'],
  rank: ['rank', 'peringkat'],
  rankInTargetLevel: ['rank_in_target_level', 'peringkat_jenjang_target', 'peringkat di jenjang target', 'rank in target level'],
  rankInUnit: ['rank_in_unit', 'peringkat_unit', 'peringkat di unit induk', 'rank in parent unit', 'rank in unit'],
};

const JSON_KEY: Record<Field, string> = {
  box: '"box":',
  pool: '"talentPool":',
  rank: '"rank":',
  rankInTargetLevel: '"rankInTargetLevel":',
  rankInUnit: '"rankInUnit":',
};

export interface ReferenceTable {
  name: string;
  file: string;
  index: NipIndex;
  /** NF values per record (0 = null) */
  values: Int32Array;
  /** the fields the reference has */
  fields: Field[];
  /** data rows (a NIP on several rows is one record) */
  rows: number;
  /** NIPs on several rows whose results differ between the rows */
  inconsistentDuplicates: number;
}

export interface Difference {
  nip: string;
  output: Int32Array | null;
  reference: Int32Array | null;
}

export interface Comparison {
  output: string;
  against: string;
  /** employees (rows) in the output */
  rows: number;
  /** rows in the reference */
  refRows: number;
  /** the fields compared */
  fields: Field[];
  /** fields of the reference the output does not have (a difference when the output must have them) */
  absent: Field[];
  differences: number;
  /** the first differences: box or pool (or a missing employee) first, then rank-only ones */
  first: Difference[];
  /** problems of the ranks against the document's talentPool array; null when not checked */
  poolOrder: string[] | null;
  /** employees with the talent-pool flag in the output */
  poolSize: number;
  notes: string[];
}

export const identical = (c: Comparison) => c.differences === 0 && c.absent.length === 0 && (c.poolOrder?.length ?? 0) === 0;

/** "box 7, talent pool yes, rank 12, …" for the fields compared */
export function outcome(v: Int32Array | null, fields: readonly Field[]): string {
  if (v === null) return 'absent';
  return fields
    .map((f) => {
      const x = v[FIELDS.indexOf(f)]!;
      return `${FIELD_LABEL[f]} ${f === 'pool' ? (x ? 'yes' : 'no') : x === 0 ? '—' : x}`;
    })
    .join(', ');
}

function intCell(s: string | undefined, what: string, file: string, line: number): number {
  if (s === undefined || s === '') return 0;
  const t = s.trim();
  if (t === '' || t === 'NA' || t === 'NULL' || t === 'null' || t === 'None' || t === 'nan' || t === 'NaN') return 0;
  const n = Number(t);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${file} line ${line}: ${what} ${JSON.stringify(s)} is not a positive whole number`);
  return n;
}

function poolCell(s: string | undefined, file: string, line: number): number {
  if (s === '1') return 1;
  if (s === '0') return 0;
  const t = (s ?? '').trim().toLowerCase();
  if (t === '1' || t === 'true' || t === 't' || t === 'ya' || t === 'yes' || t === '1.0') return 1;
  if (t === '0' || t === 'false' || t === 'f' || t === 'tidak' || t === 'no' || t === '' || t === '0.0') return 0;
  throw new Error(`${file} line ${line}: talent pool ${JSON.stringify(s)} is not 1/0`);
}

interface CsvLayout {
  nip: number;
  cols: (number | undefined)[];
  want: boolean[];
  fields: Field[];
}

function csvLayout(header: string[], file: string): CsvLayout {
  const lower = header.map((h) => h.trim().toLowerCase());
  const find = (names: string[]) => {
    for (const n of names) {
      const i = lower.indexOf(n);
      if (i >= 0) return i;
    }
    return undefined;
  };
  const nip = find(CSV_NAMES.nip);
  if (nip === undefined) throw new Error(`${file}: no NIP column in the header (${header.slice(0, 8).join(',')}…)`);
  const cols = FIELDS.map((f) => find(CSV_NAMES[f]));
  const want: boolean[] = [];
  want[nip] = true;
  for (const c of cols) if (c !== undefined) want[c] = true;
  return { nip, cols, want, fields: FIELDS.filter((_, k) => cols[k] !== undefined) };
}

/** a talenta CSV cell may carry the formula-neutralising apostrophe */
const csvNip = (s: string) => (s.length > 1 && s.charCodeAt(0) === 39 && /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

function readCsvRow(fields: readonly (string | undefined)[], layout: CsvLayout, v: Int32Array, file: string, line: number): string {
  for (let k = 0; k < NF; k++) {
    const c = layout.cols[k];
    if (c === undefined) v[k] = 0;
    else v[k] = k === POOL ? poolCell(fields[c], file, line) : intCell(fields[c], FIELD_LABEL[FIELDS[k]!], file, line);
  }
  return csvNip((fields[layout.nip] ?? '').trim());
}

/** Load a reference CSV. */
export async function loadReference(name: string, file: string, expectedRows = 0): Promise<ReferenceTable> {
  const index = new NipIndex(expectedRows);
  let values = new Int32Array(Math.max(1024, expectedRows) * NF);
  let layout: CsvLayout | null = null;
  let rows = 0;
  let inconsistentDuplicates = 0;
  const v = new Int32Array(NF);
  await forEachCsvRecord(
    file,
    (header) => {
      layout = csvLayout(header, file);
      if (layout.cols[0] === undefined || layout.cols[POOL] === undefined || layout.cols[RANK] === undefined) {
        throw new Error(`${file}: expected the columns nip, box, talent_pool, rank; the header is ${header.join(',')}`);
      }
      return layout.want;
    },
    (fields, line) => {
      rows++;
      const nip = readCsvRow(fields, layout!, v, file, line);
      const before = index.size;
      const rec = index.add(nip);
      if (index.size > before) {
        if ((rec + 1) * NF > values.length) {
          const grown = new Int32Array(values.length * 2);
          grown.set(values);
          values = grown;
        }
        values.set(v, rec * NF);
      } else {
        for (let k = 0; k < NF; k++) {
          if (values[rec * NF + k] !== v[k]) {
            inconsistentDuplicates++;
            break;
          }
        }
      }
    },
  );
  return { name, file, index, values, fields: (layout as CsvLayout | null)?.fields ?? [], rows, inconsistentDuplicates };
}

class Comparer {
  rows = 0;
  differences = 0;
  poolSize = 0;
  fields: Field[] = [];
  absent: Field[] = [];
  private idx: number[] = [];
  private seen: Uint8Array;
  /** the output's rank per reference record (for the talentPool array check) */
  rank: Int32Array | null;
  /** ranks of output NIPs the reference does not have */
  extraRank = new Map<string, number>();
  private major: Difference[] = [];
  private rankOnly: Difference[] = [];

  constructor(
    readonly ref: ReferenceTable,
    private readonly requireAll: boolean,
    trackRank: boolean,
    private readonly keep = 10,
  ) {
    this.seen = new Uint8Array(ref.index.size);
    this.rank = trackRank ? new Int32Array(ref.index.size) : null;
  }

  setFields(outputFields: readonly Field[]): void {
    this.fields = this.ref.fields.filter((f) => outputFields.includes(f));
    this.absent = this.requireAll ? this.ref.fields.filter((f) => !outputFields.includes(f)) : [];
    this.idx = this.fields.map((f) => FIELDS.indexOf(f));
  }

  private note(d: Difference): void {
    this.differences++;
    const rankOnly = d.output !== null && d.reference !== null && d.output[0] === d.reference[0] && d.output[POOL] === d.reference[POOL];
    const list = rankOnly ? this.rankOnly : this.major;
    if (list.length < this.keep) list.push(d);
  }

  add(nip: string, v: Int32Array): void {
    this.rows++;
    if (v[POOL]) this.poolSize++;
    const rec = this.ref.index.get(nip);
    if (rec < 0) {
      this.extraRank.set(nip, v[RANK]!);
      this.note({ nip, output: v.slice(), reference: null });
      return;
    }
    if (this.seen[rec] === 0) {
      this.seen[rec] = 1;
      if (this.rank) this.rank[rec] = v[RANK]!;
    }
    const base = rec * NF;
    const ref = this.ref.values;
    for (const k of this.idx) {
      if (v[k] !== ref[base + k]) {
        this.note({ nip, output: v.slice(), reference: ref.slice(base, base + NF) });
        return;
      }
    }
  }

  /** the output's rank of a NIP (0 = none; -1 = not in the output) */
  rankOf(nip: string): number {
    const rec = this.ref.index.get(nip);
    if (rec < 0) return this.extraRank.get(nip) ?? -1;
    return this.seen[rec] ? this.rank![rec]! : -1;
  }

  finish(output: string, notes: string[], poolOrder: string[] | null): Comparison {
    const { ref } = this;
    for (let rec = 0; rec < ref.index.size; rec++) {
      if (this.seen[rec] === 0) this.note({ nip: ref.index.nipAt(rec), output: null, reference: ref.values.slice(rec * NF, rec * NF + NF) });
    }
    if (this.rows !== ref.rows) {
      notes.push(`${this.rows} employees in the output, ${ref.rows} rows in ${ref.name}`);
      if (this.differences === 0) this.note({ nip: `(row count: output ${this.rows}, ${ref.name} ${ref.rows})`, output: null, reference: null });
    }
    if (ref.inconsistentDuplicates > 0) notes.push(`${ref.name} gives ${ref.inconsistentDuplicates} repeated NIP rows other results than the NIP's first row`);
    return {
      output,
      against: ref.name,
      rows: this.rows,
      refRows: ref.rows,
      fields: this.fields,
      absent: this.absent,
      differences: this.differences,
      first: [...this.major, ...this.rankOnly].slice(0, this.keep),
      poolOrder,
      poolSize: this.poolSize,
      notes,
    };
  }
}

/** Compare an employee CSV (talenta's, or another reference's) with the reference table. */
export async function compareCsv(file: string, ref: ReferenceTable, output: string, opts: { requireAll: boolean }): Promise<Comparison> {
  const cmp = new Comparer(ref, opts.requireAll, false);
  let layout: CsvLayout | null = null;
  const v = new Int32Array(NF);
  await forEachCsvRecord(
    file,
    (header) => {
      layout = csvLayout(header, file);
      cmp.setFields(layout.fields);
      return layout.want;
    },
    (fields, line) => cmp.add(readCsvRow(fields, layout!, v, file, line), v),
  );
  return cmp.finish(output, [], null);
}

// ---------------------------------------------------------------------------------------------
// the JSON document

/** the keys after `{` or `,` and their value up to the next `,` or `}`, in one pass over the line */
const RE_KEYS = /[{,]"(nip|box|talentPool|rank|rankInTargetLevel|rankInUnit)":([^,}]*)/g;
const KEY_SLOT: Record<string, number> = { nip: -1, box: 0, talentPool: 1, rank: 2, rankInTargetLevel: 3, rankInUnit: 4 };

/**
 * Read one employee line quickly; null when it cannot be read that way (a key twice, as in a
 * nested object, or a value that is not a plain null / boolean / whole number / NIP string).
 */
function quickEmployee(line: string, v: Int32Array, present: boolean[]): string | null {
  let nip: string | null = null;
  for (let f = 0; f < NF; f++) present[f] = false;
  RE_KEYS.lastIndex = 0;
  for (let m = RE_KEYS.exec(line); m !== null; m = RE_KEYS.exec(line)) {
    const f = KEY_SLOT[m[1]!]!;
    const t = m[2]!;
    if (f < 0) {
      if (nip !== null || t.length < 2 || t.charCodeAt(0) !== 34 || t.charCodeAt(t.length - 1) !== 34 || t.includes('\\')) return null;
      nip = t.slice(1, -1);
      continue;
    }
    if (present[f]) return null;
    present[f] = true;
    if (t === 'null') v[f] = 0;
    else if (f === POOL) {
      if (t === 'true') v[f] = 1;
      else if (t === 'false') v[f] = 0;
      else return null;
    } else if (/^[1-9]\d*$/.test(t)) v[f] = Number(t);
    else return null;
  }
  for (let f = 0; f < NF; f++) if (!present[f]) v[f] = 0;
  return nip;
}

/** Read one employee line with JSON.parse. */
function parsedEmployee(line: string, v: Int32Array, present: boolean[], where: string): string {
  const e = JSON.parse(line.trim().replace(/,$/, '')) as Record<string, unknown>;
  if (typeof e.nip !== 'string') throw new Error(`${where}: an employee without a "nip" string`);
  const keys: Record<Field, string> = { box: 'box', pool: 'talentPool', rank: 'rank', rankInTargetLevel: 'rankInTargetLevel', rankInUnit: 'rankInUnit' };
  for (let f = 0; f < NF; f++) {
    const key = keys[FIELDS[f]!];
    present[f] = key in e;
    const x = e[key];
    if (x === null || x === undefined || x === false) v[f] = 0;
    else if (x === true && f === POOL) v[f] = 1;
    else if (typeof x === 'number' && Number.isInteger(x) && x > 0 && f !== POOL) v[f] = x;
    else throw new Error(`${where}: ${key} ${JSON.stringify(x)} is not what the contract allows`);
  }
  return e.nip;
}

/** the nesting depth after a line of JSON that starts at `depth` */
function depthAfter(line: string, depth: number): number {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
  }
  return depth;
}

/** JSON.parse every employee line up to this one, then every SAMPLE_EVERY-th, to check the quick reading */
const SAMPLE_FIRST = 500;
const SAMPLE_EVERY = 20_011;

/** Compare a talenta JSON document with the reference table, and the ranks with its talentPool array. */
export async function compareJson(file: string, ref: ReferenceTable, output: string): Promise<Comparison> {
  const cmp = new Comparer(ref, true, true);
  const notes: string[] = [];
  const v = new Int32Array(NF);
  const check = new Int32Array(NF);
  const present: boolean[] = [];
  const presentCheck: boolean[] = [];
  let section: 'top' | 'employees' | 'pool' = 'top';
  let depth = 0;
  let poolText = '';
  let talentPool: string[] | null = null;
  let slow = false;
  let employees = 0;
  let lineNo = 0;
  // a key left out of an employee object means null (false for talentPool): every field of the
  // reference is compared
  cmp.setFields(FIELDS);
  const seen = new Uint8Array(NF);
  await forEachLine(file, (line) => {
    lineNo++;
    if (section === 'employees') {
      const t = line.trimStart();
      if (t.startsWith(']')) {
        section = 'top';
        depth = depthAfter(line, 2);
        return;
      }
      if (!t.startsWith('{')) return;
      employees++;
      const where = `${file} line ${lineNo}`;
      let nip = slow ? null : quickEmployee(line, v, present);
      if (nip !== null && (employees <= SAMPLE_FIRST || employees % SAMPLE_EVERY === 0)) {
        const nip2 = parsedEmployee(line, check, presentCheck, where);
        let same = nip2 === nip;
        for (let f = 0; f < NF && same; f++) same = check[f] === v[f] && presentCheck[f] === present[f];
        if (!same) {
          slow = true;
          notes.push(`${where}: the quick line reading disagrees with JSON.parse; every line JSON.parse-d from there`);
          nip = null;
        }
      }
      if (nip === null) nip = parsedEmployee(line, v, present, where);
      for (let f = 0; f < NF; f++) if (present[f]) seen[f] = 1;
      cmp.add(nip, v);
      return;
    }
    if (section === 'pool') {
      poolText += line;
      depth = depthAfter(line, depth);
      if (depth <= 1) {
        talentPool = JSON.parse(poolText.trim().replace(/,$/, '')) as string[];
        section = 'top';
      }
      return;
    }
    // outside the employees: follow the nesting, to find the document's own keys (depth 1)
    const d0 = depth;
    depth = depthAfter(line, d0);
    if (d0 !== 1) return;
    const t = line.trimStart();
    const rest = t.slice(t.indexOf(':') + 1).trim();
    if (!rest.startsWith('[')) return;
    if (t.startsWith('"employees":')) {
      if (depth === 2) section = 'employees';
    } else if (t.startsWith('"talentPool":')) {
      if (depth === 1) talentPool = JSON.parse(rest.replace(/,$/, '')) as string[];
      else {
        poolText = rest;
        section = 'pool';
      }
    }
  });
  const never = FIELDS.filter((_, f) => seen[f] === 0 && employees > 0);
  if (never.length) notes.push(`no employee object has ${never.map((f) => JSON.stringify(JSON_KEY[f].slice(1, -2))).join(', ')} (read as null)`);
  let poolOrder: string[] | null = null;
  if (talentPool === null) notes.push('no talentPool array in the document: the rank order was checked against the reference only');
  else {
    const list: string[] = talentPool;
    poolOrder = [];
    if (cmp.poolSize !== list.length) poolOrder.push(`${cmp.poolSize} employees have talentPool true, the talentPool array lists ${list.length}`);
    for (let k = 0; k < list.length && poolOrder.length < 10; k++) {
      const r = cmp.rankOf(list[k]!);
      if (r === -1) poolOrder.push(`talentPool[${k}] ${list[k]} is not an employee`);
      else if (r !== k + 1) poolOrder.push(`talentPool[${k}] ${list[k]} has rank ${r || null}, expected ${k + 1}`);
    }
  }
  return cmp.finish(output, notes, poolOrder);
}

/** The employee lines of a talenta JSON document for some NIPs (to explain a difference). */
export async function employeeDetails(file: string, nips: Set<string>): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  if (nips.size === 0) return found;
  const onLine = (line: string): boolean | void => {
    const k = line.indexOf('"nip":"');
    if (k < 0 || !line.trimStart().startsWith('{')) return;
    const nip = line.slice(k + 7, line.indexOf('"', k + 7));
    if (!nips.has(nip) || found.has(nip)) return;
    try {
      found.set(nip, JSON.parse(line.trim().replace(/,$/, '')) as Record<string, unknown>);
    } catch {
      return;
    }
    if (found.size === nips.size) return false;
  };
  await forEachLine(file, onLine, 'utf8');
  return found;
}

/** The parts of an employee object that explain a result, in one line. */
export function describeEmployee(e: Record<string, unknown>): string {
  const parts: string[] = [];
  const score = (x: unknown) => {
    if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      return JSON.stringify('level' in o ? { score: o.score, level: o.level } : { score: o.score });
    }
    return JSON.stringify(x);
  };
  for (const k of ['performance', 'potential']) if (k in e) parts.push(`${k} ${score(e[k])}`);
  for (const k of ['talentScore', 'reasons', 'jabatan', 'targetLevel', 'unorInduk', 'rankInTargetLevel', 'rankInUnit']) {
    if (k in e) parts.push(`${k} ${JSON.stringify(e[k])}`);
  }
  return parts.join(', ');
}
