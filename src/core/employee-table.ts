/**
 * The employees of a run as one table of columns (typed arrays, interned dictionaries), and a
 * small view object per employee that reads them. At national scale (millions of employees) a
 * plain object per employee with its nested results costs about 1.2 KB; the columns cost a
 * fraction of that and give the garbage collector almost nothing to trace.
 *
 * `EmployeeView` implements the `Employee` interface with getters, so every reader of a result
 * (writers, audit, reconciliation, explain) is unchanged. Nested results (`performance`,
 * `potential`, `source`) are built when read. Only the ranks can be set (by the ranking).
 * `toPlainEmployee` makes an ordinary object of a view (pseudonymisation, tests).
 * Pure: no fs, no console, no clock.
 */
import type { Predikat } from './profile.js';
import { detach } from './values.js';
import type { Employee, PerformanceLevel, PerformanceResult, PotentialLevel, PotentialResult, SkpYearTrace, SourceRef } from './types.js';

/** Text columns held as codes into the table's dictionary. */
const TEXT_FIELDS = [
  'gelarDepan',
  'gelarBelakang',
  'jenisPegawai',
  'kedudukanHukum',
  'golongan',
  'jenisJabatan',
  'jabatan',
  'eselon',
  'unor',
  'unorInduk',
  'jenisKelamin',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
const TEXT_INDEX = Object.fromEntries(TEXT_FIELDS.map((f, i) => [f, i])) as Record<TextField, number>;
const NT = TEXT_FIELDS.length;

const PERF_LEVELS: readonly (PerformanceLevel | null)[] = [null, 'DI_BAWAH', 'SESUAI', 'DI_ATAS'];
const POT_LEVELS: readonly (PotentialLevel | null)[] = [null, 'RENDAH', 'MENENGAH', 'TINGGI'];
const VIAS: readonly SkpYearTrace['via'][] = ['predikat', 'matrix', 'legacy'];
const KRS: readonly Employee['krs'][] = [null, 'INSTANSI', 'INSTANSI_NASIONAL'];

const FROM_PARTS = 1;
const FROM_KATEGORI = 2;

/** Where a row came from: the table's file and sheet (shared by every row of that table). */
export interface TableRef {
  file: string;
  sheet: string | null;
}

/**
 * The index of a source's table among `tables` (the first with the same file and sheet), or
 * `missing` when none has them: one map lookup, not a scan per source.
 */
export function tableIndexer(tables: readonly TableRef[], missing: number): (s: { file: string; sheet: string | null }) => number {
  const byFile = new Map<string, Map<string | null, number>>();
  tables.forEach((t, i) => {
    let m = byFile.get(t.file);
    if (!m) byFile.set(t.file, (m = new Map<string | null, number>()));
    if (!m.has(t.sheet)) m.set(t.sheet, i);
  });
  return (s) => byFile.get(s.file)?.get(s.sheet) ?? missing;
}

/** The roster part of an employee, as the classifier reads it. */
export interface RosterFields {
  tableIndex: number;
  row: number;
  nip: string;
  nipValid: boolean;
  nama: string;
  text: Record<TextField, string>;
  birthDate: string | null;
  bupAge: number | null;
  currentLevel: string | null;
  targetLevel: string | null;
}

function grow<T extends Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array | Int16Array>(a: T, n: number, fill?: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  if (fill !== undefined) b.fill(fill, a.length);
  return b;
}

export class EmployeeTable {
  /** number of employees */
  n = 0;
  private cap = 0;
  /** SKP years traced per employee (the profile's window length) */
  readonly yearSlots: number;
  readonly tables: TableRef[];

  readonly nip: string[] = [];
  readonly nama: string[] = [];
  private strings: (string | null)[] = [null];
  private stringCode = new Map<string, number>();
  private lists: string[][] = [];
  private listCode = new Map<string, number>();

  private text = new Uint32Array(0);
  private nipValid = new Uint8Array(0);
  private srcTable = new Uint16Array(0);
  private srcRow = new Int32Array(0);
  private birth = new Uint32Array(0);
  private bup = new Int16Array(0);
  private level = new Uint32Array(0);
  private target = new Uint32Array(0);

  private perfScore = new Float64Array(0);
  private perfLevel = new Uint8Array(0);
  private yCount = new Uint8Array(0);
  private yYear = new Int16Array(0);
  private yPredikat = new Uint32Array(0);
  private yVia = new Uint8Array(0);
  private yScore = new Float64Array(0);
  private yWeight = new Float64Array(0);
  private yTable = new Uint16Array(0);
  private yRow = new Int32Array(0);

  private potScore = new Float64Array(0);
  private potLevel = new Uint8Array(0);
  private jpmPotensi = new Float64Array(0);
  private jpmKompetensi = new Float64Array(0);
  private potFlags = new Uint8Array(0);
  private tanggal = new Uint32Array(0);
  private potTable = new Uint16Array(0);
  private potRow = new Int32Array(0);
  /** the rare multi-component potential details, by employee */
  private components = new Map<number, { cactScore: number | null; components: { id: string; weight: number; score: number }[] }>();

  private boxCol = new Uint8Array(0);
  private talent = new Float64Array(0);
  private pool = new Uint8Array(0);
  private krsCol = new Uint8Array(0);
  private rankCol = new Int32Array(0);
  private rankTarget = new Int32Array(0);
  private rankUnit = new Int32Array(0);
  private notMappedList = new Uint32Array(0);
  private exclusionList = new Uint32Array(0);
  private noteList = new Uint32Array(0);

  constructor(tables: TableRef[], yearSlots: number) {
    this.tables = tables;
    this.yearSlots = yearSlots;
    this.listOf([]);
  }

  /**
   * One string object and one code per distinct value (0 = null). A new value is copied out of
   * the text it may be a slice of, so a kept value never holds a whole input chunk.
   */
  code(s: string | null): number {
    if (s === null) return 0;
    let c = this.stringCode.get(s);
    if (c === undefined) {
      const own = detach(s);
      c = this.strings.length;
      this.strings.push(own);
      this.stringCode.set(own, c);
    }
    return c;
  }

  str(code: number): string | null {
    return this.strings[code] ?? null;
  }

  /** One shared, frozen array per distinct list of codes (reasons, notes). */
  listOf(items: readonly string[]): number {
    const key = items.join('\u0001');
    let c = this.listCode.get(key);
    if (c === undefined) {
      c = this.lists.length;
      this.lists.push(Object.freeze([...items]) as string[]);
      this.listCode.set(key, c);
    }
    return c;
  }

  list(code: number): string[] {
    return this.lists[code]!;
  }

  private ensure(): void {
    if (this.n < this.cap) return;
    const cap = Math.max(1024, this.cap * 2);
    const y = this.yearSlots;
    this.text = grow(this.text, cap * NT);
    this.nipValid = grow(this.nipValid, cap);
    this.srcTable = grow(this.srcTable, cap);
    this.srcRow = grow(this.srcRow, cap);
    this.birth = grow(this.birth, cap);
    this.bup = grow(this.bup, cap, -1);
    this.level = grow(this.level, cap);
    this.target = grow(this.target, cap);
    this.perfScore = grow(this.perfScore, cap, NaN);
    this.perfLevel = grow(this.perfLevel, cap);
    this.yCount = grow(this.yCount, cap);
    this.yYear = grow(this.yYear, cap * y);
    this.yPredikat = grow(this.yPredikat, cap * y);
    this.yVia = grow(this.yVia, cap * y);
    this.yScore = grow(this.yScore, cap * y);
    this.yWeight = grow(this.yWeight, cap * y);
    this.yTable = grow(this.yTable, cap * y);
    this.yRow = grow(this.yRow, cap * y);
    this.potScore = grow(this.potScore, cap, NaN);
    this.potLevel = grow(this.potLevel, cap);
    this.jpmPotensi = grow(this.jpmPotensi, cap, NaN);
    this.jpmKompetensi = grow(this.jpmKompetensi, cap, NaN);
    this.potFlags = grow(this.potFlags, cap);
    this.tanggal = grow(this.tanggal, cap);
    this.potTable = grow(this.potTable, cap);
    this.potRow = grow(this.potRow, cap, -1);
    this.boxCol = grow(this.boxCol, cap);
    this.talent = grow(this.talent, cap, NaN);
    this.pool = grow(this.pool, cap);
    this.krsCol = grow(this.krsCol, cap);
    this.rankCol = grow(this.rankCol, cap);
    this.rankTarget = grow(this.rankTarget, cap);
    this.rankUnit = grow(this.rankUnit, cap);
    this.notMappedList = grow(this.notMappedList, cap);
    this.exclusionList = grow(this.exclusionList, cap);
    this.noteList = grow(this.noteList, cap);
    this.cap = cap;
  }

  /** Add an employee from its roster row; returns its index. */
  add(r: RosterFields): number {
    this.ensure();
    const i = this.n++;
    this.nip.push(r.nip);
    this.nama.push(r.nama);
    this.set(i, r);
    return i;
  }

  /** Set the roster part of employee `i` (a later row of the same employee replaces it). */
  set(i: number, r: RosterFields): void {
    this.nip[i] = r.nip;
    this.nama[i] = r.nama;
    for (let k = 0; k < NT; k++) this.text[i * NT + k] = this.code(r.text[TEXT_FIELDS[k]!]);
    this.nipValid[i] = r.nipValid ? 1 : 0;
    this.srcTable[i] = r.tableIndex;
    this.srcRow[i] = r.row;
    this.birth[i] = this.code(r.birthDate);
    this.bup[i] = r.bupAge ?? -1;
    this.level[i] = this.code(r.currentLevel);
    this.target[i] = this.code(r.targetLevel);
  }

  // ---- results, set by the classifier ----------------------------------------------------

  setPerformance(i: number, p: PerformanceResult, tableIndex: (s: SourceRef) => number): void {
    this.perfScore[i] = p.score ?? NaN;
    this.perfLevel[i] = PERF_LEVELS.indexOf(p.level);
    const n = Math.min(p.years.length, this.yearSlots);
    this.yCount[i] = n;
    for (let k = 0; k < n; k++) {
      const y = p.years[k]!;
      const j = i * this.yearSlots + k;
      this.yYear[j] = y.year;
      this.yPredikat[j] = this.code(y.predikat);
      this.yVia[j] = VIAS.indexOf(y.via);
      this.yScore[j] = y.score;
      this.yWeight[j] = y.weight;
      this.yTable[j] = tableIndex(y.source);
      this.yRow[j] = y.source.row;
    }
  }

  setPotential(i: number, p: PotentialResult, tableIndex: (s: SourceRef) => number): void {
    this.potScore[i] = p.score ?? NaN;
    this.potLevel[i] = POT_LEVELS.indexOf(p.level);
    this.jpmPotensi[i] = p.jpmPotensi ?? NaN;
    this.jpmKompetensi[i] = p.jpmKompetensi ?? NaN;
    this.potFlags[i] = (p.kompetensiFromParts ? FROM_PARTS : 0) | (p.fromKategori ? FROM_KATEGORI : 0);
    this.tanggal[i] = this.code(p.tanggalTes);
    if (p.source) {
      this.potTable[i] = tableIndex(p.source);
      this.potRow[i] = p.source.row;
    } else this.potRow[i] = -1;
    if (p.components) this.components.set(i, { cactScore: p.cactScore ?? null, components: p.components });
    else this.components.delete(i);
  }

  setOutcome(
    i: number,
    o: { box: number | null; talentScore: number | null; talentPool: boolean; krs: Employee['krs']; notMapped: string[]; exclusions: string[]; notes: string[] },
  ): void {
    this.boxCol[i] = o.box ?? 0;
    this.talent[i] = o.talentScore ?? NaN;
    this.pool[i] = o.talentPool ? 1 : 0;
    this.krsCol[i] = KRS.indexOf(o.krs);
    this.notMappedList[i] = this.listOf(o.notMapped);
    this.exclusionList[i] = this.listOf(o.exclusions);
    this.noteList[i] = this.listOf(o.notes);
  }

  // ---- reading ---------------------------------------------------------------------------

  textOf(i: number, f: TextField): string {
    return this.strings[this.text[i * NT + TEXT_INDEX[f]]!] ?? '';
  }
  nipValidOf(i: number): boolean {
    return this.nipValid[i] === 1;
  }
  /** the index (in `tables`) of the table of the employee's roster row */
  tableOf(i: number): number {
    return this.srcTable[i]!;
  }
  sourceOf(i: number): SourceRef {
    const t = this.tables[this.srcTable[i]!]!;
    return { file: t.file, sheet: t.sheet, row: this.srcRow[i]! };
  }
  birthDateOf(i: number): string | null {
    return this.str(this.birth[i]!);
  }
  bupAgeOf(i: number): number | null {
    const b = this.bup[i]!;
    return b < 0 ? null : b;
  }
  levelOf(i: number): string | null {
    return this.str(this.level[i]!);
  }
  targetOf(i: number): string | null {
    return this.str(this.target[i]!);
  }
  performanceScoreOf(i: number): number | null {
    const s = this.perfScore[i]!;
    return Number.isNaN(s) ? null : s;
  }
  performanceOf(i: number): PerformanceResult {
    const years: SkpYearTrace[] = [];
    for (let k = 0; k < this.yCount[i]!; k++) {
      const j = i * this.yearSlots + k;
      const t = this.tables[this.yTable[j]!]!;
      years.push({
        year: this.yYear[j]!,
        predikat: this.str(this.yPredikat[j]!) as Predikat,
        via: VIAS[this.yVia[j]!]!,
        score: this.yScore[j]!,
        weight: this.yWeight[j]!,
        source: { file: t.file, sheet: t.sheet, row: this.yRow[j]! },
      });
    }
    return { score: this.performanceScoreOf(i), level: this.performanceLevelOf(i), years };
  }
  performanceLevelOf(i: number): PerformanceLevel | null {
    return PERF_LEVELS[this.perfLevel[i]!]!;
  }
  /** the predikat and its reading of employee `i`'s traced SKP year `year`, without the trace */
  skpYearOf(i: number, year: number): { predikat: Predikat; via: SkpYearTrace['via'] } | undefined {
    for (let k = 0; k < this.yCount[i]!; k++) {
      const j = i * this.yearSlots + k;
      if (this.yYear[j] === year) return { predikat: this.str(this.yPredikat[j]!) as Predikat, via: VIAS[this.yVia[j]!]! };
    }
    return undefined;
  }
  /** the source row of employee `i`'s latest traced SKP year (the first of the latest) */
  latestSkpSourceOf(i: number): SourceRef | undefined {
    let best = -1;
    for (let k = 0; k < this.yCount[i]!; k++) {
      const j = i * this.yearSlots + k;
      if (best < 0 || this.yYear[j]! > this.yYear[best]!) best = j;
    }
    if (best < 0) return undefined;
    const t = this.tables[this.yTable[best]!]!;
    return { file: t.file, sheet: t.sheet, row: this.yRow[best]! };
  }
  potentialLevelOf(i: number): PotentialLevel | null {
    return POT_LEVELS[this.potLevel[i]!]!;
  }
  potentialScoreOf(i: number): number | null {
    const s = this.potScore[i]!;
    return Number.isNaN(s) ? null : s;
  }
  potentialOf(i: number): PotentialResult {
    const num = (v: number) => (Number.isNaN(v) ? null : v);
    const row = this.potRow[i]!;
    const t = this.tables[this.potTable[i]!]!;
    const out: PotentialResult = {
      score: this.potentialScoreOf(i),
      level: this.potentialLevelOf(i),
      jpmPotensi: num(this.jpmPotensi[i]!),
      jpmKompetensi: num(this.jpmKompetensi[i]!),
      kompetensiFromParts: (this.potFlags[i]! & FROM_PARTS) !== 0,
      fromKategori: (this.potFlags[i]! & FROM_KATEGORI) !== 0,
      tanggalTes: this.str(this.tanggal[i]!),
      source: row < 0 ? null : { file: t.file, sheet: t.sheet, row },
    };
    const c = this.components.get(i);
    if (c) {
      out.cactScore = c.cactScore;
      out.components = c.components;
    }
    return out;
  }
  boxOf(i: number): number | null {
    return this.boxCol[i] === 0 ? null : this.boxCol[i]!;
  }
  talentScoreOf(i: number): number | null {
    const s = this.talent[i]!;
    return Number.isNaN(s) ? null : s;
  }
  talentPoolOf(i: number): boolean {
    return this.pool[i] === 1;
  }
  krsOf(i: number): Employee['krs'] {
    return KRS[this.krsCol[i]!]!;
  }
  rankOf(i: number, which: 'rank' | 'target' | 'unit'): number | null {
    const v = (which === 'rank' ? this.rankCol : which === 'target' ? this.rankTarget : this.rankUnit)[i]!;
    return v === 0 ? null : v;
  }
  setRank(i: number, which: 'rank' | 'target' | 'unit', v: number | null): void {
    (which === 'rank' ? this.rankCol : which === 'target' ? this.rankTarget : this.rankUnit)[i] = v ?? 0;
  }
  notMappedOf(i: number): string[] {
    return this.lists[this.notMappedList[i]!]!;
  }
  exclusionsOf(i: number): string[] {
    return this.lists[this.exclusionList[i]!]!;
  }
  notesOf(i: number): string[] {
    return this.lists[this.noteList[i]!]!;
  }
  /** not-mapped reasons, then exclusions: one shared array per distinct pair */
  reasonsOf(i: number): string[] {
    const a = this.notMappedList[i]!;
    const b = this.exclusionList[i]!;
    if (b === 0) return this.lists[a]!;
    if (a === 0) return this.lists[b]!;
    return this.lists[this.listOf([...this.lists[a]!, ...this.lists[b]!])]!;
  }

  /** A view per employee, in roster order. */
  views(): EmployeeView[] {
    const out = new Array<EmployeeView>(this.n);
    for (let i = 0; i < this.n; i++) out[i] = new EmployeeView(this, i);
    return out;
  }
}

/** One employee of an EmployeeTable, read through the `Employee` interface. */
export class EmployeeView implements Employee {
  constructor(
    private readonly t: EmployeeTable,
    readonly index: number,
  ) {}
  get source(): SourceRef {
    return this.t.sourceOf(this.index);
  }
  get nip(): string {
    return this.t.nip[this.index]!;
  }
  get nipValid(): boolean {
    return this.t.nipValidOf(this.index);
  }
  get nama(): string {
    return this.t.nama[this.index]!;
  }
  get gelarDepan(): string {
    return this.t.textOf(this.index, 'gelarDepan');
  }
  get gelarBelakang(): string {
    return this.t.textOf(this.index, 'gelarBelakang');
  }
  get jenisPegawai(): string {
    return this.t.textOf(this.index, 'jenisPegawai');
  }
  get kedudukanHukum(): string {
    return this.t.textOf(this.index, 'kedudukanHukum');
  }
  get golongan(): string {
    return this.t.textOf(this.index, 'golongan');
  }
  get jenisJabatan(): string {
    return this.t.textOf(this.index, 'jenisJabatan');
  }
  get jabatan(): string {
    return this.t.textOf(this.index, 'jabatan');
  }
  get eselon(): string {
    return this.t.textOf(this.index, 'eselon');
  }
  get unor(): string {
    return this.t.textOf(this.index, 'unor');
  }
  get unorInduk(): string {
    return this.t.textOf(this.index, 'unorInduk');
  }
  get jenisKelamin(): string {
    return this.t.textOf(this.index, 'jenisKelamin');
  }
  get birthDate(): string | null {
    return this.t.birthDateOf(this.index);
  }
  get bupAge(): number | null {
    return this.t.bupAgeOf(this.index);
  }
  get currentLevel(): string | null {
    return this.t.levelOf(this.index);
  }
  get targetLevel(): string | null {
    return this.t.targetOf(this.index);
  }
  get performance(): PerformanceResult {
    return this.t.performanceOf(this.index);
  }
  get potential(): PotentialResult {
    return this.t.potentialOf(this.index);
  }
  get box(): number | null {
    return this.t.boxOf(this.index);
  }
  get talentScore(): number | null {
    return this.t.talentScoreOf(this.index);
  }
  get talentPool(): boolean {
    return this.t.talentPoolOf(this.index);
  }
  get krs(): Employee['krs'] {
    return this.t.krsOf(this.index);
  }
  get rank(): number | null {
    return this.t.rankOf(this.index, 'rank');
  }
  set rank(v: number | null) {
    this.t.setRank(this.index, 'rank', v);
  }
  get rankInTargetLevel(): number | null {
    return this.t.rankOf(this.index, 'target');
  }
  set rankInTargetLevel(v: number | null) {
    this.t.setRank(this.index, 'target', v);
  }
  get rankInUnit(): number | null {
    return this.t.rankOf(this.index, 'unit');
  }
  set rankInUnit(v: number | null) {
    this.t.setRank(this.index, 'unit', v);
  }
  get reasons(): string[] {
    return this.t.reasonsOf(this.index);
  }
  get notMappedReasons(): string[] {
    return this.t.notMappedOf(this.index);
  }
  get exclusions(): string[] {
    return this.t.exclusionsOf(this.index);
  }
  get notes(): string[] {
    return this.t.notesOf(this.index);
  }
  /** the performance score without building the trace (ranking, audit) */
  get performanceScore(): number | null {
    return this.t.performanceScoreOf(this.index);
  }
  /** the potential score without building the trace (ranking, audit) */
  get potentialScore(): number | null {
    return this.t.potentialScoreOf(this.index);
  }
  /** the performance level without building the trace */
  get performanceLevel(): PerformanceLevel | null {
    return this.t.performanceLevelOf(this.index);
  }
  /** the potential level without building the trace */
  get potentialLevel(): PotentialLevel | null {
    return this.t.potentialLevelOf(this.index);
  }
  /** the predikat of a traced SKP year without building the trace */
  skpYear(year: number): { predikat: Predikat; via: SkpYearTrace['via'] } | undefined {
    return this.t.skpYearOf(this.index, year);
  }
  /** the source row of the latest traced SKP year without building the trace */
  latestSkpSource(): SourceRef | undefined {
    return this.t.latestSkpSourceOf(this.index);
  }
  toJSON(): Employee {
    return toPlainEmployee(this);
  }
}

/** An ordinary object with every field of an employee (a view or a plain object). */
export function toPlainEmployee(e: Employee): Employee {
  return {
    index: e.index,
    source: e.source,
    nip: e.nip,
    nipValid: e.nipValid,
    nama: e.nama,
    gelarDepan: e.gelarDepan,
    gelarBelakang: e.gelarBelakang,
    jenisPegawai: e.jenisPegawai,
    kedudukanHukum: e.kedudukanHukum,
    golongan: e.golongan,
    jenisJabatan: e.jenisJabatan,
    jabatan: e.jabatan,
    eselon: e.eselon,
    unor: e.unor,
    unorInduk: e.unorInduk,
    ...(e.jenisKelamin !== undefined ? { jenisKelamin: e.jenisKelamin } : {}),
    birthDate: e.birthDate,
    bupAge: e.bupAge,
    currentLevel: e.currentLevel,
    targetLevel: e.targetLevel,
    performance: e.performance,
    potential: e.potential,
    box: e.box,
    talentScore: e.talentScore,
    talentPool: e.talentPool,
    krs: e.krs,
    rank: e.rank,
    rankInTargetLevel: e.rankInTargetLevel,
    rankInUnit: e.rankInUnit,
    reasons: e.reasons,
    notMappedReasons: e.notMappedReasons,
    exclusions: e.exclusions,
    notes: e.notes,
  };
}
