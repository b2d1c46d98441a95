/**
 * The DuckDB reference in every test run (issue "National scale at DuckDB speed"): the bench's
 * reference query (bench/reference.sql, an implementation of docs/rules.md written
 * independently of src/) and talenta must agree on every employee's box, talent-pool flag, rank,
 * rank in the target level and rank in the unit, on a generated agency of a few thousand
 * employees with the edge cases of fixtures/generate.ts --edge-cases mixed in.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassifyResult } from '../../src/core/types.js';
import {
  compareOutcomes,
  countBoundaries,
  countData,
  countOutcomes,
  describeDifferences,
  generateAgency,
  runDuckdbReference,
  runTalenta,
  talentaOutcome,
  tempDir,
  type BoundaryCounts,
  type DataCounts,
  type Outcome,
  type OutcomeCounts,
} from './helpers.js';

const EMPLOYEES = 4000;

describe(`talenta and the DuckDB reference on a generated agency of ${EMPLOYEES} employees`, () => {
  const tmp = tempDir('oracle');
  let result: ClassifyResult;
  let reference: { nip: string; o: Outcome }[];
  let data: DataCounts;
  let outcomes: OutcomeCounts;
  let boundaries: BoundaryCounts;

  beforeAll(async () => {
    await generateAgency(tmp.dir, EMPLOYEES);
    result = await runTalenta(tmp.dir);
    reference = await runDuckdbReference(tmp.dir, path.join(tmp.dir, 'duckdb.csv'));
    data = countData(tmp.dir);
    outcomes = countOutcomes(result);
    boundaries = countBoundaries(tmp.dir, result);
  });
  afterAll(() => tmp.remove());

  it('the data holds the cases the rules are about', () => {
    // input side, counted in the CSV files
    expect(data.rosterRows).toBeGreaterThanOrEqual(EMPLOYEES);
    expect(data.identicalRows).toBeGreaterThanOrEqual(3);
    expect(data.nipGanda).toBeGreaterThanOrEqual(3);
    expect(data.apostropheNips).toBeGreaterThanOrEqual(3);
    expect(data.blankBirthDates).toBeGreaterThanOrEqual(3);
    expect(data.expiredCact).toBeGreaterThanOrEqual(20);
    expect(data.expiredCactDayBefore).toBeGreaterThanOrEqual(3);
    expect(data.cactOnBoundary).toBeGreaterThanOrEqual(3);
    expect(data.severalCactTests).toBeGreaterThanOrEqual(3);
    expect(data.kategoriOnly).toBeGreaterThanOrEqual(20);
    expect(data.kompetensiFromParts).toBeGreaterThanOrEqual(20);
    expect(data.potensiOrKompetensiAlone).toBeGreaterThanOrEqual(10);
    expect(data.potentialOnCutOff).toBeGreaterThanOrEqual(20);
    expect(data.duplicateSkpYears).toBeGreaterThanOrEqual(20);
    expect(data.oneSkpYearOnly).toBeGreaterThanOrEqual(20);
    expect(data.assessmentRowsNotInRoster).toBeGreaterThanOrEqual(1);
    expect(data.hukdisBoundaryRows).toBeGreaterThanOrEqual(8);
    // outcome side: every pool exclusion on box 7–9 employees, every not-mapped reason, ties
    for (const [reason, n] of Object.entries(outcomes.excludedFromPool)) expect(n, reason).toBeGreaterThanOrEqual(3);
    for (const reason of ['NIP_GANDA', 'SKP_TIDAK_ADA', 'CACT_TIDAK_ADA', 'CACT_KEDALUWARSA']) {
      expect(outcomes.notMapped[reason] ?? 0, reason).toBeGreaterThanOrEqual(3);
    }
    expect(outcomes.pool).toBeGreaterThanOrEqual(500);
    expect(outcomes.equalTalentNeighbours).toBeGreaterThanOrEqual(20);
    expect(outcomes.potentialDecidesNeighbours).toBeGreaterThanOrEqual(3);
    expect(outcomes.fullTieNeighbours).toBeGreaterThanOrEqual(10);
    expect(outcomes.fullTieNeighboursSameUnit).toBeGreaterThanOrEqual(1);
    expect(outcomes.poolWithoutTalentScore).toBeGreaterThanOrEqual(3);
    expect(outcomes.poolWithoutTargetLevel).toBeGreaterThanOrEqual(3);
    expect(outcomes.targetLevels).toBeGreaterThanOrEqual(8);
    expect(outcomes.units).toBeGreaterThanOrEqual(10);
  });

  it('the data holds the boundary days and values of the rules, where they decide', () => {
    for (const [day, n] of Object.entries(boundaries.hukdisOnDay)) expect(n, `hukdis on ${day}`).toBeGreaterThanOrEqual(2);
    expect(boundaries.bupExactlyTwelveMonths).toBeGreaterThanOrEqual(2);
    expect(boundaries.bupTwelveMonthsAndADay).toBeGreaterThanOrEqual(2);
    expect(boundaries.cactExactlyThreeYears).toBeGreaterThanOrEqual(3);
    expect(boundaries.cactThreeYearsAndADay).toBeGreaterThanOrEqual(3);
    expect(boundaries.potentialExactlyOnCutOff).toBeGreaterThanOrEqual(10);
  });

  it('every employee has the same box, pool flag, rank, rank in the target level and rank in the unit', () => {
    const mine = result.employees.map((e) => ({ nip: e.nip, o: talentaOutcome(e) }));
    expect(reference.length, 'one reference row per employee').toBe(mine.length);
    const diffs = compareOutcomes(mine, reference);
    if (diffs.length > 0) expect.fail(describeDifferences(diffs, result));
    // the comparison is not vacuous: both sides rank the same pool
    expect(reference.filter((r) => r.o.pool).length).toBe(outcomes.pool);
    expect(reference.filter((r) => r.o.rankInTargetLevel !== null).length).toBe(outcomes.pool - outcomes.poolWithoutTargetLevel);
  });
});
