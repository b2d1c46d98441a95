/**
 * Test helpers: build RawTable inputs from plain arrays / records, run the pure core, and make
 * valid NIPs. Kept small so that each test reads like the rule it proves.
 */
import { classify, prepareInputs } from '../../src/core/classify.js';
import { DEFAULT_PROFILE } from '../../src/core/profile.js';
import type { Cell, ClassifyResult, Employee, Issue, RawTable, Role } from '../../src/core/types.js';

export const P = DEFAULT_PROFILE;
/** Reference date used unless a test says otherwise (the `npm run sample` date). */
export const AS_OF = '2026-09-30';

/** A raw table from rows (header row included); source rows are numbered from `firstRow` (1). */
export function raw(file: string, rows: Cell[][], opts: { sheet?: string | null; firstRow?: number; date1904?: boolean; forcedRole?: Role } = {}): RawTable {
  const first = opts.firstRow ?? 1;
  const t: RawTable = { file, sheet: opts.sheet ?? null, rows, rowNumbers: rows.map((_, i) => first + i) };
  if (opts.date1904) t.date1904 = true;
  if (opts.forcedRole) t.forcedRole = opts.forcedRole;
  return t;
}

/**
 * A valid 18-digit PNS NIP: YYYYMMDD birth + YYYYMM TMT CPNS + sex + 3-digit sequence.
 * `nip('1985-07-26', '2010-01', 1, 1)` → `198507262010011001`.
 */
export function nip(birth: string, tmt: string, sex: 1 | 2 = 1, seq = 1): string {
  return birth.replace(/-/g, '') + tmt.replace(/-/g, '') + String(sex) + String(seq).padStart(3, '0');
}

/** n-th distinct valid NIP (same birth/TMT, sequence n): ascending in n. */
export const nipN = (n: number): string => nip('1985-07-26', '2010-01', 1, n);

// ---- record → table builders -------------------------------------------------------------

type Rec = Record<string, Cell | undefined>;

function build(file: string, headers: Record<string, string>, records: Rec[], defaults: Rec = {}): RawTable {
  const keys = Object.keys(headers);
  const rows: Cell[][] = [keys.map((k) => headers[k]!)];
  for (const r of records) {
    rows.push(keys.map((k) => (r[k] !== undefined ? r[k]! : (defaults[k] ?? null))));
  }
  return raw(file, rows);
}

export interface RosterRec extends Rec {
  nip: Cell;
  nama?: Cell;
  tanggal_lahir?: Cell;
  jenis_pegawai?: Cell;
  kedudukan_hukum?: Cell;
  jenis_jabatan?: Cell;
  jabatan?: Cell;
  eselon?: Cell;
  unor_induk?: Cell;
  bup?: Cell;
}
export const ROSTER_HEADERS = {
  nip: 'NIP BARU',
  nama: 'NAMA',
  tanggal_lahir: 'TANGGAL LAHIR',
  jenis_pegawai: 'JENIS PEGAWAI NAMA',
  kedudukan_hukum: 'KEDUDUKAN HUKUM NAMA',
  jenis_jabatan: 'JENIS JABATAN NAMA',
  jabatan: 'JABATAN NAMA',
  eselon: 'ESELON NAMA',
  unor_induk: 'UNOR INDUK NAMA',
  bup: 'BUP',
};
/** Roster: defaults are an active PNS pelaksana in "Dinas A", birth date taken from the NIP. */
export function roster(records: RosterRec[], file = 'roster.csv'): RawTable {
  return build(
    file,
    ROSTER_HEADERS,
    records.map((r) => ({ nama: `Pegawai ${String(r.nip)}`, ...r })),
    {
      jenis_pegawai: 'PNS',
      kedudukan_hukum: 'Aktif',
      jenis_jabatan: 'Jabatan Pelaksana',
      jabatan: 'Pengadministrasi Perkantoran',
      unor_induk: 'Dinas A',
    },
  );
}

export interface SkpRec extends Rec {
  nip: Cell;
  tahun: Cell;
  predikat?: Cell;
  hasil?: Cell;
  perilaku?: Cell;
  nilai?: Cell;
}
export function skp(records: SkpRec[], file = 'skp.csv'): RawTable {
  return build(
    file,
    {
      nip: 'NIP BARU',
      tahun: 'TAHUN',
      predikat: 'PREDIKAT KINERJA',
      hasil: 'RATING HASIL KERJA',
      perilaku: 'RATING PERILAKU KERJA',
      nilai: 'NILAI SKP',
    },
    records,
  );
}
/** SKP rows of one NIP from `{ 2025: 'Sangat Baik', 2024: 'Baik' }`. */
export function skpOf(n: string, byYear: Record<number, string>): SkpRec[] {
  return Object.entries(byYear).map(([tahun, predikat]) => ({ nip: n, tahun: Number(tahun), predikat }));
}

export interface CactRec extends Rec {
  nip: Cell;
  potensi?: Cell;
  kompetensi?: Cell;
  mansoskul?: Cell;
  litdig?: Cell;
  emskil?: Cell;
  kategori?: Cell;
  tanggal_tes?: Cell;
}
/** CACT: tanggal_tes defaults to 2025-03-01 (valid at AS_OF); pass `null` for "no date". */
export function cact(records: CactRec[], file = 'cact.csv'): RawTable {
  return build(
    file,
    {
      nip: 'NIP BARU',
      potensi: 'JPM POTENSI',
      kompetensi: 'JPM KOMPETENSI',
      mansoskul: 'JPM MANSOSKUL',
      litdig: 'JPM LITERASI DIGITAL',
      emskil: 'JPM EMERGING SKILL',
      kategori: 'KATEGORI',
      tanggal_tes: 'TANGGAL TES',
    },
    records,
    { tanggal_tes: '2025-03-01' },
  );
}

export interface HukdisRec extends Rec {
  nip: Cell;
  tingkat: Cell;
  tmt: Cell;
}
export function hukdis(records: HukdisRec[], file = 'hukdis.csv'): RawTable {
  return build(file, { nip: 'NIP BARU', tingkat: 'TINGKAT HUKUMAN', tmt: 'TMT HUKUMAN' }, records);
}

// ---- running the core ---------------------------------------------------------------------

export interface Scenario {
  roster: RosterRec[];
  skp?: SkpRec[];
  cact?: CactRec[];
  hukdis?: HukdisRec[];
  /** further raw tables */
  extra?: RawTable[];
}

export function run(s: Scenario, opts: { asOf?: string; year?: number | null } = {}): ClassifyResult {
  const tables: RawTable[] = [roster(s.roster)];
  if (s.skp) tables.push(skp(s.skp));
  if (s.cact) tables.push(cact(s.cact));
  if (s.hukdis) tables.push(hukdis(s.hukdis));
  if (s.extra) tables.push(...s.extra);
  return runTables(tables, opts);
}

export function runTables(tables: RawTable[], opts: { asOf?: string; year?: number | null } = {}): ClassifyResult {
  const prepared = prepareInputs(tables, P);
  return classify(prepared, P, { asOf: opts.asOf ?? AS_OF, ...(opts.year !== undefined ? { year: opts.year } : {}) });
}

/** The employee with this NIP (throws when absent, so a typo fails loudly). */
export function emp(r: ClassifyResult, n: string): Employee {
  const e = r.employees.find((x) => x.nip === n);
  if (!e) throw new Error(`no employee ${n}`);
  return e;
}

export function issueCodes(r: ClassifyResult): string[] {
  return r.issues.map((i) => i.code);
}
export function issuesOf(r: ClassifyResult, code: string): Issue[] {
  return r.issues.filter((i) => i.code === code);
}

/**
 * One employee (NIP `n`, default nipN(1)) with SKP by year and a CACT row; defaults give
 * Sangat Baik 2025 + 2024 and JPM 95/95: box 9 in the pool.
 */
export function one(
  o: {
    nip?: string;
    roster?: Partial<RosterRec>;
    skp?: Record<number, string>;
    cact?: Partial<CactRec> | null;
    hukdis?: { tingkat: Cell; tmt: Cell }[];
  } = {},
  opts: { asOf?: string; year?: number | null } = {},
): { r: ClassifyResult; e: Employee } {
  const n = o.nip ?? nipN(1);
  const r = run(
    {
      roster: [{ ...o.roster, nip: o.roster?.nip ?? n }],
      skp: skpOf(n, o.skp ?? { 2025: 'Sangat Baik', 2024: 'Sangat Baik' }),
      ...(o.cact === null ? {} : { cact: [{ potensi: 95, kompetensi: 95, ...o.cact, nip: n }] }),
      ...(o.hukdis ? { hukdis: o.hukdis.map((h) => ({ ...h, nip: n })) } : {}),
    },
    opts,
  );
  return { r, e: r.employees[0]! };
}

// ---- synthetic employees for ranking unit tests ----------------------------------------------

export function fakeEmployee(p: {
  index: number;
  nip: string;
  box: number | null;
  talentScore: number | null;
  pot: number | null;
  perf: number | null;
  targetLevel?: string | null;
  unorInduk?: string;
  talentPool?: boolean;
}): Employee {
  return {
    index: p.index,
    source: { file: 'x', sheet: null, row: p.index + 2 },
    nip: p.nip,
    nipValid: true,
    nama: p.nip,
    gelarDepan: '',
    gelarBelakang: '',
    jenisPegawai: 'PNS',
    kedudukanHukum: 'Aktif',
    golongan: '',
    jenisJabatan: '',
    jabatan: '',
    eselon: '',
    unor: '',
    unorInduk: p.unorInduk ?? 'Dinas A',
    birthDate: null,
    bupAge: 58,
    currentLevel: null,
    targetLevel: p.targetLevel === undefined ? 'PENGAWAS' : p.targetLevel,
    performance: { score: p.perf, level: null, years: [] },
    potential: {
      score: p.pot,
      level: null,
      jpmPotensi: null,
      jpmKompetensi: null,
      kompetensiFromParts: false,
      fromKategori: false,
      tanggalTes: null,
      source: null,
    },
    box: p.box,
    talentScore: p.talentScore,
    talentPool: p.talentPool ?? true,
    krs: null,
    rank: null,
    rankInTargetLevel: null,
    rankInUnit: null,
    reasons: [],
    notMappedReasons: [],
    exclusions: [],
    notes: [],
  };
}

/**
 * An edit that sets the value at a dot-separated path of a JSON document (a profile made
 * invalid on purpose: a wrong type, an unknown key), creating nothing on the way.
 */
export function setAt(path: string, value: unknown): (doc: unknown) => void {
  const keys = path.split('.');
  return (doc) => {
    let o = doc as Record<string, unknown>;
    for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
    o[keys[keys.length - 1]!] = value;
  };
}
