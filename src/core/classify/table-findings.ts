/** Findings about whole tables, said once per table: before the rows are read, and after. */
import type { RunContext } from './context.js';
import type { RosterReader } from './roster.js';
import type { SkpReader } from './skp.js';
import type { CactReader } from './cact.js';

/**
 * Before any row: the readers' own findings, rules whose column the roster lacks, tables without
 * data, tables not recognised, and no hukdis table at all. Returns whether a hukdis table was read.
 */
export function tableFindings(ctx: RunContext): { hukdisRead: boolean } {
  const tpRules = ctx.profile.talentPool;
  for (const t of ctx.tables) {
    for (const i of t.raw.readerIssues ?? []) ctx.issues.push(i);
    for (const i of t.headerIssues ?? []) ctx.issues.push(i);
    // a rule whose column the roster lacks is not checked (or read from a stand-in): said once per table
    if (t.roles.includes('roster') && t.dataRows.length > 0) {
      const cols = t.columns.roster ?? {};
      if (tpRules.inactive.enabled && cols.kedudukan_hukum === undefined) {
        ctx.tableIssue(t, 'warning', 'KOLOM_ATURAN_TIDAK_ADA', { field: 'kedudukan_hukum', rule: 'TIDAK_AKTIF', accepted: ctx.accepted('roster', 'kedudukan_hukum') });
      }
      if (tpRules.pnsOnly.enabled && cols.jenis_pegawai === undefined) {
        ctx.tableIssue(t, 'warning', 'KOLOM_STATUS_DARI_NIP', { field: 'jenis_pegawai', rule: 'BUKAN_PNS', accepted: ctx.accepted('roster', 'jenis_pegawai') });
      }
      if (tpRules.bup.enabled && cols.tanggal_lahir === undefined) {
        ctx.tableIssue(t, 'info', 'KOLOM_LAHIR_DARI_NIP', { field: 'tanggal_lahir', rule: 'MENDEKATI_BUP', accepted: ctx.accepted('roster', 'tanggal_lahir') });
      }
    }
    if (t.roles.length > 0 && t.dataRows.length === 0 && !(t.roles.length === 1 && t.roles[0] === 'hukdis')) {
      ctx.issues.push({
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
      ctx.tableIssue(t, 'error', 'TABEL_TANPA_NIP', {
        role: t.raw.forcedRole,
        accepted: ctx.accepted(t.raw.forcedRole, 'nip'),
        headers: t.headers
          .filter((h) => h !== '')
          .slice(0, 8)
          .join(', '),
      });
    } else if (t.roles.length === 0) {
      ctx.issues.push({
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
  const hukdisRead = ctx.tables.some((t) => t.roles.includes('hukdis'));
  const firstRoster = ctx.tables.find((t) => t.roles.includes('roster'));
  if (tpRules.hukdis.enabled && !hukdisRead && firstRoster) {
    // said on the roster table, the one whose rows the rule could not be checked for
    ctx.tableIssue(firstRoster, 'warning', 'TABEL_HUKDIS_TIDAK_ADA', {
      accepted: `${ctx.accepted('hukdis', 'nip')} + ${ctx.accepted('hukdis', 'tingkat')} + ${ctx.accepted('hukdis', 'tmt')}`,
    });
  }
  return { hukdisRead };
}

/** After every row: the counts of rows of a kind, one finding per table. */
export function endFindings(ctx: RunContext, roster: RosterReader, skp: SkpReader, cact: CactReader): void {
  for (const [t, n] of roster.structuralWithoutEselon.entries()) {
    ctx.tableIssue(t, 'warning', 'KOLOM_ESELON_TIDAK_ADA', { count: n, accepted: ctx.accepted('roster', 'eselon') });
  }
  for (const [t, n] of cact.undated.entries()) {
    const noColumn = t.columns.cact?.tanggal_tes === undefined;
    ctx.tableIssue(t, 'warning', noColumn ? 'KOLOM_TANGGAL_TES_TIDAK_ADA' : 'TANGGAL_TES_KOSONG', {
      count: n,
      accepted: ctx.accepted('cact', 'tanggal_tes'),
      choice: ctx.inputRules.undatedCact,
    });
  }
  for (const [t, n] of skp.periodicRows.entries()) ctx.tableIssue(t, 'info', 'SKP_PERIODIK_DIABAIKAN', { count: n });
  for (const [t, n] of roster.ekinerjaRows.entries()) ctx.tableIssue(t, 'info', 'ROSTER_TAHUN_TERAKHIR', { count: n });
  for (const [t, n] of skp.withoutYear.entries()) ctx.tableIssue(t, 'error', 'KOLOM_TAHUN_TIDAK_ADA', { count: n, accepted: ctx.accepted('skp', 'tahun') });
}
