/**
 * The pure core of `talenta classify`: raw tables + profile + reference date in, a typed result
 * out. No file system, no console, no clock.
 */
import type { Profile } from './profile.js';
import { EmployeeTable, tableIndexer } from './employee-table.js';
import type { Cell, ClassifyResult, Issue, RawTable, Role } from './types.js';
import { assignRoles, forEachDataRow, recogniseTable, type RecognisedTable } from './tables.js';
import { rankPool } from './ranking.js';
import { poolRules } from './pool-rules.js';
import { describeInputs, summarise } from './summary.js';
import { RunContext, type RowCtx } from './classify/context.js';
import { RosterReader } from './classify/roster.js';
import { SkpReader } from './classify/skp.js';
import { CactReader } from './classify/cact.js';
import { HukdisReader } from './classify/hukdis.js';
import { endFindings, tableFindings } from './classify/table-findings.js';
import { EmployeeSteps } from './classify/employee.js';

/** moved to ./status.js; re-exported for the modules that import them from here */
export { isPns, isPppk, pnsFromNip, wholeYearsBetween } from './status.js';

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
const PROGRESS_EVERY = 1 << 14;

export interface PreparedInputs {
  tables: RecognisedTable[];
  /** required roles (roster, cact, skp) that no table provides, or only tables without data rows */
  missing: Role[];
}

const REQUIRED_ROLES: readonly Role[] = ['roster', 'cact', 'skp'];

/** Recognise headers and roles of every raw table. */
export function prepareInputs(raw: RawTable[], profile: Profile): PreparedInputs {
  const tables = raw.map((t) => recogniseTable(t, profile));
  assignRoles(tables);
  // a table with a header and no data rows does not provide its role
  const present = new Set(tables.filter((t) => t.dataRows.length > 0).flatMap((t) => t.roles));
  return { tables, missing: REQUIRED_ROLES.filter((r) => !present.has(r)) };
}

export { EXCLUSION_ORDER, NOT_MAPPED_ORDER, UNCHECKED_NOTE } from './reasons.js';

/** The classifier fed row by row: all roster rows first, then the assessment rows, then finish(). */
interface Classifier {
  add(table: RecognisedTable, role: Role, row: Cell[], rowNumber: number): void;
  /** problems found while reading (streamed batches) */
  report(issues: Issue[]): void;
  finish(): ClassifyResult;
}

/** The order rows are fed in: the roster first (assessments join to it), then SKP, CACT, hukdis. */
const FEED_ORDER: readonly Role[] = ['roster', 'skp', 'cact', 'hukdis'];

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

/**
 * The classifier as a state machine, so that a reader can stream rows through it and drop them:
 * only what the scores and the reports need is kept.
 */
function createClassifier(prepared: PreparedInputs, profile: Profile, options: ClassifyOptions): Classifier {
  const { asOf } = options;
  const tableRefs = prepared.tables.map((t) => ({ file: t.raw.file, sheet: t.raw.sheet }));
  /** index of a source's table (sources are always of a prepared table) */
  const refIndex = tableIndexer(tableRefs, 0);
  const table = new EmployeeTable(tableRefs, Math.max(1, profile.performance.yearWeights.length));
  const ctx = new RunContext(prepared.tables, profile, asOf, table);
  const { hukdisRead } = tableFindings(ctx);
  const roster = new RosterReader(ctx);
  const skp = new SkpReader(ctx);
  const cact = new CactReader(ctx);
  const hukdis = new HukdisReader(ctx);

  let rosterClosed = false;
  const closeRoster = (): void => {
    rosterClosed = true;
    roster.close();
    skp.open(table.n);
    cact.open(table.n);
  };

  const add = (rt: RecognisedTable, role: Role, row: Cell[], rowNumber: number): void => {
    if (role === rt.roles[0]) ctx.rowsRead.set(rt, (ctx.rowsRead.get(rt) ?? 0) + 1);
    const c: RowCtx = { table: rt, row, rowNumber };
    if (role === 'roster') {
      if (rosterClosed) throw new Error('talenta internal: roster rows must come before assessment rows');
      roster.add(c);
      return;
    }
    if (!rosterClosed) closeRoster();
    if (role === 'skp') skp.add(c);
    else if (role === 'cact') cact.add(c);
    else hukdis.add(c);
  };

  // ---- per employee ---------------------------------------------------------------------
  const finish = (): ClassifyResult => {
    if (!rosterClosed) closeRoster();
    ctx.inputRows.roster = roster.rows;
    const windowYears = skp.windowYears(options.year);
    const steps = new EmployeeSteps(ctx, roster, skp, cact, hukdis, windowYears);
    const rules = poolRules(profile, asOf, {
      kedudukanHukum: (i) => table.textOf(i, 'kedudukanHukum'),
      jenisPegawai: (i) => table.textOf(i, 'jenisPegawai'),
      birthDate: (i) => table.birthDateOf(i),
      bupAge: (i) => table.bupAgeOf(i),
      nip: (i) => table.nip[i]!,
      nipValid: (i) => table.nipValidOf(i),
      hukdis: (head) => hukdis.of(head),
      hukdisRead,
    });
    for (let i = 0; i < table.n; i++) {
      if (options.onProgress && i % PROGRESS_EVERY === 0) options.onProgress('compute', i, table.n);
      const nip = table.nip[i]!;
      /** the NIP's first employee: the one its assessment rows are linked to */
      const head = nip === '' ? undefined : ctx.byNip.get(nip);
      const notMapped: string[] = [];
      const exclusions: string[] = [];
      const notes: string[] = [];
      if (roster.flags(i) & 1) notMapped.push('NIP_TIDAK_VALID');
      if (roster.flags(i) & 2) notMapped.push('NIP_GANDA');

      const performance = steps.performance(i, head, nip, notMapped, notes);
      table.setPerformance(i, performance, refIndex);

      const potential = steps.potential(i, head, nip, notMapped, notes);
      table.setPotential(i, potential, refIndex);

      // talent-pool exclusions (evaluated for everyone, listed as reasons); each one is met, not
      // met, or not checkable (its data missing): those are collected in `unchecked`
      let unchecked: string[] | null = null;
      for (const rule of rules) {
        const outcome = rule.check(i, head, notes);
        if (outcome === 'excluded') exclusions.push(rule.id);
        else if (outcome === 'unchecked') (unchecked ??= []).push(rule.id);
      }

      const { box, talentScore, talentPool, krs } = steps.place(performance, potential, notMapped, exclusions, notes, unchecked);
      table.setOutcome(i, { box, talentScore, talentPool, krs, notMapped, exclusions, notes });
    }

    endFindings(ctx, roster, skp, cact);

    const employees = table.views();
    const pool = rankPool(employees, profile);

    const summary = summarise({
      employees,
      pool,
      issues: ctx.issues,
      profile,
      asOf,
      windowYears,
      rosterRows: roster.rows,
      duplicateRowsMerged: roster.duplicateRowsMerged,
      inputRows: ctx.inputRows,
      unmatched: ctx.unmatched,
    });
    const inputs = describeInputs(prepared.tables, ctx.rowsRead);

    return { profile: { id: profile.id, version: profile.version }, summary, employees, pool, issues: ctx.issues, inputs };
  };

  return { add, finish, report: (more: Issue[]) => void ctx.issues.push(...more) };
}
