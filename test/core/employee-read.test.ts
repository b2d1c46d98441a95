/**
 * The cheap reads of src/core/employee-read.ts: for an employee of the table (a view) they read
 * the columns, for an ordinary object the nested trace. Expected values are the scenario's, by
 * hand; the audit over views and over plain copies of the same employees must be the same.
 */
import { describe, expect, it } from 'vitest';
import { buildAudit } from '../../src/core/audit.js';
import { toPlainEmployee } from '../../src/core/employee-table.js';
import { latestSkpSource, performanceLevel, performanceScore, potentialLevel, potentialScore, skpYearOf } from '../../src/core/employee-read.js';
import { AS_OF, emp, nipN, P, roster, runTables, skp, cact } from './helpers.js';

const A = nipN(1);
const B = nipN(2);
// A: 2024 Baik (skp-2024.csv row 2), 2025 Sangat Baik (skp-2025.csv row 2); B: no SKP, no CACT
const result = runTables([
  roster([{ nip: A }, { nip: B }]),
  skp([{ nip: A, tahun: 2024, predikat: 'Baik' }], 'skp-2024.csv'),
  skp([{ nip: A, tahun: 2025, predikat: 'Sangat Baik' }], 'skp-2025.csv'),
  cact([{ nip: A, potensi: 84, kompetensi: 76 }]),
]);

describe('cheap reads of an employee', () => {
  for (const [kind, of] of [
    ['view', (n: string) => emp(result, n)],
    ['plain object', (n: string) => toPlainEmployee(emp(result, n))],
  ] as const) {
    it(`read the same values from a ${kind}`, () => {
      const a = of(A);
      // default profile: Sangat Baik 100, Baik 80, weights 0.6 (2025) and 0.4 (2024):
      // 0.6 × 100 + 0.4 × 80 = 92, DI_ATAS (≥ 90)
      expect(performanceScore(a)).toBeCloseTo(92, 9);
      expect(performanceLevel(a)).toBe('DI_ATAS');
      // 0.5 × 84 + 0.5 × 76 = 80, MENENGAH (78 ≤ 80 < 90)
      expect(potentialScore(a)).toBeCloseTo(80, 9);
      expect(potentialLevel(a)).toBe('MENENGAH');
      expect(skpYearOf(a, 2025)).toMatchObject({ predikat: 'SANGAT_BAIK', via: 'predikat' });
      expect(skpYearOf(a, 2024)).toMatchObject({ predikat: 'BAIK', via: 'predikat' });
      expect(skpYearOf(a, 2023)).toBeUndefined();
      expect(latestSkpSource(a)).toEqual({ file: 'skp-2025.csv', sheet: null, row: 2 });
      const b = of(B);
      expect(performanceScore(b)).toBeNull();
      expect(potentialScore(b)).toBeNull();
      expect(performanceLevel(b)).toBeNull();
      expect(potentialLevel(b)).toBeNull();
      expect(skpYearOf(b, 2025)).toBeUndefined();
      expect(latestSkpSource(b)).toBeUndefined();
    });
  }

  it('the audit of views equals the audit of plain copies', () => {
    const plain = { ...result, employees: result.employees.map(toPlainEmployee) };
    expect(buildAudit(result, P, { asOf: AS_OF })).toEqual(buildAudit(plain, P, { asOf: AS_OF }));
  });
});
