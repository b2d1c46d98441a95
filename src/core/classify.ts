/**
 * The pure core of `talenta classify`: raw tables + profile + reference date in, a typed result
 * out. No file system, no console, no clock.
 */
import type { PotentialComponent, Profile } from './profile.js';
import type {
  Cell,
  ClassifyResult,
  Employee,
  InputSummary,
  Issue,
  PotentialLevel,
  RawTable,
  Role,
  Severity,
  SourceRef,
  Summary,
} from './types.js';
import { ROLES } from './types.js';
import { assignRoles, forEachDataRow, recogniseTable, type RecognisedTable } from './tables.js';
import { computePerformance, evaluateSkpRow, type SkpCandidate } from './performance.js';
import { computePotential, parseKategori, potentialLevel } from './potential.js';
import { bupAge, jobLevel, NEXT_LEVEL } from './levels.js';
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
  parseDate,
  parseNumber,
  parseYear,
  round6,
} from './values.js';

export interface ClassifyOptions {
  /** reference date, ISO `YYYY-MM-DD` */
  asOf: string;
  /** last SKP year of the window (default: latest year in the data not after asOf's year) */
  year?: number | null;
}

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

const VOCAB_CODES: Record<string, string> = {
  eselon: 'ESELON_TIDAK_DIKENAL',
  jenis_jabatan: 'JENIS_JABATAN_TIDAK_DIKENAL',
  golongan: 'GOLONGAN_TIDAK_DIKENAL',
  kedudukan_hukum: 'KEDUDUKAN_HUKUM_TIDAK_DIKENAL',
  jenis_pegawai: 'JENIS_PEGAWAI_TIDAK_DIKENAL',
};

export const NOT_MAPPED_ORDER = ['NIP_TIDAK_VALID', 'NIP_GANDA', 'SKP_TIDAK_ADA', 'CACT_TIDAK_ADA', 'CACT_KEDALUWARSA'];
export const EXCLUSION_ORDER = ['TIDAK_AKTIF', 'HUKDIS', 'MENDEKATI_BUP', 'BUKAN_PNS'];

/** Other rows a NIP_GANDA finding names (the group's size is given too). */
export const DUPLICATE_ROWS_NAMED = 5;

/** One input row as it is being read: its table, its cells and its row number in the source. */
interface RowCtx {
  table: RecognisedTable;
  row: Cell[];
  rowNumber: number;
}

const NO_ROW: Cell[] = [];
/** The shared empty list of a finished employee (never mutated after finish). */
const NONE: string[] = Object.freeze([]) as unknown as string[];
/** A row context kept for later messages, without the cells (so rows can be freed). */
const keep = (c: RowCtx): RowCtx => ({ table: c.table, row: NO_ROW, rowNumber: c.rowNumber });

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
  for (const role of FEED_ORDER) {
    for (const t of prepared.tables) {
      if (!t.roles.includes(role)) continue;
      // a streamed table's batch problems are reported once, on its first role
      const first = role === FEED_ORDER.find((r) => t.roles.includes(r));
      forEachDataRow(t, (row, rowNumber) => c.add(t, role, row, rowNumber), first ? (issues) => c.report(issues) : undefined);
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
    code: string,
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

  for (const t of prepared.tables) {
    for (const i of t.raw.readerIssues ?? []) issues.push(i);
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
    if (t.roles.length === 0) {
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
  // ---- roster ---------------------------------------------------------------------------
  const employees: Employee[] = [];
  const rosterCtx: RowCtx[] = [];
  const rosterSig: number[] = [];
  /** roster values of the fields that potential components read (multi-component profiles) */
  const componentFields = [...new Set(profile.potential.components.flatMap((comp) => ('field' in comp ? [comp.field] : [])))];
  const componentValues: Cell[][] = [];
  let rosterRows = 0;
  let duplicateRowsMerged = 0;
  const byNip = new Map<string, number[]>();
  /** `nip:signature` → first row index, only for NIPs seen more than once */
  const sigIndex = new Map<string, number>();
  const vocabCache = new Map<string, VocabResult>();
  const strings = new Map<string, string>();
  /** one string object per distinct value: units, positions and statuses repeat a lot */
  const intern = (v: string): string => {
    const hit = strings.get(v);
    if (hit !== undefined) return hit;
    const own = detach(v);
    strings.set(own, own);
    return own;
  };
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

  const addRoster = (c: RowCtx): void => {
    {
      const t = c.table;
      rosterRows++;
      const text = (f: string) => cellText(get(c, 'roster', f));
      const itext = (f: string) => intern(text(f));
      const jenisPegawai = itext('jenis_pegawai');
      // PNS and CPNS NIPs carry TMT year + month; PPPK numbers a year + 2-digit code
      const pns = jenisPegawai === '' ? null : !isPppk(jenisPegawai);
      const nipCell = get(c, 'roster', 'nip');
      const nipCheck = checkNip(typeof nipCell === 'boolean' ? String(nipCell) : nipCell, asOfYear, pns);
      const nip = detach(nipCheck.nip);
      if (nip !== '') {
        const list = byNip.get(nip);
        if (list) {
          // identical duplicate of an earlier row: one employee, reported as a warning
          const sig = rosterSignature(c);
          if (list.length === 1) sigIndex.set(`${nip}:${rosterSig[list[0]!]}`, list[0]!);
          const same = sigIndex.get(`${nip}:${sig}`);
          if (same !== undefined) {
            duplicateRowsMerged++;
            report('warning', 'NIP_GANDA_IDENTIK', c, 'roster', 'nip', nipCell, { row: employees[same]!.source.row });
            return;
          }
        }
      }
      const notMapped: string[] = [];
      if (!nipCheck.ok) {
        notMapped.push('NIP_TIDAK_VALID');
        report('error', nipCheck.code, c, 'roster', 'nip', nipCell);
      }
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
        if (r.ok) return intern(r.value);
        report('warning', VOCAB_CODES[field]!, c, 'roster', field, raw, { accepted: r.accepted });
        return intern(raw);
      };
      const eselon = vocab('eselon', checkEselon);
      const jenisJabatan = vocab('jenis_jabatan', normaliseJenisJabatan);
      const golongan = vocab('golongan', normaliseGolongan);
      vocab('kedudukan_hukum', checkKedudukanHukum);
      vocab('jenis_pegawai', checkJenisPegawai);
      const jabatan = itext('jabatan');
      const level = jobLevel(eselon, jenisJabatan, jabatan);
      const e: Employee = {
        index: employees.length,
        source: src(c),
        nip,
        nipValid: nipCheck.ok,
        nama: detach(text('nama')),
        gelarDepan: itext('gelar_depan'),
        gelarBelakang: itext('gelar_belakang'),
        jenisPegawai,
        kedudukanHukum: itext('kedudukan_hukum'),
        golongan,
        jenisJabatan,
        jabatan,
        eselon,
        unor: itext('unor'),
        unorInduk: itext('unor_induk'),
        birthDate: null,
        bupAge: null,
        currentLevel: level,
        targetLevel: level ? NEXT_LEVEL[level] : null,
        performance: { score: null, level: null, years: [] },
        potential: {
          score: null,
          level: null,
          jpmPotensi: null,
          jpmKompetensi: null,
          kompetensiFromParts: false,
          fromKategori: false,
          tanggalTes: null,
          source: null,
        },
        box: null,
        talentScore: null,
        talentPool: false,
        krs: null,
        rank: null,
        rankInTargetLevel: null,
        rankInUnit: null,
        reasons: [],
        notMappedReasons: notMapped,
        exclusions: [],
        notes: [],
      };
      // birth date: tanggal_lahir, else from the NIP
      const tl = get(c, 'roster', 'tanggal_lahir');
      if (!isBlank(tl)) {
        const d = parseDate(tl, t.raw.date1904);
        if (d) e.birthDate = d;
        else report('warning', 'TANGGAL_LAHIR_TIDAK_VALID', c, 'roster', 'tanggal_lahir', tl);
      }
      if (!e.birthDate && nipCheck.ok) e.birthDate = nipCheck.birthDate;
      const bupCell = get(c, 'roster', 'bup');
      let rosterBup: number | null = null;
      if (!isBlank(bupCell)) {
        const n = parseNumber(bupCell);
        if (n !== null && Number.isInteger(n) && n >= 40 && n <= 80) rosterBup = n;
        else report('warning', 'BUP_TIDAK_VALID', c, 'roster', 'bup', bupCell);
      }
      e.bupAge = bupAge(level, eselon, rosterBup, profile);
      employees.push(e);
      rosterCtx.push(keep(c));
      rosterSig.push(rosterSignature(c));
      if (componentFields.length > 0) componentValues.push(componentFields.map((f) => get(c, 'roster', f)));
      if (nip !== '') {
        const list = byNip.get(nip);
        if (list) {
          list.push(e.index);
          const key = `${nip}:${rosterSig[e.index]}`;
          if (!sigIndex.has(key)) sigIndex.set(key, e.index);
        } else byNip.set(nip, [e.index]);
      }
    }
  };

  let rosterClosed = false;
  const closeRoster = (): void => {
    rosterClosed = true;
    for (const [, list] of byNip) {
      if (list.length < 2) continue;
      // each row names at most DUPLICATE_ROWS_NAMED other rows and the group's size (linear, not quadratic)
      for (const i of list) {
        employees[i]!.notMappedReasons.push('NIP_GANDA');
        const others: number[] = [];
        for (const j of list) {
          if (j === i) continue;
          if (others.length === DUPLICATE_ROWS_NAMED) break;
          others.push(employees[j]!.source.row);
        }
        const rows = others.join(', ') + (list.length - 1 > others.length ? ', …' : '');
        report('error', 'NIP_GANDA', rosterCtx[i]!, 'roster', 'nip', employees[i]!.nip, { rows, count: list.length });
      }
    }
  };

  const inputRows: Record<Role, number> = { roster: rosterRows, cact: 0, skp: 0, hukdis: 0 };
  const unmatched = { cact: 0, skp: 0, hukdis: 0 };

  /** Join an assessment row to the roster; report and count it when it cannot be joined. */
  const joinKey = (c: RowCtx, role: Exclude<Role, 'roster'>): string | null => {
    inputRows[role]++;
    const cell = get(c, role, 'nip');
    if (typeof cell === 'string' && cell.length === 18 && byNip.has(cell)) return cell;
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
    if (!byNip.has(nip)) {
      unmatched[role]++;
      report('warning', 'NIP_TIDAK_DI_ROSTER', c, role, 'nip', cell, { table: role });
      return null;
    }
    return nip;
  };

  // ---- SKP ------------------------------------------------------------------------------
  const skpByNip = new Map<string, { cand: SkpCandidate; ctx: RowCtx }[]>();
  const addSkp = (c: RowCtx): void => {
    {
      const nip = joinKey(c, 'skp');
      if (nip === null) return;
      const tahun = get(c, 'skp', 'tahun');
      const year = parseYear(tahun);
      if (year === null) {
        report('error', 'TAHUN_TIDAK_VALID', c, 'skp', 'tahun', tahun);
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
      if (!out.ok) {
        report(out.code === 'SKP_KOSONG' ? 'warning' : 'error', out.code, c, 'skp', out.field, out.value, {
          year,
          ...(out.params ?? {}),
        });
        return;
      }
      const item = { cand: { year, predikat: out.predikat, via: out.via, source: src(c) }, ctx: keep(c) };
      const list = skpByNip.get(nip);
      if (list) list.push(item);
      else skpByNip.set(nip, [item]);
    }
  };

  const finishSkp = () => {
    let lastYear = options.year ?? null;
    if (lastYear === null) {
      for (const list of skpByNip.values()) {
        for (const { cand } of list)
          if (cand.year <= asOfYear && (lastYear === null || cand.year > lastYear)) lastYear = cand.year;
      }
    }
    return profile.performance.yearWeights.map((_, i) => (lastYear ?? asOfYear) - i);
  };

  // ---- CACT -----------------------------------------------------------------------------
  interface CactRow {
    ctx: RowCtx;
    potensi: number | null;
    kompetensi: number | null;
    parts: (number | null)[];
    kategori: PotentialLevel | null;
    tanggal: string | null;
  }
  const cactByNip = new Map<string, CactRow[]>();
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
    {
      const t = c.table;
      const nip = joinKey(c, 'cact');
      if (nip === null) return;
      const kv = get(c, 'cact', 'kategori');
      let kategori: PotentialLevel | null = null;
      if (!isBlank(kv)) {
        kategori = parseKategori(kv, profile);
        if (!kategori) report('error', 'KATEGORI_TIDAK_DIKENAL', c, 'cact', 'kategori', kv);
      }
      const tv = get(c, 'cact', 'tanggal_tes');
      let tanggal: string | null = null;
      if (!isBlank(tv)) {
        tanggal = parseDate(tv, t.raw.date1904);
        if (!tanggal) report('warning', 'TANGGAL_TES_TIDAK_VALID', c, 'cact', 'tanggal_tes', tv);
        else if (tanggal > asOf) report('warning', 'TANGGAL_TES_MASA_DEPAN', c, 'cact', 'tanggal_tes', tv, { asOf });
      }
      const row: CactRow = {
        ctx: keep(c),
        potensi: jpm(c, 'jpm_potensi'),
        kompetensi: jpm(c, 'jpm_kompetensi'),
        parts: [jpm(c, 'jpm_mansoskul'), jpm(c, 'jpm_litdig'), jpm(c, 'jpm_emskil')],
        kategori,
        tanggal,
      };
      if (row.potensi === null && row.kompetensi === null && row.parts.every((p) => p === null) && !kategori) {
        // a wide roster row without assessment values is simply "no CACT"; a CACT row is reported
        if (!t.roles.includes('roster')) report('warning', 'CACT_KOSONG', c, 'cact', 'nip', get(c, 'cact', 'nip'));
        return;
      }
      const list = cactByNip.get(nip);
      if (list) list.push(row);
      else cactByNip.set(nip, [row]);
    }
  };

  // ---- hukdis ---------------------------------------------------------------------------
  const hukdisByNip = new Map<string, { level: HukdisLevel; tmt: string }[]>();
  const addHukdis = (c: RowCtx): void => {
    {
      const t = c.table;
      const nip = joinKey(c, 'hukdis');
      if (nip === null) return;
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
      const tmt = parseDate(mv, t.raw.date1904);
      if (!tmt) {
        report('error', 'HUKDIS_TMT_TIDAK_VALID', c, 'hukdis', 'tmt', mv);
        return;
      }
      const list = hukdisByNip.get(nip);
      if (list) list.push({ level, tmt });
      else hukdisByNip.set(nip, [{ level, tmt }]);
    }
  };

  const add = (table: RecognisedTable, role: Role, row: Cell[], rowNumber: number): void => {
    if (role === table.roles[0]) rowsRead.set(table, (rowsRead.get(table) ?? 0) + 1);
    const c: RowCtx = { table, row, rowNumber };
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
  const componentScore = (comp: PotentialComponent, c: RowCtx, e: Employee): number => {
    const field = (f: string): Cell => componentValues[e.index]?.[componentFields.indexOf(f)] ?? null;
    switch (comp.kind) {
      case 'cact':
        return 0;
      case 'lookup': {
        const v = foldText(field(comp.field));
        const hit = Object.entries(comp.table).find(([k]) => foldText(k) === v);
        if (hit) return hit[1];
        e.notes.push(`KOMPONEN_DEFAULT:${comp.id}`);
        return comp.missing;
      }
      case 'number': {
        const n = parseNumber(field(comp.field));
        if (n === null) {
          e.notes.push(`KOMPONEN_DEFAULT:${comp.id}`);
          return comp.missing;
        }
        return comp.bands ? bandScore(n, comp.bands) : n;
      }
      case 'yearsSince': {
        const d = parseDate(field(comp.field), c.table.raw.date1904);
        if (!d || d > asOf) {
          e.notes.push(`KOMPONEN_DEFAULT:${comp.id}`);
          return comp.missing;
        }
        return bandScore(wholeYearsBetween(d, asOf), comp.bands);
      }
      case 'hukdis': {
        const from = addYears(asOf, -comp.years);
        const h = (e.nip ? (hukdisByNip.get(e.nip) ?? []) : []).filter((x) => x.tmt >= from && x.tmt <= asOf);
        if (h.some((x) => x.level === 'BERAT')) return comp.scores.berat;
        if (h.some((x) => x.level === 'SEDANG')) return comp.scores.sedang;
        if (h.some((x) => x.level === 'RINGAN')) return comp.scores.ringan;
        return comp.scores.none;
      }
    }
  };
  const finish = (): ClassifyResult => {
    if (!rosterClosed) closeRoster();
    inputRows.roster = rosterRows;
    const windowYears = finishSkp();
    const cactExpiry = addYears(asOf, -profile.potential.validityYears);
    const hukdisFrom = addYears(asOf, -profile.talentPool.hukdis.years);
    const reportedSkpDup = new Set<string>();
    const reportedCactDup = new Set<string>();
    for (const e of employees) {
      const skp = e.nip ? (skpByNip.get(e.nip) ?? []) : [];
      e.performance = computePerformance(
        skp.map((s) => s.cand),
        windowYears,
        profile,
      );
      if (e.performance.score === null) e.notMappedReasons.push('SKP_TIDAK_ADA');
      else if (e.performance.years.length < windowYears.length) e.notes.push('SKP_SATU_TAHUN');
      if (!reportedSkpDup.has(e.nip)) {
        reportedSkpDup.add(e.nip);
        for (const y of e.performance.years) {
          const same = skp.filter((s) => s.cand.year === y.year);
          if (same.length < 2) continue;
          for (const s of same) {
            if (s.cand.source === y.source) continue;
            report('warning', 'SKP_GANDA', s.ctx, 'skp', 'tahun', y.year, { year: y.year, used: y.source.row });
          }
        }
      }

      const cact = e.nip ? (cactByNip.get(e.nip) ?? []) : [];
      if (cact.length === 0) {
        e.notMappedReasons.push('CACT_TIDAK_ADA');
      } else {
        // the most recent test; rows without a date count as oldest; ties keep input order
        let pick = cact[0]!;
        for (const r of cact) if (r.tanggal !== null && (pick.tanggal === null || r.tanggal > pick.tanggal)) pick = r;
        if (cact.length > 1 && !reportedCactDup.has(e.nip)) {
          reportedCactDup.add(e.nip);
          for (const r of cact) {
            if (r !== pick) report('warning', 'CACT_GANDA', r.ctx, 'cact', 'nip', e.nip, { used: src(pick.ctx).row });
          }
        }
        const p = computePotential(
          { potensi: pick.potensi, kompetensi: pick.kompetensi, parts: pick.parts, kategori: pick.kategori },
          profile,
        );
        e.potential = {
          score: p.score,
          level: p.level,
          jpmPotensi: pick.potensi,
          jpmKompetensi: p.kompetensi,
          kompetensiFromParts: p.kompetensiFromParts,
          fromKategori: p.fromKategori,
          tanggalTes: pick.tanggal,
          source: src(pick.ctx),
        };
        if (p.kompetensiFromParts) e.notes.push('KOMPETENSI_DARI_SUB');
        if (p.single) e.notes.push('POTENSIAL_SATU_KOMPONEN');
        if (p.fromKategori) e.notes.push('POTENSIAL_DARI_KATEGORI');
        if ((pick.potensi ?? 0) > 100 || (p.kompetensi ?? 0) > 100 || pick.parts.some((x) => (x ?? 0) > 100)) {
          e.notes.push('JPM_DI_ATAS_100');
          report('warning', 'JPM_DI_ATAS_100', pick.ctx, 'cact', 'nip', e.nip);
        }
        if (pick.tanggal === null) e.notes.push('CACT_TANPA_TANGGAL');
        else if (pick.tanggal < cactExpiry) {
          if (profile.potential.expiry === 'notMapped') e.notMappedReasons.push('CACT_KEDALUWARSA');
          else e.notes.push('CACT_KEDALUWARSA_DIPAKAI');
        }
        // further potential components (rekam jejak, pertimbangan lainnya) weighted with the CACT score
        if (multiComponent && p.score !== null) {
          const parts = profile.potential.components.map((comp) => ({
            id: comp.id,
            weight: comp.weight,
            score: comp.kind === 'cact' ? p.score! : componentScore(comp, rosterCtx[e.index]!, e),
          }));
          e.potential.cactScore = p.score;
          e.potential.components = parts;
          e.potential.score = round6(parts.reduce((sum, x) => sum + x.weight * x.score, 0));
          e.potential.level = potentialLevel(e.potential.score, profile);
        }
      }

      // talent-pool exclusions (evaluated for everyone, listed as reasons)
      const tp = profile.talentPool;
      if (tp.inactive.enabled && e.kedudukanHukum !== '') {
        const active = tp.inactive.activeValues.some((v) => foldText(v) === foldText(e.kedudukanHukum));
        if (!active) e.exclusions.push('TIDAK_AKTIF');
      }
      if (tp.hukdis.enabled && e.nip) {
        const h = hukdisByNip.get(e.nip) ?? [];
        if (h.some((x) => tp.hukdis.levels.includes(x.level) && x.tmt >= hukdisFrom && x.tmt <= asOf)) {
          e.exclusions.push('HUKDIS');
        }
      }
      if (tp.bup.enabled && e.birthDate && e.bupAge !== null) {
        const bupDate = addYears(e.birthDate, e.bupAge);
        if (asOf >= addMonths(bupDate, -tp.bup.monthsBefore)) e.exclusions.push('MENDEKATI_BUP');
      }
      if (tp.pnsOnly.enabled && e.jenisPegawai !== '' && !isPns(e.jenisPegawai, profile)) {
        e.exclusions.push('BUKAN_PNS');
      }

      e.notMappedReasons.sort((a, b) => NOT_MAPPED_ORDER.indexOf(a) - NOT_MAPPED_ORDER.indexOf(b));
      if (e.notMappedReasons.length === 0 && e.performance.level && e.potential.level) {
        e.box = profile.boxes[e.potential.level]![e.performance.level]!;
        if (e.performance.score !== null && e.potential.score !== null) {
          e.talentScore = round6(
            profile.talentScore.performanceWeight * e.performance.score + profile.talentScore.potentialWeight * e.potential.score,
          );
        }
        if (tp.boxes.includes(e.box) && e.exclusions.length === 0) {
          e.talentPool = true;
          e.krs = tp.nationalBoxes.includes(e.box) ? 'INSTANSI_NASIONAL' : 'INSTANSI';
        }
      }
      // most employees have no reason and no note: share one empty array (less memory at scale)
      if (e.notMappedReasons.length === 0) e.notMappedReasons = NONE;
      if (e.exclusions.length === 0) e.exclusions = NONE;
      if (e.notes.length === 0) e.notes = NONE;
      e.reasons = e.notMappedReasons === NONE && e.exclusions === NONE ? NONE : [...e.notMappedReasons, ...e.exclusions];
    }

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
