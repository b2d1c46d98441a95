/**
 * One employee's result from the rows linked to them: the performance axis (SKP years of the
 * window), the potential axis (the CACT test used, merged parts, further components), and the
 * place on the grid (box, talent score, pool). Reasons and notes are collected in the caller's
 * lists, findings reported once per NIP by its first employee.
 */
import type { PotentialComponent } from '../profile.js';
import { computePerformance } from '../performance.js';
import { computePotential, potentialLevel } from '../potential.js';
import { NOT_MAPPED_ORDER, UNCHECKED_NOTE, EXCLUSION_ORDER } from '../reasons.js';
import { wholeYearsBetween } from '../status.js';
import type { Cell, Employee, PerformanceResult, PotentialResult } from '../types.js';
import { addYears, foldText, parseDateInfo, parseNumber, round6 } from '../values.js';
import type { CactReader, CactRow } from './cact.js';
import type { RunContext } from './context.js';
import type { HukdisReader } from './hukdis.js';
import type { RosterReader } from './roster.js';
import type { SkpReader } from './skp.js';

/** The note per rule, made once (no string built per employee). */
const UNCHECKED_NOTES: Record<string, string> = Object.fromEntries(EXCLUSION_ORDER.map((r) => [r, UNCHECKED_NOTE + r]));

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

/** Band table (inclusive lower bounds, highest first) → score; below every band: 0. */
function bandScore(x: number, bands: { min: number; score: number }[]): number {
  for (const b of bands) if (x >= b.min) return b.score;
  return 0;
}

export interface GridPlace {
  box: number | null;
  talentScore: number | null;
  talentPool: boolean;
  krs: Employee['krs'];
}

export class EmployeeSteps {
  private readonly cactExpiry: string;
  private readonly multiComponent: boolean;

  constructor(
    private readonly ctx: RunContext,
    private readonly roster: RosterReader,
    private readonly skp: SkpReader,
    private readonly cact: CactReader,
    private readonly hukdis: HukdisReader,
    /** the SKP years of the window, latest first */
    private readonly windowYears: number[],
  ) {
    this.cactExpiry = addYears(ctx.asOf, -ctx.profile.potential.validityYears);
    this.multiComponent = ctx.profile.potential.components.length > 1;
  }

  /** The performance axis of employee `i` (its NIP's first employee `head`). */
  performance(i: number, head: number | undefined, nip: string, notMapped: string[], notes: string[]): PerformanceResult {
    const { ctx, skp, roster, windowYears } = this;
    const { profile, inputRules } = ctx;
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
    return performance;
  }

  /** The potential axis of employee `i`: the most recent CACT test, its parts merged, further components weighted in. */
  potential(i: number, head: number | undefined, nip: string, notMapped: string[], notes: string[]): PotentialResult {
    const { ctx, cact, cactExpiry, multiComponent } = this;
    const { profile, inputRules } = ctx;
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
        const clash = <T>(x: T | null, y: T | null) => x !== null && y !== null && x !== y;
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
      const p = computePotential({ potensi: pick.potensi, kompetensi: pick.kompetensi, parts: pick.parts, kategori: pick.kategori }, profile);
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
          score: comp.kind === 'cact' ? p.score! : this.componentScore(comp, i, head, notes),
        }));
        potential.cactScore = p.score;
        potential.components = parts;
        potential.score = round6(parts.reduce((sum, x) => sum + x.weight * x.score, 0));
        potential.level = potentialLevel(potential.score, profile);
      }
    }
    return potential;
  }

  /**
   * The box (profile.boxes), the talent score and the pool: boxes of the profile's pool with no
   * exclusion; an unchecked rule is noted (and excludes when the profile says so).
   */
  place(performance: PerformanceResult, potential: PotentialResult, notMapped: string[], exclusions: string[], notes: string[], unchecked: string[] | null): GridPlace {
    const { profile, inputRules } = this.ctx;
    const tp = profile.talentPool;
    notMapped.sort((a, b) => NOT_MAPPED_ORDER.indexOf(a) - NOT_MAPPED_ORDER.indexOf(b));
    let box: number | null = null;
    let talentScore: number | null = null;
    let talentPool = false;
    let krs: Employee['krs'] = null;
    if (notMapped.length === 0 && performance.level && potential.level) {
      box = profile.boxes[potential.level][performance.level]!;
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
    return { box, talentScore, talentPool, krs };
  }

  /** the score of a further potential component; a missing value adds a note */
  private componentScore(comp: PotentialComponent, i: number, head: number | undefined, notes: string[]): number {
    const { roster, hukdis } = this;
    const { asOf, inputRules } = this.ctx;
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
  }
}
