/** cellText: every kind of exceljs cell value as the text a reader of the report sees. */
import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/io/cell-text.js';

describe('cellText', () => {
  it('empty cells are empty text; strings stay as they are (not trimmed)', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(' Kotak 9\nx ')).toBe(' Kotak 9\nx ');
  });
  it('numbers and booleans as String writes them', () => {
    expect(cellText(85.5)).toBe('85.5');
    expect(cellText(0)).toBe('0');
    expect(cellText(true)).toBe('true');
  });
  it('a date as its UTC calendar date (exceljs reads dates as UTC midnight)', () => {
    expect(cellText(new Date(Date.UTC(1985, 6, 26)))).toBe('1985-07-26');
    expect(cellText(new Date(Date.UTC(1985, 6, 26, 23, 59)))).toBe('1985-07-26');
    expect(cellText(new Date(Number.NaN))).toBe('');
  });
  it('rich text, hyperlink, formula result and error cells', () => {
    expect(cellText({ richText: [{ text: 'Kotak ' }, { font: { bold: true }, text: '9' }] })).toBe('Kotak 9');
    expect(cellText({ text: 'laporan', hyperlink: 'https://example.org' })).toBe('laporan');
    expect(cellText({ formula: 'A1+1', result: 7 })).toBe('7');
    expect(cellText({ sharedFormula: 'B2', result: 'Baik' })).toBe('Baik');
    expect(cellText({ formula: 'A1' })).toBe('');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
  });
  it('any other object as its JSON, never as "[object Object]" nor as empty', () => {
    expect(cellText({ a: 1 })).toBe('{"a":1}');
    expect(cellText([1, 'x'])).toBe('[1,"x"]');
  });
});
