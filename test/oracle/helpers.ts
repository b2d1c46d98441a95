/**
 * The DuckDB oracle: a generated agency (fixtures/generate.ts, scale mode with edge cases),
 * classified by talenta in-process and by bench/reference.sql through @duckdb/node-api, compared
 * employee by employee. Also counts, from the generated CSV files themselves, the cases the data
 * is meant to exercise, so that the test can assert that each one is really there.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runScale } from '../../fixtures/generate.js';
import { runReference } from '../../bench/duckdb-ref.js';
import { classify, prepareInputs } from '../../src/core/classify.js';
import type { ClassifyResult, Employee } from '../../src/core/types.js';
import { loadInputs } from '../../src/io/inputs.js';
import { resolveProfile } from '../../src/io/profile-file.js';

export const AS_OF = '2026-09-30';
export const INPUT_FILES = ['pegawai.csv', 'cact.csv', 'skp-2024.csv', 'skp-2025.csv', 'hukdis.csv'] as const;

/** A fresh directory under the OS temp dir (never in the checkout). */
export function tempDir(label: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `talenta-${label}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The generator's scale mode with its edge cases, in-process. */
export async function generateAgency(dir: string, employees: number, seed?: number): Promise<void> {
  await runScale(employees, dir, seed, { edgeCases: true, quiet: true });
}

/** talenta on the five CSV files, the way `talenta classify` reads and classifies them. */
export async function runTalenta(dir: string, asOf = AS_OF): Promise<ClassifyResult> {
  const { profile } = await resolveProfile(undefined, 'id');
  const { tables } = await loadInputs(INPUT_FILES.map((f) => ({ path: path.join(dir, f) })));
  const prepared = prepareInputs(tables, profile);
  if (prepared.missing.length > 0) throw new Error(`talenta: missing input roles ${prepared.missing.join(', ')}`);
  return classify(prepared, profile, { asOf });
}

/** What both sides must agree on, per employee. */
export interface Outcome {
  box: number | null;
  pool: boolean;
  rank: number | null;
  rankInTargetLevel: number | null;
  rankInUnit: number | null;
}

export const REFERENCE_COLUMNS = ['nip', 'box', 'talent_pool', 'rank', 'rank_in_target_level', 'rank_in_unit'] as const;

function intOrNull(s: string | undefined, what: string, nip: string): number | null {
  if (s === undefined || s === '') return null;
  const n = Number(s);
  if (!Number.isInteger(n)) throw new Error(`reference: ${what} ${JSON.stringify(s)} of ${nip} is not an integer`);
  return n;
}

/**
 * The records of a CSV file (comma, `"` quotes with `""` inside, one header row): the generator's
 * files and DuckDB's output are plain enough for this, and it is much faster than csv-parse.
 */
export function readCsvRecords(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error(`${file}: unterminated quote`);
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      let j = i;
      while (j < text.length && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++;
      field = text.slice(i, j);
      i = j;
    }
    row.push(field);
    if (text[i] === ',') i++;
    else {
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      if (!(row.length === 1 && row[0] === '')) rows.push(row);
      row = [];
    }
  }
  const [header = [], ...data] = rows;
  return data.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ''])));
}

/** Run bench/reference.sql on the directory; its rows as (nip, outcome) in output order. */
export async function runDuckdbReference(dir: string, outFile: string, asOf = AS_OF): Promise<{ nip: string; o: Outcome }[]> {
  await runReference({ dir, out: outFile, asOf });
  const rows = readCsvRecords(outFile);
  const header = rows.length > 0 ? Object.keys(rows[0]!) : [];
  if (header.join(',') !== REFERENCE_COLUMNS.join(',')) throw new Error(`reference: unexpected columns ${header.join(',')}`);
  return rows.map((r) => {
    const nip = r.nip!;
    return {
      nip,
      o: {
        box: intOrNull(r.box, 'box', nip),
        pool: r.talent_pool === '1',
        rank: intOrNull(r.rank, 'rank', nip),
        rankInTargetLevel: intOrNull(r.rank_in_target_level, 'rank_in_target_level', nip),
        rankInUnit: intOrNull(r.rank_in_unit, 'rank_in_unit', nip),
      },
    };
  });
}

export const talentaOutcome = (e: Employee): Outcome => ({
  box: e.box,
  pool: e.talentPool,
  rank: e.rank,
  rankInTargetLevel: e.rankInTargetLevel,
  rankInUnit: e.rankInUnit,
});

export interface Difference {
  nip: string;
  /** one outcome per employee with this NIP (NIP_GANDA: several) */
  talenta: Outcome[];
  reference: Outcome[];
}

const key = (o: Outcome) => JSON.stringify([o.box, o.pool, o.rank, o.rankInTargetLevel, o.rankInUnit]);

/**
 * Every NIP on either side, both ways; the outcomes of the employees sharing one NIP (NIP_GANDA
 * rows) are compared as a multiset.
 */
export function compareOutcomes(talenta: { nip: string; o: Outcome }[], reference: { nip: string; o: Outcome }[]): Difference[] {
  const group = (list: { nip: string; o: Outcome }[]) => {
    const m = new Map<string, Outcome[]>();
    for (const { nip, o } of list) {
      const l = m.get(nip);
      if (l) l.push(o);
      else m.set(nip, [o]);
    }
    return m;
  };
  const t = group(talenta);
  const r = group(reference);
  const diffs: Difference[] = [];
  for (const nip of new Set([...t.keys(), ...r.keys()])) {
    const a = t.get(nip) ?? [];
    const b = r.get(nip) ?? [];
    const ka = a.map(key).sort().join('|');
    const kb = b.map(key).sort().join('|');
    if (ka !== kb) diffs.push({ nip, talenta: a, reference: b });
  }
  return diffs;
}

/** The first differences, with talenta's scores and reasons, for a failure message. */
export function describeDifferences(diffs: Difference[], result: ClassifyResult, limit = 10): string {
  const byNip = new Map<string, Employee[]>();
  for (const e of result.employees) byNip.set(e.nip, [...(byNip.get(e.nip) ?? []), e]);
  const fmt = (o: Outcome) => `box ${o.box ?? '-'} pool ${o.pool ? 1 : 0} rank ${o.rank ?? '-'} rankInTargetLevel ${o.rankInTargetLevel ?? '-'} rankInUnit ${o.rankInUnit ?? '-'}`;
  const lines = [`${diffs.length} NIP(s) differ between talenta and the DuckDB reference; the first ${Math.min(limit, diffs.length)}:`];
  for (const d of diffs.slice(0, limit)) {
    lines.push(`  ${d.nip}`);
    lines.push(`    talenta:   ${d.talenta.length === 0 ? '(absent)' : d.talenta.map(fmt).join(' / ')}`);
    lines.push(`    reference: ${d.reference.length === 0 ? '(absent)' : d.reference.map(fmt).join(' / ')}`);
    for (const e of byNip.get(d.nip) ?? []) {
      lines.push(
        `    talenta scores: performance ${e.performance.score} (${e.performance.level}), potential ${e.potential.score} (${e.potential.level}), ` +
          `nilai talenta ${e.talentScore}; reasons [${e.reasons.join(', ')}]; level ${e.currentLevel} → ${e.targetLevel}; unit ${JSON.stringify(e.unorInduk)}; ` +
          `birth ${e.birthDate}, BUP ${e.bupAge}`,
      );
    }
  }
  return lines.join('\n');
}

// ---- what the generated data contains ----------------------------------------------------

type Row = Record<string, string>;
const readCsv = readCsvRecords;
/** the join key: a leading apostrophe and spaces / dots / hyphens removed */
const nipKey = (s: string | undefined) =>
  (s ?? '')
    .trim()
    .replace(/^'/, '')
    .replace(/[\s.-]/g, '');
const blank = (s: string | undefined) => (s ?? '').trim() === '';
const JPM = ['JPM POTENSI', 'JPM KOMPETENSI', 'JPM MANSOSKUL', 'JPM LITERASI DIGITAL', 'JPM EMERGING SKILL'] as const;
const PARTS = ['JPM MANSOSKUL', 'JPM LITERASI DIGITAL', 'JPM EMERGING SKILL'] as const;

/** Input-side counts, read from the CSV files (not from talenta). */
export interface DataCounts {
  rosterRows: number;
  /** roster rows repeating an earlier row exactly */
  identicalRows: number;
  /** NIPs carried by two or more different roster rows */
  nipGanda: number;
  /** roster NIPs written with a leading apostrophe */
  apostropheNips: number;
  /** roster rows without TANGGAL LAHIR (birth date from the NIP) */
  blankBirthDates: number;
  /** roster NIPs whose latest CACT test is before as-of − 3 years */
  expiredCact: number;
  /** … of which exactly one day before the boundary; and tests exactly on it (still valid) */
  expiredCactDayBefore: number;
  cactOnBoundary: number;
  /** roster NIPs with more than one CACT row */
  severalCactTests: number;
  /** roster NIPs whose latest CACT row has a kategori and no JPM at all */
  kategoriOnly: number;
  /** … with JPM KOMPETENSI blank and some of its parts present */
  kompetensiFromParts: number;
  /** … with only one of JPM POTENSI and a kompetensi (given or from parts) */
  potensiOrKompetensiAlone: number;
  /** … with 0.5 × JPM POTENSI + 0.5 × JPM KOMPETENSI exactly on a cut-off (90 or 78) */
  potentialOnCutOff: number;
  /** (NIP, year) pairs with more than one SKP row */
  duplicateSkpYears: number;
  /** roster NIPs with SKP rows in exactly one of 2024 and 2025 */
  oneSkpYearOnly: number;
  /** SKP or CACT rows whose NIP is in no roster row */
  assessmentRowsNotInRoster: number;
  /** hukdis rows on the boundary days: as-of − 2 years − 1 day, as-of − 2 years, as-of, as-of + 1 day */
  hukdisBoundaryRows: number;
}

export function countData(dir: string): DataCounts {
  const rosterText = readFileSync(path.join(dir, 'pegawai.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l !== '');
  const roster = readCsv(path.join(dir, 'pegawai.csv'));
  const cact = readCsv(path.join(dir, 'cact.csv'));
  const skp = [...readCsv(path.join(dir, 'skp-2024.csv')), ...readCsv(path.join(dir, 'skp-2025.csv'))];
  const hukdis = readCsv(path.join(dir, 'hukdis.csv'));

  const seenLines = new Set<string>();
  let identicalRows = 0;
  for (const l of rosterText) {
    if (seenLines.has(l)) identicalRows++;
    seenLines.add(l);
  }
  const linesByNip = new Map<string, Set<string>>();
  rosterText.forEach((l, i) => {
    const nip = nipKey(roster[i]!['NIP BARU']);
    linesByNip.set(nip, (linesByNip.get(nip) ?? new Set()).add(l));
  });
  const nipGanda = [...linesByNip.values()].filter((s) => s.size > 1).length;
  const rosterNips = new Set(linesByNip.keys());

  const cactByNip = new Map<string, Row[]>();
  for (const c of cact) {
    const nip = nipKey(c['NIP BARU']);
    cactByNip.set(nip, [...(cactByNip.get(nip) ?? []), c]);
  }
  const boundary = '2023-09-30';
  let expiredCact = 0;
  let expiredCactDayBefore = 0;
  let cactOnBoundary = 0;
  let severalCactTests = 0;
  let kategoriOnly = 0;
  let kompetensiFromParts = 0;
  let potensiOrKompetensiAlone = 0;
  let potentialOnCutOff = 0;
  for (const [nip, rows] of cactByNip) {
    if (!rosterNips.has(nip)) continue;
    if (rows.length > 1) severalCactTests++;
    const latest = rows.reduce((a, b) => ((b['TANGGAL TES'] ?? '') > (a['TANGGAL TES'] ?? '') ? b : a));
    const date = latest['TANGGAL TES'] ?? '';
    if (date < boundary) expiredCact++;
    if (date === '2023-09-29') expiredCactDayBefore++;
    if (date === boundary) cactOnBoundary++;
    if (JPM.every((h) => blank(latest[h])) && !blank(latest.KATEGORI)) kategoriOnly++;
    if (blank(latest['JPM KOMPETENSI']) && PARTS.some((h) => !blank(latest[h]))) kompetensiFromParts++;
    const hasKompetensi = !blank(latest['JPM KOMPETENSI']) || PARTS.some((h) => !blank(latest[h]));
    if (blank(latest['JPM POTENSI']) !== !hasKompetensi) potensiOrKompetensiAlone++;
    if (!blank(latest['JPM POTENSI']) && !blank(latest['JPM KOMPETENSI'])) {
      const sumH = Math.round(Number(latest['JPM POTENSI']) * 100) + Math.round(Number(latest['JPM KOMPETENSI']) * 100);
      if (sumH === 18000 || sumH === 15600) potentialOnCutOff++;
    }
  }

  const skpPairs = new Map<string, number>();
  const skpYears = new Map<string, Set<string>>();
  let assessmentRowsNotInRoster = 0;
  for (const s of skp) {
    const nip = nipKey(s['NIP BARU']);
    if (!rosterNips.has(nip)) assessmentRowsNotInRoster++;
    const k = `${nip}|${s.TAHUN}`;
    skpPairs.set(k, (skpPairs.get(k) ?? 0) + 1);
    skpYears.set(nip, (skpYears.get(nip) ?? new Set()).add(s.TAHUN ?? ''));
  }
  for (const c of cact) if (!rosterNips.has(nipKey(c['NIP BARU']))) assessmentRowsNotInRoster++;
  const duplicateSkpYears = [...skpPairs.values()].filter((n) => n > 1).length;
  const oneSkpYearOnly = [...rosterNips].filter((n) => skpYears.get(n)?.size === 1).length;
  const hukdisBoundaryRows = hukdis.filter((h) => ['2024-09-29', '2024-09-30', '2026-09-30', '2026-10-01'].includes(h['TMT HUKUMAN'] ?? '')).length;

  return {
    rosterRows: roster.length,
    identicalRows,
    nipGanda,
    apostropheNips: roster.filter((r) => (r['NIP BARU'] ?? '').startsWith("'")).length,
    blankBirthDates: roster.filter((r) => blank(r['TANGGAL LAHIR'])).length,
    expiredCact,
    expiredCactDayBefore,
    cactOnBoundary,
    severalCactTests,
    kategoriOnly,
    kompetensiFromParts,
    potensiOrKompetensiAlone,
    potentialOnCutOff,
    duplicateSkpYears,
    oneSkpYearOnly,
    assessmentRowsNotInRoster,
    hukdisBoundaryRows,
  };
}

/** Outcome-side counts (from talenta's result, which the reference then has to agree with). */
export interface OutcomeCounts {
  employees: number;
  mapped: number;
  pool: number;
  /** box 7–9 employees excluded from the pool, by reason */
  excludedFromPool: Record<'TIDAK_AKTIF' | 'HUKDIS' | 'MENDEKATI_BUP' | 'BUKAN_PNS', number>;
  /** not-mapped employees, by reason */
  notMapped: Record<string, number>;
  /** neighbours in the pool order with equal nilai talenta (a later key decides) */
  equalTalentNeighbours: number;
  /** … and different potential scores (the potential decides) */
  potentialDecidesNeighbours: number;
  /** … with equal nilai talenta, potential and performance (the NIP decides) */
  fullTieNeighbours: number;
  /** … of which in the same unor_induk (the NIP decides rankInUnit too) */
  fullTieNeighboursSameUnit: number;
  /** pool members without a nilai talenta (kategori-only potential: sorted after every number) */
  poolWithoutTalentScore: number;
  /** pool members without a target level (top of a ladder or unknown level): no rankInTargetLevel */
  poolWithoutTargetLevel: number;
  targetLevels: number;
  units: number;
}

export function countOutcomes(result: ClassifyResult): OutcomeCounts {
  const es = result.employees;
  const excludedFromPool = { TIDAK_AKTIF: 0, HUKDIS: 0, MENDEKATI_BUP: 0, BUKAN_PNS: 0 };
  const notMapped: Record<string, number> = {};
  for (const e of es) {
    if (e.box !== null && e.box >= 7) for (const x of e.exclusions) if (x in excludedFromPool) excludedFromPool[x as keyof typeof excludedFromPool]++;
    for (const r of e.notMappedReasons) notMapped[r] = (notMapped[r] ?? 0) + 1;
  }
  const pool = result.pool.map((i) => es[i]!);
  let equalTalentNeighbours = 0;
  let fullTieNeighbours = 0;
  let potentialDecidesNeighbours = 0;
  let fullTieNeighboursSameUnit = 0;
  for (let i = 1; i < pool.length; i++) {
    const a = pool[i - 1]!;
    const b = pool[i]!;
    if (a.box !== b.box || a.talentScore === null || a.talentScore !== b.talentScore) continue;
    equalTalentNeighbours++;
    if (a.potential.score !== b.potential.score) potentialDecidesNeighbours++;
    if (a.potential.score === b.potential.score && a.performance.score === b.performance.score) {
      fullTieNeighbours++;
      if (a.unorInduk === b.unorInduk) fullTieNeighboursSameUnit++;
    }
  }
  return {
    employees: es.length,
    mapped: es.filter((e) => e.box !== null).length,
    pool: pool.length,
    excludedFromPool,
    notMapped,
    equalTalentNeighbours,
    potentialDecidesNeighbours,
    fullTieNeighbours,
    fullTieNeighboursSameUnit,
    poolWithoutTalentScore: pool.filter((e) => e.talentScore === null).length,
    poolWithoutTargetLevel: pool.filter((e) => e.targetLevel === null).length,
    targetLevels: new Set(pool.flatMap((e) => (e.targetLevel === null ? [] : [e.targetLevel]))).size,
    units: new Set(pool.map((e) => e.unorInduk)).size,
  };
}

/** Boundary cases as they reach the rules: input rows joined to talenta's employees by NIP. */
export interface BoundaryCounts {
  /** box 7–9 employees with a sedang / berat hukdis on as-of − 2 years − 1 day, as-of − 2 years, as-of, as-of + 1 day */
  hukdisOnDay: Record<'2024-09-29' | '2024-09-30' | '2026-09-30' | '2026-10-01', number>;
  /** box 7–9 employees born so that BUP falls exactly 12 months after as-of, or a day later */
  bupExactlyTwelveMonths: number;
  bupTwelveMonthsAndADay: number;
  /** employees whose CACT test is exactly 3 years before as-of (mapped) or a day more (CACT_KEDALUWARSA) */
  cactExactlyThreeYears: number;
  cactThreeYearsAndADay: number;
  /** mapped employees with a potential score of exactly 90 or 78 */
  potentialExactlyOnCutOff: number;
}

export function countBoundaries(dir: string, result: ClassifyResult): BoundaryCounts {
  const byNip = new Map<string, Employee>();
  for (const e of result.employees) if (!e.notMappedReasons.includes('NIP_GANDA')) byNip.set(e.nip, e);
  const inBoxes789 = (e: Employee | undefined) => e !== undefined && e.box !== null && e.box >= 7;
  const hukdisOnDay = { '2024-09-29': 0, '2024-09-30': 0, '2026-09-30': 0, '2026-10-01': 0 };
  const counted = new Set<string>();
  for (const h of readCsv(path.join(dir, 'hukdis.csv'))) {
    const day = h['TMT HUKUMAN'] as keyof typeof hukdisOnDay;
    const nip = nipKey(h['NIP BARU']);
    if (!(day in hukdisOnDay) || !/sedang|berat/i.test(h['TINGKAT HUKUMAN'] ?? '') || counted.has(`${nip}|${day}`)) continue;
    if (inBoxes789(byNip.get(nip))) {
      hukdisOnDay[day]++;
      counted.add(`${nip}|${day}`);
    }
  }
  let bupExactlyTwelveMonths = 0;
  let bupTwelveMonthsAndADay = 0;
  for (const r of readCsv(path.join(dir, 'pegawai.csv'))) {
    const e = byNip.get(nipKey(r['NIP BARU']));
    if (!inBoxes789(e) || e!.bupAge === null) continue;
    const y = 2027 - e!.bupAge;
    if (r['TANGGAL LAHIR'] === `${y}-09-30`) bupExactlyTwelveMonths++;
    if (r['TANGGAL LAHIR'] === `${y}-10-01`) bupTwelveMonthsAndADay++;
  }
  let cactExactlyThreeYears = 0;
  let cactThreeYearsAndADay = 0;
  for (const e of result.employees) {
    if (e.potential.tanggalTes === '2023-09-30' && e.box !== null) cactExactlyThreeYears++;
    if (e.potential.tanggalTes === '2023-09-29' && e.notMappedReasons.includes('CACT_KEDALUWARSA')) cactThreeYearsAndADay++;
  }
  const potentialExactlyOnCutOff = result.employees.filter((e) => e.box !== null && (e.potential.score === 90 || e.potential.score === 78)).length;
  return { hukdisOnDay, bupExactlyTwelveMonths, bupTwelveMonthsAndADay, cactExactlyThreeYears, cactThreeYearsAndADay, potentialExactlyOnCutOff };
}
