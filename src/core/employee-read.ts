/**
 * Cheap reads of an employee's axis scores, levels and SKP years. For an employee of an
 * EmployeeTable (an EmployeeView) they read the table's columns; reading `e.performance` or
 * `e.potential` there builds the whole trace (years, sources) each time, which at national
 * scale is a few hundred megabytes of garbage per pass. For an ordinary object (a previous run
 * read back, a test) they read the nested results. Pure.
 */
import type { Predikat } from './profile.js';
import { EmployeeView } from './employee-table.js';
import type { Employee, PerformanceLevel, PotentialLevel, SkpYearTrace, SourceRef } from './types.js';

export function performanceScore(e: Employee): number | null {
  return e instanceof EmployeeView ? e.performanceScore : e.performance.score;
}

export function potentialScore(e: Employee): number | null {
  return e instanceof EmployeeView ? e.potentialScore : e.potential.score;
}

export function performanceLevel(e: Employee): PerformanceLevel | null {
  return e instanceof EmployeeView ? e.performanceLevel : e.performance.level;
}

export function potentialLevel(e: Employee): PotentialLevel | null {
  return e instanceof EmployeeView ? e.potentialLevel : e.potential.level;
}

/** The predikat and how it was read of the employee's SKP year `year`, if it is traced. */
export function skpYearOf(e: Employee, year: number): { predikat: Predikat; via: SkpYearTrace['via'] } | undefined {
  if (e instanceof EmployeeView) return e.skpYear(year);
  return e.performance.years.find((y) => y.year === year);
}

/** The source row of the employee's latest traced SKP year (the first of the latest, if two). */
export function latestSkpSource(e: Employee): SourceRef | undefined {
  if (e instanceof EmployeeView) return e.latestSkpSource();
  let latest = e.performance.years[0];
  for (const y of e.performance.years) if (latest && y.year > latest.year) latest = y;
  return latest?.source;
}
