/**
 * The pure core of `talenta classify`: raw tables + profile + reference date in, a typed result
 * out. No file system, no console, no clock.
 */
import type { PotentialComponent, Predikat, Profile } from './profile.js';
import { EmployeeTable, tableIndexer } from './employee-table.js';
import type {
  Cell,
  ClassifyResult,
  Employee,
  InputSummary,
  Issue,
  PotentialLevel,
  PotentialResult,
  RawTable,
  Role,
  Severity,
  SourceRef,
  Summary,
  IssueCode,
} from './types.js';
import { ROLES } from './types.js';
import { assignRoles, forEachDataRow, recogniseTable, type RecognisedTable } from './tables.js';
import { computePerformance, evaluateSkpRow, type SkpCandidate } from './performance.js';
import { computePotential, parseKategori, potentialLevel } from './potential.js';
import { bupAge, jobLevel, NEXT_LEVEL, parseJenjang } from './levels.js';
import { rankPool } from './ranking.js';
import {
  checkEselon,
  checkJenisPegawai,
  checkKedudukanHukum,
  normaliseGolongan,
  normaliseJenisJabatan,
  type VocabResult,
} from './vocab.js';
import {
  addMonths,
  addYears,
  cellText,
  checkNip,
  detach,
  isScientific,
  columnLetter,
  cleanNip,
  foldText,
  isBlank,
  parseDateInfo,
  parseNumber,
  parseYear,
  round6,
  splitNipName,
} from './values.js';

export interface ClassifyOptions {
  /** reference date, ISO `YYYY-MM-DD` */
  asOf: string;
  /** last SKP year of the window (default: latest year in the data not after asOf's year) */
  year?: number | null;
  /**
   * Told how far the work is, every PROGRESS_EVERY rows or employees: `join` while the input
   * rows are fed (total = the rows known in advance, null when a table is still being read),
   * `compute` while each employee is finished (total = employees).
   */
  onProgress?: (phase: 'join' | 'compute', done: number, total: number | null) => void;
}

/** Rows or employees between two progress calls. */
export const PROGRESS_EVERY = 1 << 14;

export interface PreparedInputs {
  tables: RecognisedTable[];
  /** required roles (roster, cact, skp) that no table provides, or only tables without data rows */
  missing: Role[];
}

export const REQUIRED_ROLES: readonly Role[] = ['roster', 'cact', 'skp'];

/** Recognise headers and roles of every raw table. */
export function prepareInputs(raw: RawTable[], profile: Profile): PreparedInputs {
  const tables = raw.map((t) => recogniseTable(t, profile));
  assignRoles(tables);
  // a table with a header and no data rows does not provide its role
  const present = new Set(tables.filter((t) => t.dataRows.length > 0).flatMap((t) => t.roles));
  return { tables, missing: REQUIRED_ROLES.filter((r) => !present.has(r)) };
}

const VOCAB_CODES: Record<string, IssueCode> = {
  eselon: 'ESELON_TIDAK_DIKENAL',
  jenis_jabatan: 'JENIS_JABATAN_TIDAK_DIKENAL',
  golongan: 'GOLONGAN_TIDAK_DIKENAL',
  kedudukan_hukum: 'KEDUDUKAN_HUKUM_TIDAK_DIKENAL',
  jenis_pegawai: 'JENIS_PEGAWAI_TIDAK_DIKENAL',
};

export const NOT_MAPPED_ORDER = ['NIP_TIDAK_VALID', 'NIP_GANDA', 'SKP_TIDAK_ADA', 'CACT_TIDAK_ADA', 'CACT_KEDALUWARSA', 'CACT_TANPA_TANGGAL'];
export const EXCLUSION_ORDER = ['TIDAK_AKTIF', 'HUKDIS', 'MENDEKATI_BUP', 'BUKAN_PNS', 'TIDAK_DIPERIKSA'];

/** The roster field each talent-pool exclusion reads (HUKDIS reads the hukdis table). */
export const EXCLUSION_FIELDS: Record<string, string> = {
  TIDAK_AKTIF: 'kedudukan_hukum',
  MENDEKATI_BUP: 'tanggal_lahir',
  BUKAN_PNS: 'jenis_pegawai',
};

/** Prefix of the note an employee in boxes 7–9 carries for each exclusion that could not be checked. */
export const UNCHECKED_NOTE = 'TIDAK_DIPERIKSA:';
/** The note per rule, made once (no string built per employee). */
const UNCHECKED_NOTES: Record<string, string> = Object.fromEntries(EXCLUSION_ORDER.map((r) => [r, UNCHECKED_NOTE + r]));

/**
 * PNS or PPPK from the NIP alone (domain.md §6.1–6.2): a PNS NIP carries the TMT CPNS month
 * (01–12) in digits 13–14, a NI PPPK a two-digit code that is not a month (21, 24, …).
 */
export function pnsFromNip(nip: string): boolean {
  const m = Number(nip.slice(12, 14));
  return m >= 1 && m <= 12;
}

/** Other rows a NIP_GANDA finding names (the group's size is given too). */
export const DUPLICATE_ROWS_NAMED = 5;

/** One input row as it is being read: its table, its cells and its row number in the source. */
interface RowCtx {
  table: RecognisedTable;
  row: Cell[];
  rowNumber: number;
}

/** The cells of a row context kept for later messages (the row itself is gone). */
const NO_ROW: Cell[] = [];

/** Identity of a row's data, to recognise a row repeated identically (two 26-bit hashes). */
function rowSignature(row: Cell[]): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  let end = row.length;
  while (end > 0 && cellText(row[end - 1] ?? null) === '') end--;
  for (let i = 0; i < end; i++) {
    const t = cellText(row[i] ?? null);
    for (let j = 0; j < t.length; j++) {
      const ch = t.charCodeAt(j);
      h1 = Math.imul(h1 ^ ch, 16777619);
      h2 = Math.imul(h2 ^ ch, 2246822519);
    }
    h1 = Math.imul(h1 ^ 0x1f, 16777619);
    h2 = Math.imul(h2 ^ 0x1f, 2246822519);
  }
  return (h1 >>> 6) * 67108864 + (h2 >>> 6);
}

/** The classifier fed row by row: all roster rows first, then the assessment rows, then finish(). */
export interface Classifier {
  add(table: RecognisedTable, role: Role, row: Cell[], rowNumber: number): void;
  /** problems found while reading (streamed batches) */
  report(issues: Issue[]): void;
  finish(): ClassifyResult;
}

/** The order rows are fed in: the roster first (assessments join to it), then SKP, CACT, hukdis. */
export const FEED_ORDER: readonly Role[] = ['roster', 'skp', 'cact', 'hukdis'];

/** Classify tables held in memory. */
export function classify(prepared: PreparedInputs, profile: Profile, options: ClassifyOptions): ClassifyResult {
  const c = createClassifier(prepared, profile, options);
  const progress = options.onProgress;
  const known = prepared.tables.every((t) => !t.raw.rest);
  const total = known ? prepared.tables.reduce((n, t) => n + t.dataRows.length * t.roles.length, 0) : null;
  let fed = 0;
  for (const role of FEED_ORDER) {
    for (const t of prepared.tables) {
      if (!t.roles.includes(role)) continue;
      // a streamed table's batch problems are reported once, on its first role
      const first = role === FEED_ORDER.find((r) => t.roles.includes(r));
      const add = progress
        ? (row: Cell[], rowNumber: number) => {
            c.add(t, role, row, rowNumber);
            if (++fed % PROGRESS_EVERY === 0) progress('join', fed, total);
          }
        : (row: Cell[], rowNumber: number) => c.add(t, role, row, rowNumber);
      forEachDataRow(t, add, first ? (issues) => c.report(issues) : undefined);
    }
  }
  return c.finish();
}

type HukdisLevel = 'RINGAN' | 'SEDANG' | 'BERAT';

/**
 * The classifier as a state machine, so that a reader can stream rows through it and drop them:
 * only what the scores and the reports need is kept.
 */
export function createClassifier(prepared: PreparedInputs, profile: Profile, options: ClassifyOptions): Classifier {
  const { asOf } = options;
  const asOfYear = Number(asOf.slice(0, 4));
  const issues: Issue[] = [];

  const src = (c: RowCtx): SourceRef => ({ file: c.table.raw.file, sheet: c.table.raw.sheet, row: c.rowNumber });
  const colName = (t: RecognisedTable, role: Role, field: string): string | null => {
    const col = t.columns[role]?.[field];
    return col === undefined ? null : (t.headers[col] ?? null);
  };
  const get = (c: RowCtx, role: Role, field: string): Cell => {
    const col = c.table.columns[role]?.[field];
    if (col === undefined) return null;
    return c.row[col] ?? null;
  };
  const report = (
    severity: Severity,
    code: IssueCode,
    c: RowCtx | null,
    role: Role | null,
    field: string | null,
    value: Cell,
    params?: Record<string, string | number>,
  ) => {
    const t = c?.table ?? null;
    const colIdx = t && role && field ? t.columns[role]?.[field] : undefined;
    issues.push({
      severity,
      code,
      file: t ? t.raw.file : null,
      sheet: t ? t.raw.sheet : null,
      row: c ? c.rowNumber : null,
      column: t && role && field ? colName(t, role, field) : null,
      value: value === null || value === undefined ? null : String(value),
      ...(colIdx !== undefined && c ? { cell: `${columnLetter(colIdx)}${c.rowNumber}` } : {}),
      ...(params ? { params } : {}),
    });
  };

  const tableIssue = (t: RecognisedTable, severity: Severity, code: IssueCode, params: Record<string, string | number>): void => {
    issues.push({
      severity,
      code,
      file: t.raw.file,
      sheet: t.raw.sheet,
      row: t.headerIndex === null ? null : t.raw.rowNumbers[t.headerIndex]!,
      column: null,
      value: null,
      params,
    });
  };
  const accepted = (role: Role, field: string) => (profile.headers[role][field] ?? []).join(', ');
  const tpRules = profile.talentPool;
  for (const t of prepared.tables) {
    for (const i of t.raw.readerIssues ?? []) issues.push(i);
    for (const i of t.headerIssues ?? []) issues.push(i);
    // a rule whose column the roster lacks is not checked (or read from a stand-in): said once per table
    if (t.roles.includes('roster') && t.dataRows.length > 0) {
      const cols = t.columns.roster ?? {};
      if (tpRules.inactive.enabled && cols.kedudukan_hukum === undefined) {
        tableIssue(t, 'warning', 'KOLOM_ATURAN_TIDAK_ADA', { field: 'kedudukan_hukum', rule: 'TIDAK_AKTIF', accepted: accepted('roster', 'kedudukan_hukum') });
      }
      if (tpRules.pnsOnly.enabled && cols.jenis_pegawai === undefined) {
        tableIssue(t, 'warning', 'KOLOM_STATUS_DARI_NIP', { field: 'jenis_pegawai', rule: 'BUKAN_PNS', accepted: accepted('roster', 'jenis_pegawai') });
      }
      if (tpRules.bup.enabled && cols.tanggal_lahir === undefined) {
        tableIssue(t, 'info', 'KOLOM_LAHIR_DARI_NIP', { field: 'tanggal_lahir', rule: 'MENDEKATI_BUP', accepted: accepted('roster', 'tanggal_lahir') });
      }
    }
    if (t.roles.length > 0 && t.dataRows.length === 0 && !(t.roles.length === 1 && t.roles[0] === 'hukdis')) {
      issues.push({
        severity: 'warning',
        code: 'TABEL_TANPA_DATA',
        file: t.raw.file,
        sheet: t.raw.sheet,
        row: t.headerIndex === null ? null : t.raw.rowNumbers[t.headerIndex]!,
        column: null,
        value: null,
        params: { roles: t.roles.join(', ') },
      });
    }
    if (t.roles.length === 0 && t.raw.forcedRole) {
      // a table the user named (--cact FILE, …) without a NIP header: say so, with the accepted headers
      tableIssue(t, 'error', 'TABEL_TANPA_NIP', {
        role: t.raw.forcedRole,
        accepted: accepted(t.raw.forcedRole, 'nip'),
        headers: t.headers.filter((h) => h !== '').slice(0, 8).join(', '),
      });
    } else if (t.roles.length === 0) {
      issues.push({
        severity: 'info',
        code: t.headerIndex === null ? 'TABEL_TANPA_HEADER' : 'TABEL_TIDAK_DIKENALI',
        file: t.raw.file,
        sheet: t.raw.sheet,
        row: t.headerIndex === null ? null : t.raw.rowNumbers[t.headerIndex]!,
        column: null,
        value: null,
        params: {
          headers: t.headers
            .filter((h) => h !== '')
            .slice(0, 8)
            .join(', '),
        },
      });
    }
  }
  /** no hukdis table at all: the HUKDIS exclusion cannot be checked for anyone */
  const hukdisChecked = prepared.tables.some((t) => t.roles.includes('hukdis'));
  const firstRoster = prepared.tables.find((t) => t.roles.includes('roster'));
  if (tpRules.hukdis.enabled && !hukdisChecked && firstRoster) {
    // said on the roster table, the one whose rows the rule could not be checked for
    tableIssue(firstRoster, 'warning', 'TABEL_HUKDIS_TIDAK_ADA', {
      accepted: `${accepted('hukdis', 'nip')} + ${accepted('hukdis', 'tingkat')} + ${accepted('hukdis', 'tmt')}`,
    });
  }
  /** per table: roster rows of a structural position while the table has no eselon column */
  const structuralWithoutEselon = new Map<RecognisedTable, number>();
  /** per CACT table: usable rows without a test date */
  const undatedCact = new Map<RecognisedTable, number>();
  /** per SKP table: periodic (monthly, quarterly) rows set aside */
  const periodicRows = new Map<RecognisedTable, number>();
  /** per SKP table without a TAHUN column: its rows (none can be placed in a year) */
  const skpWithoutYear = new Map<RecognisedTable, number>();
  /** per e-Kinerja table used as the roster: rows merged into the employee's latest year */
  const ekinerjaRosterRows = new Map<RecognisedTable, number>();
  /** SKP year of the roster row kept, for employees from such a table */
  const rosterYear = new Map<number, number>();
  const bump = (m: Map<RecognisedTable, number>, t: RecognisedTable) => m.set(t, (m.get(t) ?? 0) + 1);
  const inputRules = profile.inputRules;

  // ---- roster ---------------------------------------------------------------------------
  const tableIndex = new Map<RecognisedTable, number>(prepared.tables.map((t, i) => [t, i]));
  const tableRefs = prepared.tables.map((t) => ({ file: t.raw.file, sheet: t.raw.sheet }));
  /** index of a source's table (sources are always of a prepared table) */
  const refIndex = tableIndexer(tableRefs, 0);
  const table = new EmployeeTable(tableRefs, Math.max(1, profile.performance.yearWeights.length));
  /** roster-time reasons: bit 1 NIP_TIDAK_VALID, bit 2 NIP_GANDA */
  let rosterFlags = new Uint8Array(1024);
  const rosterSig: number[] = [];
  /** roster values of the fields that potential components read (multi-component profiles) */
  const componentFields = [...new Set(profile.potential.components.flatMap((comp) => ('field' in comp ? [comp.field] : [])))];
  const componentValues: Cell[][] = [];
  let rosterRows = 0;
  let duplicateRowsMerged = 0;
  /** NIP → the first employee with it */
  const byNip = new Map<string, number>();
  /** NIP → every employee with it, only for NIPs seen on more than one employee */
  const nipGroups = new Map<string, number[]>();
  /** `nip:signature` → first row index, only for NIPs seen more than once */
  const sigIndex = new Map<string, number>();
  const vocabCache = new Map<string, VocabResult>();
  const jenjangCache = new Map<string, ReturnType<typeof parseJenjang>>();
  const rowsRead = new Map<RecognisedTable, number>();
  /** identity of the recognised roster values of a row (a running "NO" column does not count) */
  const signatureColumns = new Map<RecognisedTable, number[]>();
  const rosterSignature = (c: RowCtx): number => {
    let cols = signatureColumns.get(c.table);
    if (!cols) {
      cols = Object.values(c.table.columns.roster ?? {}).sort((a, b) => a - b);
      signatureColumns.set(c.table, cols);
    }
    return rowSignature(cols.map((i) => c.row[i] ?? null));
  };
  /** the roster row of an employee, for messages */
  const rosterCtxOf = (i: number): RowCtx => ({ table: prepared.tables[table.tableOf(i)]!, row: NO_ROW, rowNumber: table.sourceOf(i).row });

  const addRoster = (c: RowCtx): void => {
    const t = c.table;
    rosterRows++;
    const text = (f: string) => cellText(get(c, 'roster', f));
    const jenisPegawai = text('jenis_pegawai');
    // PNS and CPNS NIPs carry TMT year + month; PPPK numbers a year + 2-digit code
    const pns = jenisPegawai === '' ? null : !isPppk(jenisPegawai);
    let nipCell = get(c, 'roster', 'nip');
    // a NIP and the name in one cell (`198503122010011001\nNama`, `NIP - Nama`): the NIP is read, with a warning
    const split = splitNipName(nipCell);
    if (split) {
      report('warning', 'NIP_DENGAN_NAMA', c, 'roster', 'nip', nipCell, { nip: split.nip });
      nipCell = split.nip;
    }
    const nipCheck = checkNip(typeof nipCell === 'boolean' ? String(nipCell) : nipCell, asOfYear, pns);
    const nip = detach(nipCheck.nip);
    const sig = rosterSignature(c);
    // an e-Kinerja export used as the roster holds one row per NIP and year: the latest year's
    // row describes the employee (its earlier rows are merged, not NIP_GANDA)
    let replace: number | undefined;
    let rowYear = -1;
    if (nip !== '' && t.roles.includes('skp') && t.columns.skp?.tahun !== undefined) {
      rowYear = parseYear(get(c, 'skp', 'tahun')) ?? -1;
      const first = byNip.get(nip);
      if (first !== undefined && table.tableOf(first) === tableIndex.get(t)) {
        duplicateRowsMerged++;
        bump(ekinerjaRosterRows, t);
        if (rowYear <= (rosterYear.get(first) ?? -1)) return;
        replace = first;
      }
    }
    if (nip !== '' && replace === undefined) {
      const first = byNip.get(nip);
      if (first !== undefined) {
        // identical duplicate of an earlier row: one employee, reported as a warning
        if (!nipGroups.has(nip)) sigIndex.set(`${nip}:${rosterSig[first]}`, first);
        const same = sigIndex.get(`${nip}:${sig}`);
        if (same !== undefined) {
          duplicateRowsMerged++;
          report('warning', 'NIP_GANDA_IDENTIK', c, 'roster', 'nip', nipCell, { row: table.sourceOf(same).row });
          return;
        }
      }
    }
    if (!nipCheck.ok) report('error', nipCheck.code, c, 'roster', 'nip', nipCell);
    // vocabularies: variants normalised, unknown values reported with the accepted ones
    const vocab = (field: string, check: (v: string) => VocabResult): string => {
      const raw = text(field);
      if (raw === '') return '';
      const key = `${field}\u0000${raw}`;
      let r = vocabCache.get(key);
      if (!r) {
        r = check(raw);
        vocabCache.set(key, r);
      }
      if (r.ok) return r.value;
      report('warning', VOCAB_CODES[field]!, c, 'roster', field, raw, { accepted: r.accepted });
      return raw;
    };
    const eselon = vocab('eselon', checkEselon);
    const jenisJabatan = vocab('jenis_jabatan', normaliseJenisJabatan);
    const golongan = vocab('golongan', normaliseGolongan);
    vocab('kedudukan_hukum', checkKedudukanHukum);
    vocab('jenis_pegawai', checkJenisPegawai);
    const jabatan = text('jabatan');
    if (jenisJabatan === 'Jabatan Struktural' && t.columns.roster?.eselon === undefined) bump(structuralWithoutEselon, t);
    // a JENJANG JABATAN column, when its value is understood, is the level; else eselon, jenis jabatan and jabatan
    const jenjangText = text('jenjang');
    let level = null as ReturnType<typeof parseJenjang>;
    if (jenjangText !== '') {
      // once per distinct value
      level = jenjangCache.get(jenjangText) ?? null;
      if (!jenjangCache.has(jenjangText)) jenjangCache.set(jenjangText, (level = parseJenjang(jenjangText)));
    }
    if (jenjangText !== '' && level === null) report('warning', 'JENJANG_TIDAK_DIKENAL', c, 'roster', 'jenjang', jenjangText);
    level ??= jobLevel(eselon, jenisJabatan, jabatan);
    // birth date: tanggal_lahir, else from the NIP
    let birthDate: string | null = null;
    const tl = get(c, 'roster', 'tanggal_lahir');
    if (!isBlank(tl)) {
      const d = parseDateInfo(tl, t.raw.date1904, inputRules.yearOnlyDate, t.raw.fromWorkbook);
      if (d) {
        birthDate = d.iso;
        if (d.yearOnly) report('warning', 'TANGGAL_HANYA_TAHUN', c, 'roster', 'tanggal_lahir', tl, { date: d.iso });
      } else report('warning', 'TANGGAL_LAHIR_TIDAK_VALID', c, 'roster', 'tanggal_lahir', tl);
    }
    if (!birthDate && nipCheck.ok) birthDate = nipCheck.birthDate;
    const bupCell = get(c, 'roster', 'bup');
    let rosterBup: number | null = null;
    if (!isBlank(bupCell)) {
      const n = parseNumber(bupCell);
      if (n !== null && Number.isInteger(n) && n >= 40 && n <= 80) rosterBup = n;
      else report('warning', 'BUP_TIDAK_VALID', c, 'roster', 'bup', bupCell);
    }
    const fields = {
      tableIndex: tableIndex.get(t)!,
      row: c.rowNumber,
      nip,
      nipValid: nipCheck.ok,
      nama: detach(text('nama') || (split ? split.name : '')),
      text: {
        gelarDepan: text('gelar_depan'),
        gelarBelakang: text('gelar_belakang'),
        jenisPegawai,
        kedudukanHukum: text('kedudukan_hukum'),
        golongan,
        jenisJabatan,
        jabatan,
        eselon,
        unor: text('unor'),
        unorInduk: text('unor_induk'),
        jenisKelamin: text('jenis_kelamin'),
      },
      birthDate,
      bupAge: bupAge(level, eselon, rosterBup, profile),
      currentLevel: level,
      targetLevel: level ? NEXT_LEVEL[level] : null,
    };
    if (rowYear >= 0) rosterYear.set(replace ?? table.n, rowYear);
    if (replace !== undefined) {
      table.set(replace, fields);
      return;
    }
    const index = table.add(fields);
    if (index >= rosterFlags.length) {
      const more = new Uint8Array(rosterFlags.length * 2);
      more.set(rosterFlags);
      rosterFlags = more;
    }
    if (!nipCheck.ok) rosterFlags[index] = 1;
    rosterSig.push(sig);
    if (componentFields.length > 0) componentValues.push(componentFields.map((f) => get(c, 'roster', f)));
    if (nip !== '') {
      const first = byNip.get(nip);
      if (first === undefined) byNip.set(nip, index);
      else {
        const group = nipGroups.get(nip);
        if (group) group.push(index);
        else nipGroups.set(nip, [first, index]);
        const key = `${nip}:${sig}`;
        if (!sigIndex.has(key)) sigIndex.set(key, index);
      }
    }
  };

  let rosterClosed = false;
  /** per employee: the first of its SKP / CACT rows (-1 none), by the NIP's first employee */
  let skpHead = new Int32Array(0);
  let cactHead = new Int32Array(0);
  /** per employee: the last of its SKP / CACT rows (where the next one is linked) */
  let skpTail = new Int32Array(0);
  let cactTail = new Int32Array(0);
  const closeRoster = (): void => {
    rosterClosed = true;
    skpHead = new Int32Array(table.n).fill(-1);
    cactHead = new Int32Array(table.n).fill(-1);
    skpTail = new Int32Array(table.n).fill(-1);
    cactTail = new Int32Array(table.n).fill(-1);
    if (inputRules.periodicOnlyYear === 'latestPeriod') {
      periodicHead = new Int32Array(table.n).fill(-1);
      periodicTail = new Int32Array(table.n).fill(-1);
    }
    // in the order the NIPs first appear
    for (const [nip, list] of [...nipGroups].sort((x, y) => x[1][0]! - y[1][0]!)) {
      // each row names at most DUPLICATE_ROWS_NAMED other rows and the group's size (linear, not quadratic)
      for (const i of list) {
        rosterFlags[i]! |= 2;
        const others: number[] = [];
        for (const j of list) {
          if (j === i) continue;
          if (others.length === DUPLICATE_ROWS_NAMED) break;
          others.push(table.sourceOf(j).row);
        }
        const rows = others.join(', ') + (list.length - 1 > others.length ? ', …' : '');
        report('error', 'NIP_GANDA', rosterCtxOf(i), 'roster', 'nip', nip, { rows, count: list.length });
      }
    }
    sigIndex.clear();
  };

  const inputRows: Record<Role, number> = { roster: rosterRows, cact: 0, skp: 0, hukdis: 0 };
  const unmatched = { cact: 0, skp: 0, hukdis: 0 };

  /** Join an assessment row to the roster; report and count it when it cannot be joined. */
  const joinKey = (c: RowCtx, role: Exclude<Role, 'roster'>): number | null => {
    inputRows[role]++;
    let cell = get(c, role, 'nip');
    const split = splitNipName(cell);
    if (split) {
      report('warning', 'NIP_DENGAN_NAMA', c, role, 'nip', cell, { nip: split.nip });
      cell = split.nip;
    }
    if (typeof cell === 'string' && cell.length === 18) {
      const head = byNip.get(cell);
      if (head !== undefined) return head;
    }
    if (typeof cell === 'number' || isScientific(cell)) {
      unmatched[role]++;
      report('error', 'NIP_ANGKA', c, role, 'nip', cell);
      return null;
    }
    const nip = cleanNip(cell);
    if (nip === '') {
      unmatched[role]++;
      report('error', 'NIP_KOSONG', c, role, 'nip', cell);
      return null;
    }
    const head = byNip.get(nip);
    if (head === undefined) {
      unmatched[role]++;
      report('warning', 'NIP_TIDAK_DI_ROSTER', c, role, 'nip', cell, { table: role });
      return null;
    }
    return head;
  };

  /** a kept row of an assessment table: its table and row number, without the cells */
  const ctxAt = (tableNo: number, rowNumber: number): RowCtx => ({ table: prepared.tables[tableNo]!, row: NO_ROW, rowNumber });
  const PREDIKATS = Object.keys(profile.performance.scores) as Predikat[];
  /** the canonical spelling of each predikat (its first alias), for messages */
  const PREDIKAT_NAMES = Object.fromEntries(PREDIKATS.map((p) => [p, profile.performance.predikatAliases[p]?.[0] ?? p])) as Record<Predikat, string>;
  const VIAS = ['predikat', 'matrix', 'legacy'] as const;

  // ---- SKP: usable rows as columns, linked per employee ---------------------------------
  const skp = new RowColumns(['i32', 'i32', 'i32', 'i32', 'i32']); // year, predikat, via, table, row
  /** periodic e-Kinerja rows (monthly, quarterly): year, predikat, via, table, row, period; kept only when the profile may use them */
  const skpPeriodic = new RowColumns(['i32', 'i32', 'i32', 'i32', 'i32', 'i32']);
  let periodicHead = new Int32Array(0);
  let periodicTail = new Int32Array(0);
  /** per employee (head): bit k set when year window[k] has periodic rows (for the warning) */
  const periodicYears = new Map<number, number[]>();
  /** the period of a row: 0 for an annual row, 1–12 (the month or the quarter's last month) for a periodic one */
  const periodCache = new Map<string, number>();
  const periodOf = (c: RowCtx): number => {
    const jenis = cellText(get(c, 'skp', 'jenis'));
    const bulan = cellText(get(c, 'skp', 'bulan'));
    const key = `${jenis}\u0000${bulan}`;
    let p = periodCache.get(key);
    if (p === undefined) {
      const f = foldText(jenis);
      const m = parseNumber(bulan);
      const month = m !== null && Number.isInteger(m) && m >= 1 && m <= 12 ? m : null;
      if (/tahunan|annual/.test(f)) p = 0;
      else if (/periodik|bulanan|triwulan|kuartal|semester|periodic|monthly|quarter/.test(f)) p = month ?? 1;
      else p = month ?? 0; // no JENIS: a month 1–12 makes the row periodic; blank, 0 or 13 is the annual row
      if (periodCache.size < 4096) periodCache.set(key, p);
    }
    return p;
  };
  const addSkp = (c: RowCtx): void => {
    const head = joinKey(c, 'skp');
    if (head === null) return;
    if (c.table.columns.skp?.tahun === undefined) {
      // an SKP table (named by the user) without a TAHUN column: one table-level finding, not one per row
      bump(skpWithoutYear, c.table);
      return;
    }
    const tahun = get(c, 'skp', 'tahun');
    const year = parseYear(tahun);
    if (year === null) {
      report('error', 'TAHUN_TIDAK_VALID', c, 'skp', 'tahun', tahun);
      return;
    }
    const period = c.table.columns.skp?.jenis === undefined && c.table.columns.skp?.bulan === undefined ? 0 : periodOf(c);
    if (period > 0) {
      // the annual row decides the year; a periodic row is set aside (counted, said once per table)
      bump(periodicRows, c.table);
      const years = periodicYears.get(head);
      if (!years) periodicYears.set(head, [year]);
      else if (!years.includes(year)) years.push(year);
      if (inputRules.periodicOnlyYear !== 'latestPeriod') return;
      const po = evaluateSkpRow(
        { year, predikat: get(c, 'skp', 'predikat'), hasil: get(c, 'skp', 'rating_hasil_kerja'), perilaku: get(c, 'skp', 'rating_perilaku_kerja'), nilai: get(c, 'skp', 'nilai') },
        profile,
      );
      if (!po.ok) return;
      const r = skpPeriodic.push([year, PREDIKATS.indexOf(po.predikat), VIAS.indexOf(po.via), tableIndex.get(c.table)!, c.rowNumber, period]);
      link(periodicHead, periodicTail, skpPeriodic, head, r);
      return;
    }
    const out = evaluateSkpRow(
      {
        year,
        predikat: get(c, 'skp', 'predikat'),
        hasil: get(c, 'skp', 'rating_hasil_kerja'),
        perilaku: get(c, 'skp', 'rating_perilaku_kerja'),
        nilai: get(c, 'skp', 'nilai'),
      },
      profile,
    );
    if (out.ok && out.predikatUnread) {
      report('warning', 'PREDIKAT_DARI_RATING', c, 'skp', 'predikat', get(c, 'skp', 'predikat'), { year, predikat: PREDIKAT_NAMES[out.predikat] });
    }
    if (!out.ok) {
      report(out.code === 'SKP_KOSONG' ? 'warning' : 'error', out.code, c, 'skp', out.field, out.value, {
        year,
        ...(out.params ?? {}),
      });
      return;
    }
    const r = skp.push([year, PREDIKATS.indexOf(out.predikat), VIAS.indexOf(out.via), tableIndex.get(c.table)!, c.rowNumber]);
    link(skpHead, skpTail, skp, head, r);
  };

  /** The SKP rows of an employee (by the NIP's first employee), as candidates with their rows. */
  const skpRowsOf = (head: number): { cand: SkpCandidate; ctx: RowCtx }[] => {
    const out: { cand: SkpCandidate; ctx: RowCtx }[] = [];
    for (let r = skpHead[head]!; r >= 0; r = skp.next[r]!) {
      const ctx = ctxAt(skp.get(r, 3), skp.get(r, 4));
      out.push({
        cand: { year: skp.get(r, 0), predikat: PREDIKATS[skp.get(r, 1)]!, via: VIAS[skp.get(r, 2)]!, source: src(ctx) },
        ctx,
      });
    }
    return out;
  };

  /** the periodic row of the latest period of a year (the last one read on a tie) */
  const latestPeriodic = (head: number, year: number): { cand: SkpCandidate; ctx: RowCtx } | null => {
    let best = -1;
    for (let r = periodicHead[head] ?? -1; r >= 0; r = skpPeriodic.next[r]!) {
      if (skpPeriodic.get(r, 0) === year && (best < 0 || skpPeriodic.get(r, 5) >= skpPeriodic.get(best, 5))) best = r;
    }
    if (best < 0) return null;
    const ctx = ctxAt(skpPeriodic.get(best, 3), skpPeriodic.get(best, 4));
    return {
      cand: { year, predikat: PREDIKATS[skpPeriodic.get(best, 1)]!, via: VIAS[skpPeriodic.get(best, 2)]!, source: src(ctx) },
      ctx,
    };
  };

  const finishSkp = () => {
    let lastYear = options.year ?? null;
    if (lastYear === null) {
      for (let r = 0; r < skp.n; r++) {
        const y = skp.get(r, 0);
        if (y <= asOfYear && (lastYear === null || y > lastYear)) lastYear = y;
      }
    }
    return profile.performance.yearWeights.map((_, i) => (lastYear ?? asOfYear) - i);
  };

  // ---- CACT: usable rows as columns, linked per employee --------------------------------
  interface CactRow {
    ctx: RowCtx;
    potensi: number | null;
    kompetensi: number | null;
    parts: (number | null)[];
    kategori: PotentialLevel | null;
    tanggal: string | null;
  }
  const KATEGORI: readonly (PotentialLevel | null)[] = [null, 'RENDAH', 'MENENGAH', 'TINGGI'];
  // potensi, kompetensi, the three parts (NaN = none), kategori, test date, table, row
  const cact = new RowColumns(['f64', 'f64', 'f64', 'f64', 'f64', 'i32', 'i32', 'i32', 'i32']);
  /** test dates, one code per distinct date (0 = none) */
  const dates: (string | null)[] = [null];
  const dateCode = new Map<string, number>();
  const codeOfDate = (d: string | null): number => {
    if (d === null) return 0;
    let k = dateCode.get(d);
    if (k === undefined) {
      k = dates.length;
      dates.push(d);
      dateCode.set(d, k);
    }
    return k;
  };
  const nanOrNull = (v: number): number | null => (Number.isNaN(v) ? null : v);
  const jpm = (c: RowCtx, field: string): number | null => {
    const v = get(c, 'cact', field);
    if (isBlank(v)) return null;
    const n = parseNumber(v);
    if (n === null || n < 0 || n > 200) {
      report('error', 'JPM_TIDAK_VALID', c, 'cact', field, v);
      return null;
    }
    return n;
  };
  const addCact = (c: RowCtx): void => {
    const t = c.table;
    const head = joinKey(c, 'cact');
    if (head === null) return;
    const kv = get(c, 'cact', 'kategori');
    let kategori: PotentialLevel | null = null;
    if (!isBlank(kv)) {
      kategori = parseKategori(kv, profile);
      if (!kategori) report('error', 'KATEGORI_TIDAK_DIKENAL', c, 'cact', 'kategori', kv);
    }
    const tv = get(c, 'cact', 'tanggal_tes');
    let tanggal: string | null = null;
    if (!isBlank(tv)) {
      const d = parseDateInfo(tv, t.raw.date1904, inputRules.yearOnlyDate, t.raw.fromWorkbook);
      tanggal = d ? d.iso : null;
      if (!tanggal) report('warning', 'TANGGAL_TES_TIDAK_VALID', c, 'cact', 'tanggal_tes', tv);
      else if (tanggal > asOf) report('warning', 'TANGGAL_TES_MASA_DEPAN', c, 'cact', 'tanggal_tes', tv, { asOf });
      if (d?.yearOnly) report('warning', 'TANGGAL_HANYA_TAHUN', c, 'cact', 'tanggal_tes', tv, { date: d.iso });
    }
    const potensi = jpm(c, 'jpm_potensi');
    const kompetensi = jpm(c, 'jpm_kompetensi');
    const parts = [jpm(c, 'jpm_mansoskul'), jpm(c, 'jpm_litdig'), jpm(c, 'jpm_emskil')];
    if (potensi === null && kompetensi === null && parts.every((p) => p === null) && !kategori) {
      // a wide roster row without assessment values is simply "no CACT"; a CACT row is reported
      if (!t.roles.includes('roster')) report('warning', 'CACT_KOSONG', c, 'cact', 'nip', get(c, 'cact', 'nip'));
      return;
    }
    if (tanggal === null) bump(undatedCact, t);
    const r = cact.push([
      potensi ?? NaN,
      kompetensi ?? NaN,
      parts[0] ?? NaN,
      parts[1] ?? NaN,
      parts[2] ?? NaN,
      KATEGORI.indexOf(kategori),
      codeOfDate(tanggal),
      tableIndex.get(t)!,
      c.rowNumber,
    ]);
    link(cactHead, cactTail, cact, head, r);
  };

  /** The CACT rows of an employee (by the NIP's first employee), in input order. */
  const cactRowsOf = (head: number): CactRow[] => {
    const out: CactRow[] = [];
    for (let r = cactHead[head]!; r >= 0; r = cact.next[r]!) {
      out.push({
        ctx: ctxAt(cact.get(r, 7), cact.get(r, 8)),
        potensi: nanOrNull(cact.get(r, 0)),
        kompetensi: nanOrNull(cact.get(r, 1)),
        parts: [nanOrNull(cact.get(r, 2)), nanOrNull(cact.get(r, 3)), nanOrNull(cact.get(r, 4))],
        kategori: KATEGORI[cact.get(r, 5)]!,
        tanggal: dates[cact.get(r, 6)]!,
      });
    }
    return out;
  };

  // ---- hukdis (few rows): by the NIP's first employee -----------------------------------
  const hukdisByHead = new Map<number, { level: HukdisLevel; tmt: string }[]>();
  const addHukdis = (c: RowCtx): void => {
    const t = c.table;
    const head = joinKey(c, 'hukdis');
    if (head === null) return;
    const tv = get(c, 'hukdis', 'tingkat');
    const f = foldText(tv);
    const level: HukdisLevel | null = f.includes('berat')
      ? 'BERAT'
      : f.includes('sedang')
        ? 'SEDANG'
        : f.includes('ringan')
          ? 'RINGAN'
          : null;
    if (!level) {
      report('error', 'HUKDIS_TINGKAT_TIDAK_DIKENAL', c, 'hukdis', 'tingkat', tv);
      return;
    }
    const mv = get(c, 'hukdis', 'tmt');
    const md = parseDateInfo(mv, t.raw.date1904, inputRules.yearOnlyDate, t.raw.fromWorkbook);
    if (!md) {
      report('error', 'HUKDIS_TMT_TIDAK_VALID', c, 'hukdis', 'tmt', mv);
      return;
    }
    const tmt = md.iso;
    if (md.yearOnly) report('warning', 'TANGGAL_HANYA_TAHUN', c, 'hukdis', 'tmt', mv, { date: tmt });
    const list = hukdisByHead.get(head);
    if (list) list.push({ level, tmt });
    else hukdisByHead.set(head, [{ level, tmt }]);
  };

  const add = (rt: RecognisedTable, role: Role, row: Cell[], rowNumber: number): void => {
    if (role === rt.roles[0]) rowsRead.set(rt, (rowsRead.get(rt) ?? 0) + 1);
    const c: RowCtx = { table: rt, row, rowNumber };
    if (role === 'roster') {
      if (rosterClosed) throw new Error('talenta internal: roster rows must come before assessment rows');
      addRoster(c);
      return;
    }
    if (!rosterClosed) closeRoster();
    if (role === 'skp') addSkp(c);
    else if (role === 'cact') addCact(c);
    else addHukdis(c);
  };

  // ---- per employee ---------------------------------------------------------------------
  const multiComponent = profile.potential.components.length > 1;
  /** the score of a further potential component; a missing value adds a note */
  const componentScore = (comp: PotentialComponent, i: number, head: number | undefined, notes: string[]): number => {
    const field = (f: string): Cell => componentValues[i]?.[componentFields.indexOf(f)] ?? null;
    switch (comp.kind) {
      case 'cact':
        return 0;
      case 'lookup': {
        const v = foldText(field(comp.field));
        const hit = Object.entries(comp.table).find(([k]) => foldText(k) === v);
        if (hit) return hit[1];
        notes.push(`KOMPONEN_DEFAULT:${comp.id}`);
        return comp.missing;
      }
      case 'number': {
        const n = parseNumber(field(comp.field));
        if (n === null) {
          notes.push(`KOMPONEN_DEFAULT:${comp.id}`);
          return comp.missing;
        }
        return comp.bands ? bandScore(n, comp.bands) : n;
      }
      case 'yearsSince': {
        const d = parseDateInfo(field(comp.field), rosterCtxOf(i).table.raw.date1904, inputRules.yearOnlyDate, rosterCtxOf(i).table.raw.fromWorkbook)?.iso ?? null;
        if (!d || d > asOf) {
          notes.push(`KOMPONEN_DEFAULT:${comp.id}`);
          return comp.missing;
        }
        return bandScore(wholeYearsBetween(d, asOf), comp.bands);
      }
      case 'hukdis': {
        const from = addYears(asOf, -comp.years);
        const h = (head === undefined ? [] : (hukdisByHead.get(head) ?? [])).filter((x) => x.tmt >= from && x.tmt <= asOf);
        if (h.some((x) => x.level === 'BERAT')) return comp.scores.berat;
        if (h.some((x) => x.level === 'SEDANG')) return comp.scores.sedang;
        if (h.some((x) => x.level === 'RINGAN')) return comp.scores.ringan;
        return comp.scores.none;
      }
    }
  };
  const NO_POTENTIAL: PotentialResult = {
    score: null,
    level: null,
    jpmPotensi: null,
    jpmKompetensi: null,
    kompetensiFromParts: false,
    fromKategori: false,
    tanggalTes: null,
    source: null,
  };
  const finish = (): ClassifyResult => {
    if (!rosterClosed) closeRoster();
    inputRows.roster = rosterRows;
    const windowYears = finishSkp();
    const cactExpiry = addYears(asOf, -profile.potential.validityYears);
    const hukdisFrom = addYears(asOf, -profile.talentPool.hukdis.years);
    const tp = profile.talentPool;
    // per-value rules, worked out once per distinct value
    const activeCache = new Map<string, boolean>();
    const pnsCache = new Map<string, boolean>();
    for (let i = 0; i < table.n; i++) {
      if (options.onProgress && i % PROGRESS_EVERY === 0) options.onProgress('compute', i, table.n);
      const nip = table.nip[i]!;
      /** the NIP's first employee: the one its assessment rows are linked to */
      const head = nip === '' ? undefined : byNip.get(nip);
      const notMapped: string[] = [];
      const exclusions: string[] = [];
      const notes: string[] = [];
      if (rosterFlags[i]! & 1) notMapped.push('NIP_TIDAK_VALID');
      if (rosterFlags[i]! & 2) notMapped.push('NIP_GANDA');

      const skpRows = head === undefined || skpHead[head]! < 0 ? [] : skpRowsOf(head);
      const periodic = head === undefined ? undefined : periodicYears.get(head);
      if (periodic) {
        for (const y of windowYears) {
          if (!periodic.includes(y) || skpRows.some((r) => r.cand.year === y)) continue;
          // a window year with periodic rows only: absent (default), or the latest period's predikat
          const used = inputRules.periodicOnlyYear === 'latestPeriod' ? latestPeriodic(head!, y) : null;
          if (used) {
            skpRows.push(used);
            notes.push('SKP_DARI_PERIODIK');
          }
          if (head === i) {
            if (used) report('warning', 'SKP_DARI_PERIODIK', used.ctx, 'skp', 'tahun', y, { year: y });
            else report('warning', 'SKP_HANYA_PERIODIK', rosterCtxOf(i), 'roster', 'nip', nip, { year: y });
          }
        }
      }
      const performance = computePerformance(
        skpRows.map((r) => r.cand),
        windowYears,
        profile,
      );
      if (performance.score === null) notMapped.push('SKP_TIDAK_ADA');
      else if (performance.years.length < windowYears.length) notes.push('SKP_SATU_TAHUN');
      // duplicates are reported once per NIP, by its first employee
      if (head === i && skpRows.length > 1) {
        for (const y of performance.years) {
          const same = skpRows.filter((r) => r.cand.year === y.year);
          if (same.length < 2) continue;
          for (const r of same) {
            if (r.cand.source === y.source) continue;
            report('warning', 'SKP_GANDA', r.ctx, 'skp', 'tahun', y.year, { year: y.year, used: y.source.row });
          }
        }
      }
      table.setPerformance(i, performance, refIndex);

      const cactRows = head === undefined || cactHead[head]! < 0 ? [] : cactRowsOf(head);
      let potential = NO_POTENTIAL;
      if (cactRows.length === 0) {
        notMapped.push('CACT_TIDAK_ADA');
      } else {
        // the most recent test; rows without a date count as oldest; ties keep input order
        let pick = cactRows[0]!;
        for (const r of cactRows) if (r.tanggal !== null && (pick.tanggal === null || r.tanggal > pick.tanggal)) pick = r;
        const chosen = pick;
        // the parts of one test spread over two sheets or files (potensi on one, literasi digital on
        // another): rows of other tables with the same test date and no clashing value are merged into it
        let merged: Set<CactRow> | null = null;
        if (cactRows.length > 1) {
          const m: CactRow = { ...chosen, parts: [...chosen.parts] };
          const clash = <T,>(x: T | null, y: T | null) => x !== null && y !== null && x !== y;
          for (const r of cactRows) {
            if (r === chosen || r.tanggal !== chosen.tanggal || r.ctx.table === chosen.ctx.table) continue;
            if (clash(m.potensi, r.potensi) || clash(m.kompetensi, r.kompetensi) || clash(m.kategori, r.kategori) || r.parts.some((x, k) => clash(m.parts[k]!, x))) continue;
            m.potensi ??= r.potensi;
            m.kompetensi ??= r.kompetensi;
            m.kategori ??= r.kategori;
            for (let k = 0; k < m.parts.length; k++) m.parts[k] ??= r.parts[k]!;
            (merged ??= new Set()).add(r);
          }
          if (merged) {
            pick = m;
            notes.push('CACT_DIGABUNG');
          }
        }
        if (cactRows.length > 1 && head === i) {
          for (const r of cactRows) {
            if (r !== chosen && !merged?.has(r)) {
              const kept = pick.ctx.table.raw;
              report('warning', 'CACT_GANDA', r.ctx, 'cact', 'nip', nip, { used: pick.ctx.rowNumber, usedAt: `${kept.sheet ?? kept.file}!${pick.ctx.rowNumber}` });
            }
          }
        }
        const p = computePotential(
          { potensi: pick.potensi, kompetensi: pick.kompetensi, parts: pick.parts, kategori: pick.kategori },
          profile,
        );
        potential = {
          score: p.score,
          level: p.level,
          jpmPotensi: pick.potensi,
          jpmKompetensi: p.kompetensi,
          kompetensiFromParts: p.kompetensiFromParts,
          fromKategori: p.fromKategori,
          tanggalTes: pick.tanggal,
          source: src(pick.ctx),
        };
        if (p.kompetensiFromParts) notes.push('KOMPETENSI_DARI_SUB');
        if (p.single) notes.push('POTENSIAL_SATU_KOMPONEN');
        if (p.fromKategori) notes.push('POTENSIAL_DARI_KATEGORI');
        if ((pick.potensi ?? 0) > 100 || (p.kompetensi ?? 0) > 100 || pick.parts.some((x) => (x ?? 0) > 100)) {
          notes.push('JPM_DI_ATAS_100');
          report('warning', 'JPM_DI_ATAS_100', pick.ctx, 'cact', 'nip', nip);
        }
        if (pick.tanggal === null) {
          // its validity cannot be checked: used with a note (default) or not mapped (profile inputRules.undatedCact)
          if (inputRules.undatedCact === 'notMapped') notMapped.push('CACT_TANPA_TANGGAL');
          else notes.push('CACT_TANPA_TANGGAL');
        } else if (pick.tanggal < cactExpiry) {
          if (profile.potential.expiry === 'notMapped') notMapped.push('CACT_KEDALUWARSA');
          else notes.push('CACT_KEDALUWARSA_DIPAKAI');
        }
        // further potential components (rekam jejak, pertimbangan lainnya) weighted with the CACT score
        if (multiComponent && p.score !== null) {
          const parts = profile.potential.components.map((comp) => ({
            id: comp.id,
            weight: comp.weight,
            score: comp.kind === 'cact' ? p.score! : componentScore(comp, i, head, notes),
          }));
          potential.cactScore = p.score;
          potential.components = parts;
          potential.score = round6(parts.reduce((sum, x) => sum + x.weight * x.score, 0));
          potential.level = potentialLevel(potential.score, profile);
        }
      }
      table.setPotential(i, potential, refIndex);

      // talent-pool exclusions (evaluated for everyone, listed as reasons); each one is met, not
      // met, or not checkable (its data missing): those are collected in `unchecked`
      let unchecked: string[] | null = null;
      const kedudukan = table.textOf(i, 'kedudukanHukum');
      if (tp.inactive.enabled && kedudukan !== '') {
        let active = activeCache.get(kedudukan);
        if (active === undefined) {
          active = tp.inactive.activeValues.some((v) => foldText(v) === foldText(kedudukan));
          activeCache.set(kedudukan, active);
        }
        if (!active) exclusions.push('TIDAK_AKTIF');
      } else if (tp.inactive.enabled) (unchecked ??= []).push('TIDAK_AKTIF');
      if (tp.hukdis.enabled && !hukdisChecked) (unchecked ??= []).push('HUKDIS');
      else if (tp.hukdis.enabled && head !== undefined) {
        const h = hukdisByHead.get(head) ?? [];
        if (h.some((x) => tp.hukdis.levels.includes(x.level) && x.tmt >= hukdisFrom && x.tmt <= asOf)) {
          exclusions.push('HUKDIS');
        }
      }
      const birthDate = table.birthDateOf(i);
      const bup = table.bupAgeOf(i);
      if (tp.bup.enabled && birthDate && bup !== null) {
        const bupDate = addYears(birthDate, bup);
        if (asOf >= addMonths(bupDate, -tp.bup.monthsBefore)) exclusions.push('MENDEKATI_BUP');
      } else if (tp.bup.enabled) (unchecked ??= []).push('MENDEKATI_BUP');
      const jenisPegawai = table.textOf(i, 'jenisPegawai');
      if (tp.pnsOnly.enabled && jenisPegawai !== '') {
        let pns = pnsCache.get(jenisPegawai);
        if (pns === undefined) {
          pns = isPns(jenisPegawai, profile);
          pnsCache.set(jenisPegawai, pns);
        }
        if (!pns) exclusions.push('BUKAN_PNS');
      } else if (tp.pnsOnly.enabled && table.nipValidOf(i)) {
        // no jenis pegawai: PNS or PPPK read from the NIP (digits 13–14), and said so
        notes.push('STATUS_DARI_NIP');
        if (!pnsFromNip(nip)) exclusions.push('BUKAN_PNS');
      } else if (tp.pnsOnly.enabled) (unchecked ??= []).push('BUKAN_PNS');

      notMapped.sort((a, b) => NOT_MAPPED_ORDER.indexOf(a) - NOT_MAPPED_ORDER.indexOf(b));
      let box: number | null = null;
      let talentScore: number | null = null;
      let talentPool = false;
      let krs: Employee['krs'] = null;
      if (notMapped.length === 0 && performance.level && potential.level) {
        box = profile.boxes[potential.level]![performance.level]!;
        if (performance.score !== null && potential.score !== null) {
          talentScore = round6(profile.talentScore.performanceWeight * performance.score + profile.talentScore.potentialWeight * potential.score);
        }
        if (unchecked && tp.boxes.includes(box)) {
          // a candidate for the pool whose eligibility could not be fully checked: noted per rule
          for (const u of unchecked) notes.push(UNCHECKED_NOTES[u]!);
          if (inputRules.uncheckedExclusion === 'exclude') exclusions.push('TIDAK_DIPERIKSA');
        }
        if (tp.boxes.includes(box) && exclusions.length === 0) {
          talentPool = true;
          krs = tp.nationalBoxes.includes(box) ? 'INSTANSI_NASIONAL' : 'INSTANSI';
        }
      }
      table.setOutcome(i, { box, talentScore, talentPool, krs, notMapped, exclusions, notes });
    }

    for (const [t, n] of structuralWithoutEselon) {
      tableIssue(t, 'warning', 'KOLOM_ESELON_TIDAK_ADA', { count: n, accepted: accepted('roster', 'eselon') });
    }
    for (const [t, n] of undatedCact) {
      const noColumn = t.columns.cact?.tanggal_tes === undefined;
      tableIssue(t, 'warning', noColumn ? 'KOLOM_TANGGAL_TES_TIDAK_ADA' : 'TANGGAL_TES_KOSONG', {
        count: n,
        accepted: accepted('cact', 'tanggal_tes'),
        choice: inputRules.undatedCact,
      });
    }
    for (const [t, n] of periodicRows) tableIssue(t, 'info', 'SKP_PERIODIK_DIABAIKAN', { count: n });
    for (const [t, n] of ekinerjaRosterRows) tableIssue(t, 'info', 'ROSTER_TAHUN_TERAKHIR', { count: n });
    for (const [t, n] of skpWithoutYear) tableIssue(t, 'error', 'KOLOM_TAHUN_TIDAK_ADA', { count: n, accepted: accepted('skp', 'tahun') });

    const employees = table.views();
    const pool = rankPool(employees, profile);

    // ---- summary --------------------------------------------------------------------------
    const grid: Record<string, number> = {};
    for (let b = 1; b <= 9; b++) grid[String(b)] = 0;
    const notMappedByReason: Record<string, number> = {};
    const excludedFromPoolByReason: Record<string, number> = {};
    let mapped = 0;
    for (const e of employees) {
      if (e.box !== null) {
        mapped++;
        grid[String(e.box)]!++;
        if (profile.talentPool.boxes.includes(e.box)) {
          for (const r of e.exclusions) excludedFromPoolByReason[r] = (excludedFromPoolByReason[r] ?? 0) + 1;
        }
      } else {
        for (const r of e.notMappedReasons) notMappedByReason[r] = (notMappedByReason[r] ?? 0) + 1;
      }
    }
    const issueCounts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const i of issues) issueCounts[i.severity]++;
    const summary: Summary = {
      asOf,
      skpYears: [...windowYears].sort((a, b) => a - b),
      rosterRows,
      duplicateRowsMerged,
      employees: employees.length,
      mapped,
      notMapped: employees.length - mapped,
      notMappedByReason: sortKeys(notMappedByReason, NOT_MAPPED_ORDER),
      grid,
      talentPool: pool.length,
      excludedFromPoolByReason: sortKeys(excludedFromPoolByReason, EXCLUSION_ORDER),
      inputRows,
      unmatchedAssessmentRows: unmatched,
      issues: issueCounts,
    };

    const inputs: InputSummary[] = prepared.tables.map((t) => {
      const columns: Record<string, string> = {};
      for (const role of ROLES) {
        if (!t.roles.includes(role)) continue;
        for (const [field, col] of Object.entries(t.columns[role] ?? {})) {
          columns[`${role}.${field}`] = t.headers[col] ?? '';
        }
      }
      return {
        file: t.raw.file,
        sheet: t.raw.sheet,
        roles: t.roles,
        headerRow: t.headerIndex === null ? null : t.raw.rowNumbers[t.headerIndex]!,
        rows: t.roles.length > 0 ? (rowsRead.get(t) ?? 0) : t.dataRows.length,
        columns,
      };
    });

    return { profile: { id: profile.id, version: profile.version }, summary, employees, pool, issues, inputs };
  };

  return { add, finish, report: (more: Issue[]) => void issues.push(...more) };
}

/**
 * Rows of one kind kept as columns (numbers only), with a `next` link per row so that the rows
 * of one employee form a list in input order: no object per row.
 */
class RowColumns {
  n = 0;
  next = new Int32Array(1024);
  private cols: (Float64Array | Int32Array)[];
  constructor(private readonly kinds: readonly ('f64' | 'i32')[]) {
    this.cols = kinds.map((k) => (k === 'f64' ? new Float64Array(1024) : new Int32Array(1024)));
  }
  push(values: number[]): number {
    if (this.n === this.next.length) {
      const cap = this.n * 2;
      const next = new Int32Array(cap);
      next.set(this.next);
      this.next = next;
      this.cols = this.cols.map((c) => {
        const b = c instanceof Float64Array ? new Float64Array(cap) : new Int32Array(cap);
        b.set(c);
        return b;
      });
    }
    const r = this.n++;
    this.next[r] = -1;
    for (let k = 0; k < values.length; k++) this.cols[k]![r] = values[k]!;
    return r;
  }
  get(r: number, k: number): number {
    return this.cols[k]![r]!;
  }
}

/** Append row `r` to the list of employee `head` (first/last row per employee). */
function link(first: Int32Array, last: Int32Array, rows: RowColumns, head: number, r: number): void {
  if (first[head]! < 0) first[head] = r;
  else rows.next[last[head]!] = r;
  last[head] = r;
}

/** Band table (inclusive lower bounds, highest first) → score; below every band: 0. */
export function bandScore(x: number, bands: { min: number; score: number }[]): number {
  for (const b of bands) if (x >= b.min) return b.score;
  return 0;
}

/** Whole years from `from` to `to` (ISO dates). */
export function wholeYearsBetween(from: string, to: string): number {
  let years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (to.slice(5) < from.slice(5)) years--;
  return years;
}

/** PPPK (P3K) employee numbers (NI PPPK) */
export function isPppk(value: string): boolean {
  return /\b(pppk|p3k)\b/.test(foldText(value));
}

/** `PNS` / `P` (profile values), or a value whose first word is PNS (`PNS Daerah`). */
export function isPns(value: string, profile: Profile): boolean {
  const f = foldText(value);
  return profile.talentPool.pnsOnly.pnsValues.some((v) => foldText(v) === f) || /^pns\b/.test(f);
}

function sortKeys(rec: Record<string, number>, order: string[]): Record<string, number> {
  const keys = Object.keys(rec).sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || (a < b ? -1 : 1);
  });
  return Object.fromEntries(keys.map((k) => [k, rec[k]!]));
}
