/**
 * The terminal outputs fit the terminal: classify, compare, suksesi, validate and
 * explain, rendered at 80 and 160 columns (COLUMNS, stdout not a TTY) in both languages: no line
 * is wider than the width (display width, colour codes removed) and the key columns are there
 * (the NIP and the box of the first talent-pool row; a post code in suksesi). At 160 the classify
 * table shows more (the performance and potential scores, a name in full that 80 cuts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n.js';
import { displayWidth, fitColumns, joinFit, terminalWidth, truncate, wrapLine } from '../../src/output/width.js';
import { talenta } from '../e2e/in-process.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'fixtures', 'contoh', 'roster.xlsx');
const SUKSESI = ['pegawai.csv', 'cact.csv', 'skp-2024.csv', 'skp-2025.csv', 'hukdis.csv', 'jabatan.csv'].map((f) => join(ROOT, 'fixtures', 'suksesi', f));
const QUARTERS = ['2026-03-31', '2026-06-30', '2026-09-30'].map((q) => join(ROOT, 'fixtures', 'kuartal', q, 'hasil-talenta.json'));
const AS_OF = ['--as-of', '2026-09-30'];
const tmp = () => mkdtempSync(join(tmpdir(), 'talenta-width-'));

function widest(text: string): number {
  return Math.max(...text.split('\n').map(displayWidth));
}

const LANGS: Lang[] = ['id', 'en'];
const WIDTHS = [80, 160];

describe('width helpers', () => {
  it('the width: a TTY says its columns; otherwise COLUMNS; otherwise 80', () => {
    expect(terminalWidth({ isTTY: true, columns: 132 }, { COLUMNS: '90' })).toBe(132);
    expect(terminalWidth({ isTTY: false, columns: 132 }, { COLUMNS: '90' })).toBe(90);
    expect(terminalWidth({}, {})).toBe(80);
    expect(terminalWidth({}, { COLUMNS: 'lebar' })).toBe(80);
  });

  it('display width: colour codes take no room, a CJK character two columns, a combining mark none', () => {
    expect(displayWidth('\x1b[31mAni\x1b[39m')).toBe(3);
    expect(displayWidth('王明')).toBe(4);
    expect(displayWidth('Jose\u0301')).toBe(4);
  });

  it('truncate cuts to the width with … ; wrapLine keeps every line within the width', () => {
    expect(truncate('Fransiskus Xaverius Manurung', 12)).toBe('Fransiskus …');
    expect(truncate('Ani', 12)).toBe('Ani');
    const lines = wrapLine('  ' + 'kata '.repeat(40) + 'x'.repeat(90), 30);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(30);
    expect(lines.slice(1).every((l) => l.startsWith('    '))).toBe(true);
    expect(joinFit(['aaaa', 'bbbb', 'cccc'], ' · ', 11)).toEqual(['aaaa · bbbb', 'cccc']);
  });

  it('fitColumns drops the highest drop first, then shrinks the widest shrinkable column', () => {
    // overhead 3 per column, 1 fixed: naturals 10+20+30 = 60 + 10 = 70
    expect(fitColumns([{ natural: 10 }, { natural: 20, min: 5 }, { natural: 30, min: 5 }], 70, 3, 1)).toEqual([10, 20, 30]);
    // 60 wide: 10 to give up, from the widest (30 → 20)
    expect(fitColumns([{ natural: 10 }, { natural: 20, min: 5 }, { natural: 30, min: 5 }], 60, 3, 1)).toEqual([10, 20, 20]);
    // 20 wide: minimum 10+5+5+10 = 30 does not fit; drop 2 (higher) first: 10+5+7 = 22 still; then drop 1
    expect(fitColumns([{ natural: 10 }, { natural: 20, min: 5, drop: 1 }, { natural: 30, min: 5, drop: 2 }], 20, 3, 1)).toEqual([10, null, null]);
  });
});

describe('every terminal output fits 80 and 160 columns, in both languages', () => {
  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      const env = { COLUMNS: String(width), TALENTA_LANG: lang };
      it(`classify (${lang}, ${width})`, async () => {
        const r = await talenta(['classify', SAMPLE, ...AS_OF, '-o', join(tmp(), 'o')], { env });
        expect(r.code).toBe(0);
        expect(widest(r.stdout)).toBeLessThanOrEqual(width);
        // the first of the pool: rank 1, box 9, its NIP (from the sample, fixtures/contoh)
        expect(r.stdout).toMatch(/│ 1\s+│ 9\s+│ 198110122008011001 │/);
        const name = 'Fransiskus Xaverius Manurung';
        if (width === 160) {
          expect(r.stdout).toContain(name);
          expect(r.stdout).toContain(lang === 'en' ? 'Performance' : 'Kinerja');
          // its scores: talent 100.13, performance 100, potential 100.25 (the sample's first)
          expect(r.stdout).toContain(lang === 'en' ? '100.25' : '100,25');
        } else {
          expect(r.stdout).not.toContain(name);
          expect(r.stdout).toContain('Fransiskus');
        }
        // a number as the language writes it
        expect(r.stdout).toContain(lang === 'en' ? '100.13' : '100,13');
        // Indonesian shows no English severity words
        if (lang === 'id') expect(r.stdout).not.toMatch(/\b(error|warning)\b/);
      });

      it(`compare (${lang}, ${width})`, async () => {
        const r = await talenta(['compare', ...QUARTERS], { env });
        expect(r.code).toBe(0);
        expect(widest(r.stdout)).toBeLessThanOrEqual(width);
        expect(r.stdout).toMatch(/\b\d{18}\b/);
      });

      it(`suksesi (${lang}, ${width})`, async () => {
        const r = await talenta(['suksesi', ...SUKSESI, ...AS_OF, '-o', join(tmp(), 'o')], { env });
        expect(r.code).toBe(0);
        expect(widest(r.stdout)).toBeLessThanOrEqual(width);
        expect(r.stdout.split('\n').length).toBeGreaterThan(8);
      });

      it(`validate (${lang}, ${width})`, async () => {
        const r = await talenta(['validate', SAMPLE, ...AS_OF], { env });
        expect(widest(r.stdout)).toBeLessThanOrEqual(width);
        expect(r.stdout).toContain(lang === 'en' ? 'Findings' : 'Temuan');
        if (lang === 'id') expect(r.stdout).not.toMatch(/\b(error|warning)\b/);
      });

      it(`explain (${lang}, ${width})`, async () => {
        const r = await talenta(['explain', '198110122008011001', SAMPLE, ...AS_OF], { env });
        expect(r.code).toBe(0);
        expect(widest(r.stdout)).toBeLessThanOrEqual(width);
        expect(r.stdout).toContain('NIP 198110122008011001');
      });
    }
  }
});
