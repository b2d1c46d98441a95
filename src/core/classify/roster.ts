/** The roster rows (SIASN): one employee per row, NIP duplicates found, values normalised. */
import { EmployeeTable } from '../employee-table.js';
import { bupAge, jobLevel, NEXT_LEVEL, parseJenjang } from '../levels.js';
import { isPppk } from '../status.js';
import { TableCounts, NO_ROW, type RowCtx, type RunContext } from './context.js';
import type { Cell, IssueCode } from '../types.js';
import { checkEselon, checkJenisPegawai, checkKedudukanHukum, normaliseGolongan, normaliseJenisJabatan, type VocabResult } from '../vocab.js';
import { cellText, checkNip, detach, isBlank, parseDateInfo, parseNumber, parseYear, splitNipName } from '../values.js';

const VOCAB_CODES: Record<string, IssueCode> = {
  eselon: 'ESELON_TIDAK_DIKENAL',
  jenis_jabatan: 'JENIS_JABATAN_TIDAK_DIKENAL',
  golongan: 'GOLONGAN_TIDAK_DIKENAL',
  kedudukan_hukum: 'KEDUDUKAN_HUKUM_TIDAK_DIKENAL',
  jenis_pegawai: 'JENIS_PEGAWAI_TIDAK_DIKENAL',
};

/** Other rows a NIP_GANDA finding names (the group's size is given too). */
const DUPLICATE_ROWS_NAMED = 5;

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

export class RosterReader {
  /** roster rows read */
  rows = 0;
  /** rows merged into an earlier one (identical duplicates, earlier e-Kinerja years) */
  duplicateRowsMerged = 0;
  /** per table: roster rows of a structural position while the table has no eselon column */
  readonly structuralWithoutEselon = new TableCounts();
  /** per e-Kinerja table used as the roster: rows merged into the employee's latest year */
  readonly ekinerjaRows = new TableCounts();
  /** roster values of the fields that potential components read (multi-component profiles) */
  readonly componentFields: string[];
  readonly componentValues: Cell[][] = [];
  /** roster-time reasons: bit 1 NIP_TIDAK_VALID, bit 2 NIP_GANDA */
  private rosterFlags = new Uint8Array(1024);
  private readonly rosterSig: number[] = [];
  /** SKP year of the roster row kept, for employees from an e-Kinerja table */
  private readonly rosterYear = new Map<number, number>();
  /** NIP → every employee with it, only for NIPs seen on more than one employee */
  private readonly nipGroups = new Map<string, number[]>();
  /** `nip:signature` → first row index, only for NIPs seen more than once */
  private readonly sigIndex = new Map<string, number>();
  /** per field: value → its vocabulary result (once per distinct value) */
  private readonly vocabCache = new Map<string, Map<string, VocabResult>>();
  private readonly jenjangCache = new Map<string, ReturnType<typeof parseJenjang>>();
  private readonly levelCache = new Map<string, ReturnType<typeof jobLevel>>();
  private readonly bupCache = new Map<string, number>();
  /** identity of the recognised roster values of a row (a running "NO" column does not count) */
  private readonly signatureColumns = new Map<RowCtx['table'], number[]>();

  constructor(private readonly ctx: RunContext) {
    this.componentFields = [...new Set(ctx.profile.potential.components.flatMap((comp) => ('field' in comp ? [comp.field] : [])))];
  }

  get table(): EmployeeTable {
    return this.ctx.table;
  }

  /** whether employee `i`'s NIP is invalid (bit 1) or shared with another employee (bit 2) */
  flags(i: number): number {
    return this.rosterFlags[i]!;
  }

  /** the roster row of an employee, for messages */
  ctxOf(i: number): RowCtx {
    const ctx = this.ctx;
    return { table: ctx.tables[ctx.table.tableOf(i)]!, row: NO_ROW, rowNumber: ctx.table.sourceOf(i).row };
  }

  private signature(c: RowCtx): number {
    let cols = this.signatureColumns.get(c.table);
    if (!cols) {
      cols = Object.values(c.table.columns.roster ?? {}).sort((a, b) => a - b);
      this.signatureColumns.set(c.table, cols);
    }
    return rowSignature(cols.map((i) => c.row[i] ?? null));
  }

  /** the BUP by level and eselon (the roster gives none), once per distinct pair */
  private bupOf(level: ReturnType<typeof jobLevel>, eselon: string): number {
    const key = `${level ?? ''}\u0001${eselon}`;
    let b = this.bupCache.get(key);
    if (b === undefined) this.bupCache.set(key, (b = bupAge(level, eselon, null, this.ctx.profile)));
    return b;
  }

  add(c: RowCtx): void {
    const ctx = this.ctx;
    const t = c.table;
    this.rows++;
    const text = (f: string) => cellText(ctx.get(c, 'roster', f));
    const jenisPegawai = text('jenis_pegawai');
    // PNS and CPNS NIPs carry TMT year + month; PPPK numbers a year + 2-digit code
    const pns = jenisPegawai === '' ? null : !isPppk(jenisPegawai);
    let nipCell = ctx.get(c, 'roster', 'nip');
    // a NIP and the name in one cell (`198503122010011001\nNama`, `NIP - Nama`): the NIP is read, with a warning
    const split = splitNipName(nipCell);
    if (split) {
      ctx.report('warning', 'NIP_DENGAN_NAMA', c, 'roster', 'nip', nipCell, { nip: split.nip });
      nipCell = split.nip;
    }
    const nipCheck = checkNip(typeof nipCell === 'boolean' ? String(nipCell) : nipCell, ctx.asOfYear, pns);
    const nip = detach(nipCheck.nip);
    const sig = this.signature(c);
    // an e-Kinerja export used as the roster holds one row per NIP and year: the latest year's
    // row describes the employee (its earlier rows are merged, not NIP_GANDA)
    let replace: number | undefined;
    let rowYear = -1;
    if (nip !== '' && t.roles.includes('skp') && t.columns.skp?.tahun !== undefined) {
      rowYear = parseYear(ctx.get(c, 'skp', 'tahun')) ?? -1;
      const first = ctx.byNip.get(nip);
      if (first !== undefined && ctx.table.tableOf(first) === ctx.indexOf(t)) {
        this.duplicateRowsMerged++;
        this.ekinerjaRows.bump(t);
        if (rowYear <= (this.rosterYear.get(first) ?? -1)) return;
        replace = first;
      }
    }
    if (nip !== '' && replace === undefined) {
      const first = ctx.byNip.get(nip);
      if (first !== undefined) {
        // identical duplicate of an earlier row: one employee, reported as a warning
        if (!this.nipGroups.has(nip)) this.sigIndex.set(`${nip}:${this.rosterSig[first]}`, first);
        const same = this.sigIndex.get(`${nip}:${sig}`);
        if (same !== undefined) {
          this.duplicateRowsMerged++;
          ctx.report('warning', 'NIP_GANDA_IDENTIK', c, 'roster', 'nip', nipCell, { row: ctx.table.sourceOf(same).row });
          return;
        }
      }
    }
    if (!nipCheck.ok) ctx.report('error', nipCheck.code, c, 'roster', 'nip', nipCell);
    // vocabularies: variants normalised, unknown values reported with the accepted ones
    const vocab = (field: string, check: (v: string) => VocabResult): string => {
      const raw = text(field);
      if (raw === '') return '';
      let cache = this.vocabCache.get(field);
      if (!cache) this.vocabCache.set(field, (cache = new Map<string, VocabResult>()));
      let r = cache.get(raw);
      if (!r) {
        r = check(raw);
        cache.set(raw, r);
      }
      if (r.ok) return r.value;
      ctx.report('warning', VOCAB_CODES[field]!, c, 'roster', field, raw, { accepted: r.accepted });
      return raw;
    };
    const eselon = vocab('eselon', checkEselon);
    const jenisJabatan = vocab('jenis_jabatan', normaliseJenisJabatan);
    const golongan = vocab('golongan', normaliseGolongan);
    vocab('kedudukan_hukum', checkKedudukanHukum);
    vocab('jenis_pegawai', checkJenisPegawai);
    const jabatan = text('jabatan');
    if (jenisJabatan === 'Jabatan Struktural' && t.columns.roster?.eselon === undefined) this.structuralWithoutEselon.bump(t);
    // a JENJANG JABATAN column, when its value is understood, is the level; else eselon, jenis jabatan and jabatan
    const jenjangText = text('jenjang');
    let level = null as ReturnType<typeof parseJenjang>;
    if (jenjangText !== '') {
      // once per distinct value
      level = this.jenjangCache.get(jenjangText) ?? null;
      if (!this.jenjangCache.has(jenjangText)) this.jenjangCache.set(jenjangText, (level = parseJenjang(jenjangText)));
    }
    if (jenjangText !== '' && level === null) ctx.report('warning', 'JENJANG_TIDAK_DIKENAL', c, 'roster', 'jenjang', jenjangText);
    if (level === null) {
      // a few thousand distinct positions over many rows: each worked out once
      const key = `${eselon}\u0001${jenisJabatan}\u0001${jabatan}`;
      const known = this.levelCache.get(key);
      if (known !== undefined) level = known;
      else this.levelCache.set(key, (level = jobLevel(eselon, jenisJabatan, jabatan)));
    }
    // birth date: tanggal_lahir, else from the NIP
    let birthDate: string | null = null;
    const tl = ctx.get(c, 'roster', 'tanggal_lahir');
    if (!isBlank(tl)) {
      const d = parseDateInfo(tl, t.raw.date1904, ctx.inputRules.yearOnlyDate, t.raw.fromWorkbook);
      if (d) {
        birthDate = d.iso;
        if (d.yearOnly) ctx.report('warning', 'TANGGAL_HANYA_TAHUN', c, 'roster', 'tanggal_lahir', tl, { date: d.iso });
      } else ctx.report('warning', 'TANGGAL_LAHIR_TIDAK_VALID', c, 'roster', 'tanggal_lahir', tl);
    }
    if (!birthDate && nipCheck.ok) birthDate = nipCheck.birthDate;
    const bupCell = ctx.get(c, 'roster', 'bup');
    let rosterBup: number | null = null;
    if (!isBlank(bupCell)) {
      const n = parseNumber(bupCell);
      if (n !== null && Number.isInteger(n) && n >= 40 && n <= 80) rosterBup = n;
      else ctx.report('warning', 'BUP_TIDAK_VALID', c, 'roster', 'bup', bupCell);
    }
    const fields = {
      tableIndex: ctx.indexOf(t),
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
      bupAge: rosterBup ?? this.bupOf(level, eselon),
      currentLevel: level,
      targetLevel: level ? NEXT_LEVEL[level] : null,
    };
    if (rowYear >= 0) this.rosterYear.set(replace ?? ctx.table.n, rowYear);
    if (replace !== undefined) {
      ctx.table.set(replace, fields);
      return;
    }
    const index = ctx.table.add(fields);
    if (index >= this.rosterFlags.length) {
      const more = new Uint8Array(this.rosterFlags.length * 2);
      more.set(this.rosterFlags);
      this.rosterFlags = more;
    }
    if (!nipCheck.ok) this.rosterFlags[index] = 1;
    this.rosterSig.push(sig);
    if (this.componentFields.length > 0) this.componentValues.push(this.componentFields.map((f) => ctx.get(c, 'roster', f)));
    if (nip !== '') {
      const first = ctx.byNip.get(nip);
      if (first === undefined) ctx.byNip.set(nip, index);
      else {
        const group = this.nipGroups.get(nip);
        if (group) group.push(index);
        else this.nipGroups.set(nip, [first, index]);
        const key = `${nip}:${sig}`;
        if (!this.sigIndex.has(key)) this.sigIndex.set(key, index);
      }
    }
  }

  /**
   * The roster is complete: every employee whose NIP another employee shares gets NIP_GANDA, in
   * the order the NIPs first appear; each row names at most DUPLICATE_ROWS_NAMED other rows and
   * the group's size (linear, not quadratic).
   */
  close(): void {
    const ctx = this.ctx;
    for (const [nip, list] of [...this.nipGroups].sort((x, y) => x[1][0]! - y[1][0]!)) {
      for (const i of list) {
        this.rosterFlags[i]! |= 2;
        const others: number[] = [];
        for (const j of list) {
          if (j === i) continue;
          if (others.length === DUPLICATE_ROWS_NAMED) break;
          others.push(ctx.table.sourceOf(j).row);
        }
        const rows = others.join(', ') + (list.length - 1 > others.length ? ', …' : '');
        ctx.report('error', 'NIP_GANDA', this.ctxOf(i), 'roster', 'nip', nip, { rows, count: list.length });
      }
    }
    this.sigIndex.clear();
  }
}
