/**
 * The pure core of `talenta classify`: raw tables + profile + reference date in, a typed result
 * out. No file system, no console, no clock.
 */
import type { PotentialComponent, Profile } from './profile.js';
import { EmployeeTable, tableIndexer } from './employee-table.js';
import type { Cell, ClassifyResult, Employee, Issue, PotentialResult, RawTable, Role } from './types.js';
import { assignRoles, forEachDataRow, recogniseTable, type RecognisedTable } from './tables.js';
import { computePerformance } from './performance.js';
import { computePotential, potentialLevel } from './potential.js';
import { rankPool } from './ranking.js';
import { poolRules } from './pool-rules.js';
import { describeInputs, summarise } from './summary.js';
import { RunContext, type RowCtx } from './classify/context.js';
import { RosterReader } from './classify/roster.js';
import { SkpReader } from './classify/skp.js';
import { CactReader, type CactRow } from './classify/cact.js';
import { HukdisReader } from './classify/hukdis.js';
import { endFindings, tableFindings } from './classify/table-findings.js';
import { EXCLUSION_ORDER, NOT_MAPPED_ORDER, UNCHECKED_NOTE } from './reasons.js';
import { wholeYearsBetween } from './status.js';
import { addYears, foldText, parseDateInfo, parseNumber, round6 } from './values.js';

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

export { EXCLUSION_FIELDS, EXCLUSION_ORDER, NOT_MAPPED_ORDER, UNCHECKED_NOTE } from './reasons.js';

/** The note per rule, made once (no string built per employee). */
const UNCHECKED_NOTES: Record<string, string> = Object.fromEntries(EXCLUSION_ORDER.map((r) => [r, UNCHECKED_NOTE + r]));


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


/**
 * The classifier as a state machine, so that a reader can stream rows through it and drop them:
 * only what the scores and the reports need is kept.
 */
export function createClassifier(prepared: PreparedInputs, profile: Profile, options: ClassifyOptions): Classifier {
  const { asOf } = options;
  const inputRules = profile.inputRules;
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
  const multiComponent = profile.potential.components.length > 1;
  /** the score of a further potential component; a missing value adds a note */
  const componentScore = (comp: PotentialComponent, i: number, head: number | undefined, notes: string[]): number => {
    const field = (f: string): Cell => roster.componentValues[i]?.[roster.componentFields.indexOf(f)] ?? null;
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
        const d = parseDateInfo(field(comp.field), roster.ctxOf(i).table.raw.date1904, inputRules.yearOnlyDate, roster.ctxOf(i).table.raw.fromWorkbook)?.iso ?? null;
        if (!d || d > asOf) {
          notes.push(`KOMPONEN_DEFAULT:${comp.id}`);
          return comp.missing;
        }
        return bandScore(wholeYearsBetween(d, asOf), comp.bands);
      }
      case 'hukdis': {
        const from = addYears(asOf, -comp.years);
        const h = hukdis.of(head).filter((x) => x.tmt >= from && x.tmt <= asOf);
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
    ctx.inputRows.roster = roster.rows;
    const windowYears = skp.windowYears(options.year);
    const cactExpiry = addYears(asOf, -profile.potential.validityYears);
    const tp = profile.talentPool;
    const rules = poolRules(profile, asOf, {
      kedudukanHukum: (i) => table.textOf(i, 'kedudukanHukum'),
      jenisPegawai: (i) => table.textOf(i, 'jenisPegawai'),
      birthDate: (i) => table.birthDateOf(i),
      bupAge: (i) => table.bupAgeOf(i),
      nip: (i) => table.nip[i]!,
      nipValid: (i) => table.nipValidOf(i),
      hukdis: (head) => (hukdis.of(head)),
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

      const skpRows = skp.rowsOf(head);
      const periodic = head === undefined ? undefined : skp.periodicYears.get(head);
      if (periodic) {
        for (const y of windowYears) {
          if (!periodic.includes(y) || skpRows.some((r) => r.cand.year === y)) continue;
          // a window year with periodic rows only: absent (default), or the latest period's predikat
          const used = inputRules.periodicOnlyYear === 'latestPeriod' ? skp.latestPeriodic(head!, y) : null;
          if (used) {
            skpRows.push(used);
            notes.push('SKP_DARI_PERIODIK');
          }
          if (head === i) {
            if (used) ctx.report('warning', 'SKP_DARI_PERIODIK', used.ctx, 'skp', 'tahun', y, { year: y });
            else ctx.report('warning', 'SKP_HANYA_PERIODIK', roster.ctxOf(i), 'roster', 'nip', nip, { year: y });
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
            ctx.report('warning', 'SKP_GANDA', r.ctx, 'skp', 'tahun', y.year, { year: y.year, used: y.source.row });
          }
        }
      }
      table.setPerformance(i, performance, refIndex);

      const cactRows = cact.rowsOf(head);
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
              ctx.report('warning', 'CACT_GANDA', r.ctx, 'cact', 'nip', nip, { used: pick.ctx.rowNumber, usedAt: `${kept.sheet ?? kept.file}!${pick.ctx.rowNumber}` });
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
          source: ctx.src(pick.ctx),
        };
        if (p.kompetensiFromParts) notes.push('KOMPETENSI_DARI_SUB');
        if (p.single) notes.push('POTENSIAL_SATU_KOMPONEN');
        if (p.fromKategori) notes.push('POTENSIAL_DARI_KATEGORI');
        if ((pick.potensi ?? 0) > 100 || (p.kompetensi ?? 0) > 100 || pick.parts.some((x) => (x ?? 0) > 100)) {
          notes.push('JPM_DI_ATAS_100');
          ctx.report('warning', 'JPM_DI_ATAS_100', pick.ctx, 'cact', 'nip', nip);
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
      for (const rule of rules) {
        const outcome = rule.check(i, head, notes);
        if (outcome === 'excluded') exclusions.push(rule.id);
        else if (outcome === 'unchecked') (unchecked ??= []).push(rule.id);
      }

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

    endFindings(ctx, roster, skp, cact);

    const employees = table.views();
    const pool = rankPool(employees, profile);

    const summary = summarise({ employees, pool, issues: ctx.issues, profile, asOf, windowYears, rosterRows: roster.rows, duplicateRowsMerged: roster.duplicateRowsMerged, inputRows: ctx.inputRows, unmatched: ctx.unmatched });
    const inputs = describeInputs(prepared.tables, ctx.rowsRead);

    return { profile: { id: profile.id, version: profile.version }, summary, employees, pool, issues: ctx.issues, inputs };
  };

  return { add, finish, report: (more: Issue[]) => void ctx.issues.push(...more) };
}

/** Band table (inclusive lower bounds, highest first) → score; below every band: 0. */
export function bandScore(x: number, bands: { min: number; score: number }[]): number {
  for (const b of bands) if (x >= b.min) return b.score;
  return 0;
}

