/** Find the header row of a raw table and recognise what it holds (pure). */
import type { Profile } from './profile.js';
import type { Cell, Issue, RawTable, Role } from './types.js';
import { ROLES } from './types.js';
import { columnLetter, normHeader, isBlank } from './values.js';

export const HEADER_SEARCH_ROWS = 30;

/** field → column index, per role */
export type ColumnMap = Partial<Record<Role, Record<string, number>>>;

export interface RecognisedTable {
  raw: RawTable;
  /** index into raw.rows of the header row, or null when none was found */
  headerIndex: number | null;
  headers: string[];
  columns: ColumnMap;
  /** roles the headers allow */
  candidates: Role[];
  /** roles finally assigned */
  roles: Role[];
  /** indexes into raw.rows of the data rows (non-blank rows after the header) */
  dataRows: number[];
  /** findings about the header row itself (a header repeated), reported once per table */
  headerIssues?: Issue[];
}

const ROSTER_DESCRIPTIVE = ['nama', 'tanggal_lahir', 'jenis_kelamin', 'jenis_pegawai', 'kedudukan_hukum', 'golongan', 'jenis_jabatan', 'jabatan', 'eselon', 'unor', 'unor_induk'];

type AliasIndex = Map<string, { role: Role; field: string; priority: number }[]>;

const aliasCache = new WeakMap<Profile, AliasIndex>();

function aliasIndex(profile: Profile): AliasIndex {
  let idx = aliasCache.get(profile);
  if (idx) return idx;
  idx = new Map();
  for (const role of ROLES) {
    for (const [field, aliases] of Object.entries(profile.headers[role])) {
      aliases.forEach((alias, priority) => {
        const add = (key: string, p: number) => {
          const list = idx.get(key) ?? [];
          list.push({ role, field, priority: p });
          idx.set(key, list);
        };
        const key = normHeader(alias);
        add(key, priority);
        // SIASN pairs "X ID" / "X NAMA": a header "X" alone (e.g. "GOL. AKHIR") means "X NAMA"
        if (key.endsWith(' nama') && key.length > 5) add(key.slice(0, -5), 100 + priority);
      });
    }
  }
  aliasCache.set(profile, idx);
  return idx;
}

/**
 * The alias hits of one header. A header that carries a test prefix (`Potensi - JPM Potensi`,
 * `Cakap Digital - JPM Literasi Digital`) is read by its last part when the whole is unknown.
 */
function headerHits(idx: AliasIndex, cell: Cell) {
  const hits = idx.get(normHeader(cell));
  if (hits || typeof cell !== 'string') return hits;
  const parts = cell.split(/\s+-\s+/);
  return parts.length > 1 ? idx.get(normHeader(parts[parts.length - 1]!)) : undefined;
}

/** Two columns with the same header for one field: the first is read, the second ignored. */
export interface DuplicateHeader {
  header: string;
  used: number;
  ignored: number;
}

/** Map a header row to fields, per role. Earlier aliases win over later ones; of two columns with the same header, the first. */
export function mapColumns(headerRow: Cell[], profile: Profile, duplicates?: DuplicateHeader[]): ColumnMap {
  const idx = aliasIndex(profile);
  const best: Partial<Record<Role, Record<string, { col: number; priority: number }>>> = {};
  const seen = new Set<number>();
  headerRow.forEach((cell, col) => {
    const hits = headerHits(idx, cell);
    if (!hits) return;
    for (const { role, field, priority } of hits) {
      const forRole = (best[role] ??= {});
      const cur = forRole[field];
      if (!cur || priority < cur.priority) forRole[field] = { col, priority };
      else if (duplicates && priority === cur.priority && cur.col !== col && normHeader(headerRow[cur.col] ?? null) === normHeader(cell) && !seen.has(col)) {
        seen.add(col);
        duplicates.push({ header: String(cell).trim(), used: cur.col, ignored: col });
      }
    }
  });
  const out: ColumnMap = {};
  for (const role of ROLES) {
    const b = best[role];
    if (!b) continue;
    out[role] = Object.fromEntries(Object.entries(b).map(([f, v]) => [f, v.col]));
  }
  return out;
}

function countHits(row: Cell[], profile: Profile): number {
  const idx = aliasIndex(profile);
  let n = 0;
  for (const cell of row) if (headerHits(idx, cell)) n++;
  return n;
}

/** Roles a header mapping allows. */
export function candidateRoles(columns: ColumnMap): Role[] {
  const roles: Role[] = [];
  const r = columns.roster ?? {};
  if ('nip' in r && ROSTER_DESCRIPTIVE.filter((f) => f in r).length >= 2) roles.push('roster');
  const c = columns.cact ?? {};
  if ('nip' in c && ['jpm_potensi', 'jpm_kompetensi', 'jpm_mansoskul', 'jpm_litdig', 'jpm_emskil', 'kategori'].some((f) => f in c)) {
    roles.push('cact');
  }
  const s = columns.skp ?? {};
  if ('nip' in s && 'tahun' in s && ['predikat', 'rating_hasil_kerja', 'rating_perilaku_kerja', 'nilai'].some((f) => f in s)) {
    roles.push('skp');
  }
  const h = columns.hukdis ?? {};
  if ('nip' in h && 'tingkat' in h && 'tmt' in h) roles.push('hukdis');
  return roles;
}

/** Find the header row among the first rows: the row matching the most known headers. */
export function recogniseTable(raw: RawTable, profile: Profile): RecognisedTable {
  let headerIndex: number | null = null;
  // a table whose role the user named needs only its NIP header; others need two known headers
  let bestHits = raw.forcedRole ? 0 : 1;
  const limit = Math.min(raw.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const hits = countHits(raw.rows[i]!, profile);
    if (hits > bestHits) {
      bestHits = hits;
      headerIndex = i;
    }
  }
  if (headerIndex === null) {
    return { raw, headerIndex: null, headers: [], columns: {}, candidates: [], roles: [], dataRows: [] };
  }
  const headerRow = raw.rows[headerIndex]!;
  const duplicates: DuplicateHeader[] = [];
  const columns = mapColumns(headerRow, profile, duplicates);
  const headerRowNumber = raw.rowNumbers[headerIndex]!;
  const headerIssues: Issue[] = duplicates.map((d) => ({
    severity: 'warning',
    code: 'HEADER_GANDA',
    file: raw.file,
    sheet: raw.sheet,
    row: headerRowNumber,
    column: d.header,
    value: null,
    cell: `${columnLetter(d.ignored)}${headerRowNumber}`,
    params: { header: d.header, used: columnLetter(d.used), ignored: columnLetter(d.ignored) },
  }));
  let candidates = candidateRoles(columns);
  if (raw.forcedRole) {
    candidates = columns[raw.forcedRole]?.nip !== undefined ? [raw.forcedRole] : [];
  }
  const dataRows: number[] = [];
  for (let i = headerIndex + 1; i < raw.rows.length; i++) {
    const row = raw.rows[i]!;
    if (row.some((c) => !isBlank(c))) dataRows.push(i);
  }
  return {
    raw,
    headerIndex,
    headers: headerRow.map((h) => (h === null ? '' : String(h).trim())),
    columns,
    candidates,
    roles: [],
    dataRows,
    ...(headerIssues.length > 0 ? { headerIssues } : {}),
  };
}

/**
 * Decide the roles of all tables. A table named by the user keeps its role. Assessment roles
 * go to every table whose headers carry them. The roster is every roster-like table that holds
 * no assessment; when all roster-like tables also hold assessments (one wide sheet), those.
 */
export function assignRoles(tables: RecognisedTable[]): void {
  for (const t of tables) {
    if (t.raw.forcedRole) t.roles = [...t.candidates];
  }
  const free = tables.filter((t) => !t.raw.forcedRole);
  const anyForcedRoster = tables.some((t) => t.raw.forcedRole === 'roster');
  // preference: a pure roster; else a wide roster carrying CACT columns; an SKP or hukdis
  // export that also lists names and positions (e-Kinerja) is a roster only when nothing else is
  const rank = (t: RecognisedTable) => (t.candidates.length === 1 ? 0 : t.candidates.includes('skp') || t.candidates.includes('hukdis') ? 2 : 1);
  const rosterLike = free.filter((t) => t.candidates.includes('roster'));
  const best = Math.min(...rosterLike.map(rank));
  const rosters = anyForcedRoster ? [] : rosterLike.filter((t) => rank(t) === best);
  for (const t of free) {
    const roles: Role[] = [];
    if (rosters.includes(t)) roles.push('roster');
    for (const r of t.candidates) if (r !== 'roster') roles.push(r);
    t.roles = roles;
  }
}

/**
 * Every data row of a table: the non-blank rows after the header, then, for a streamed table,
 * the non-blank rows of each batch. `onIssues` receives the reader problems of each batch.
 */
export function forEachDataRow(t: RecognisedTable, fn: (row: Cell[], rowNumber: number) => void, onIssues?: (issues: Issue[]) => void): void {
  for (const ri of t.dataRows) fn(t.raw.rows[ri]!, t.raw.rowNumbers[ri]!);
  if (!t.raw.rest || t.headerIndex === null) return;
  for (const batch of t.raw.rest()) {
    if (onIssues && batch.issues.length > 0) onIssues(batch.issues);
    const rows = batch.rows;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (row.some((c) => !isBlank(c))) fn(row, batch.firstRowNumber + i);
    }
  }
}

// ---- jabatan (positions) tables (docs/rules.md §12.2) -----------------------------------------

export interface RecognisedJabatan {
  raw: RawTable;
  headerIndex: number;
  /** field → column index */
  columns: Record<string, number>;
  headers: string[];
}

/**
 * A positions table: `NAMA JABATAN` or `KODE JABATAN`, `JENJANG` or `ESELON`, at least one
 * state or requirement column, and no plain `NIP` column (that keeps it apart from the roster).
 * `forced` (`--jabatan FILE`) needs only a name or code column. The aliases come from the
 * profile (`succession.headers.jabatan`); earlier aliases win. Null when not a positions table.
 */
export function recogniseJabatan(raw: RawTable, aliases: Record<string, string[]>, forced: boolean): RecognisedJabatan | null {
  const idx = new Map<string, { field: string; priority: number }>();
  for (const [field, list] of Object.entries(aliases)) {
    list.forEach((a, priority) => {
      const k = normHeader(a);
      if (!idx.has(k)) idx.set(k, { field, priority });
    });
  }
  const limit = Math.min(raw.rows.length, HEADER_SEARCH_ROWS);
  let best: { i: number; columns: Record<string, number> } | null = null;
  let bestHits = 0;
  for (let i = 0; i < limit; i++) {
    const row = raw.rows[i]!;
    const cols: Record<string, { col: number; priority: number }> = {};
    let plainNip = false;
    row.forEach((cell, col) => {
      const k = normHeader(cell);
      if (k === 'nip' || k === 'nip baru') plainNip = true;
      const hit = idx.get(k);
      if (!hit) return;
      const cur = cols[hit.field];
      if (!cur || hit.priority < cur.priority) cols[hit.field] = { col, priority: hit.priority };
    });
    const has = (f: string) => f in cols;
    const named = has('nama_jabatan') || has('kode_jabatan');
    const levelled = has('jenjang') || has('eselon');
    const stateOrRequirement = Object.keys(cols).some((f) => !['nama_jabatan', 'kode_jabatan', 'jenjang', 'eselon', 'unit_kerja', 'perangkat_daerah', 'catatan'].includes(f));
    const ok = forced ? named : named && levelled && stateOrRequirement && !plainNip;
    const hits = Object.keys(cols).length;
    if (ok && hits > bestHits) {
      bestHits = hits;
      best = { i, columns: Object.fromEntries(Object.entries(cols).map(([f, v]) => [f, v.col])) };
    }
  }
  if (!best) return null;
  const headerRow = raw.rows[best.i]!;
  return { raw, headerIndex: best.i, columns: best.columns, headers: headerRow.map((h) => (h === null ? '' : String(h).trim())) };
}
