/** An Excel sheet holds 1,048,576 rows, the header row included (Excel specifications and limits). */
import { describe, expect, it } from 'vitest';
import { MAX_SHEET_ROWS, overflowsSheet } from '../../src/output/xlsx.js';

describe('the workbook row limit', () => {
  it('is Excel’s 1,048,576 rows per sheet', () => {
    expect(MAX_SHEET_ROWS).toBe(2 ** 20);
  });

  it('1,048,575 data rows and the header fit; one more does not', () => {
    expect(overflowsSheet(1_048_575)).toBe(false);
    expect(overflowsSheet(1_048_576)).toBe(true);
    expect(overflowsSheet(4_500_000)).toBe(true);
    expect(overflowsSheet(0)).toBe(false);
  });

  it('counts the header row against a given limit', () => {
    expect(overflowsSheet(9, 10)).toBe(false);
    expect(overflowsSheet(10, 10)).toBe(true);
  });
});
