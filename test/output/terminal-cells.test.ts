/**
 * Control characters from the data never reach the terminal as they are, and
 * workbook cells stay within Excel's 32,767 characters (item 9).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { escapeControls, renderSafely } from '../../src/output/terminal-safe.js';
import { fitCell, MAX_CELL_CHARS } from '../../src/output/xlsx-style.js';
import { ROOT, tempDir } from '../e2e/helpers.js';
import { talenta } from '../e2e/in-process.js';

const CSV = join(ROOT, 'fixtures', 'contoh', 'csv');
const OTHERS = ['cact.csv', 'skp-2024.csv', 'skp-2025.csv', 'hukdis.csv'].map((f) => join(CSV, f));

/** The sample roster with every NAMA changed by `rename` (row index, name). */
function roster(rename: (i: number, nama: string) => string): string {
  const d = tempDir('talenta-term-');
  const text = readFileSync(join(CSV, 'pegawai.csv'), 'utf8');
  const rows = parse(text);
  const ni = rows[0]!.indexOf('NAMA');
  const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const out = rows.map((r, i) => (i === 0 ? r.join(',') : r.map((v, c) => q(c === ni ? rename(i, v) : v)).join(',')));
  writeFileSync(join(d, 'pegawai.csv'), out.join('\n') + '\n');
  return join(d, 'pegawai.csv');
}

/** Raw control characters other than LF (and, with colour, the SGR colour codes). */
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
const HOSTILE = '\x1b]0;pwned\x07\x1b[2J\b\b\r';
const SHOWN = '\\x1b]0;pwned\\x07\\x1b[2J\\x08\\x08\\x0d';

describe('control characters on the terminal', () => {
  it('escapeControls writes every control character but LF as a visible escape', () => {
    expect(escapeControls('A\x1b]0;x\x07B\bC\rD\u202eE\tF\nG\x7f\x85')).toBe('A\\x1b]0;x\\x07B\\x08C\\x0dD\\u202eE\\x09F\nG\\x7f\\x85');
    expect(escapeControls('Siti Aminah, S.E.')).toBe('Siti Aminah, S.E.');
  });

  it("with colour: the renderer's SGR codes stay, the data's escape sequences (even an SGR) are shown", () => {
    const render = (ch: InstanceType<typeof Chalk>) => `${ch.red('Nama:')} Ani\x1b[2J\x1b[31m ${ch.bold('9')}\n`;
    const out = renderSafely(render, new Chalk({ level: 1 }));
    expect(out).toBe('\x1b[31mNama:\x1b[39m Ani\\x1b[2J\\x1b[31m \x1b[1m9\x1b[22m\n');
    expect(renderSafely(render, new Chalk({ level: 0 }))).toBe('Nama: Ani\\x1b[2J\\x1b[31m 9\n');
  });

  it('classify, explain and validate show hostile names escaped (with and without colour)', async () => {
    const file = roster((i, n) => (i % 2 ? `${HOSTILE}${n}` : n));
    const plain = await talenta(['classify', file, ...OTHERS, '--as-of', '2026-09-30', '--json', '-o', join(tempDir(), 'o'), '-q']);
    expect(plain.code).toBe(0);
    const doc = JSON.parse(plain.stdout);
    // the JSON keeps the data as it is
    const hostile = doc.employees.filter((e: { nama: string }) => e.nama.startsWith(HOSTILE));
    expect(hostile.length).toBeGreaterThan(100);

    const term = await talenta(['classify', file, ...OTHERS, '--as-of', '2026-09-30', '-o', join(tempDir(), 'o'), '--top', '40'], { env: { COLUMNS: '200' } });
    expect(term.code).toBe(0);
    expect(term.stdout).not.toMatch(RAW_CONTROL);
    expect(term.stdout).toContain(SHOWN);

    const coloured = await talenta(['classify', file, ...OTHERS, '--as-of', '2026-09-30', '-o', join(tempDir(), 'o'), '--top', '40'], {
      env: { FORCE_COLOR: '1', COLUMNS: '200' },
    });
    expect(coloured.stdout).toMatch(/\x1b\[3\dm/);
    expect(coloured.stdout.replace(/\x1b\[\d+m/g, '')).not.toMatch(RAW_CONTROL);
    expect(coloured.stdout).toContain(SHOWN);

    const nip = hostile[0].nip as string;
    const ex = await talenta(['explain', nip, file, ...OTHERS, '--as-of', '2026-09-30']);
    expect(ex.code).toBe(0);
    expect(ex.stdout).not.toMatch(RAW_CONTROL);
    expect(ex.stdout).toContain(SHOWN);

    // validate: a hostile value quoted as an example of a finding
    const skp = join(tempDir('talenta-term-'), 'skp-2025.csv');
    const lines = readFileSync(join(CSV, 'skp-2025.csv'), 'utf8').split('\n');
    lines[1] = lines[1]!.replace(/,(Baik|Sangat Baik|Butuh Perbaikan|Kurang|Sangat Kurang),/, ',"Baik\x1b[2J\x07",');
    writeFileSync(skp, lines.join('\n'));
    const v = await talenta(['validate', join(CSV, 'pegawai.csv'), join(CSV, 'cact.csv'), join(CSV, 'skp-2024.csv'), skp, '--as-of', '2026-09-30']);
    expect(v.stdout).toContain('Baik\\x1b[2J\\x07');
    expect(v.stdout).not.toMatch(RAW_CONTROL);
  }, 120_000);
});

describe("Excel's 32,767 characters per cell", () => {
  it('fitCell cuts a longer text to the limit, with a marker in the language, never inside a surrogate pair', () => {
    const long = 'a'.repeat(40_000);
    const id = fitCell(long, 'id') as string;
    expect(id.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(id.length).toBeGreaterThan(MAX_CELL_CHARS - 100);
    expect(id.endsWith(' … [dipotong: 40.000 karakter, Excel memuat paling banyak 32.767]')).toBe(true);
    expect(id.startsWith('a'.repeat(32_000))).toBe(true);
    expect((fitCell(long, 'en') as string).endsWith(' … [truncated: 40,000 characters, Excel holds at most 32,767]')).toBe(true);
    // exactly at the limit: as it is; numbers and short text as they are
    expect(fitCell('b'.repeat(MAX_CELL_CHARS), 'id')).toBe('b'.repeat(MAX_CELL_CHARS));
    expect(fitCell(42, 'id')).toBe(42);
    // an emoji (two UTF-16 units) across the cut is dropped whole
    for (let shift = 0; shift < 4; shift++) {
      const s = fitCell('x'.repeat(shift) + '😀'.repeat(20_000), 'en') as string;
      expect(s.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
      const body = s.slice(0, s.indexOf(' … [truncated'));
      expect(body.slice(shift)).toMatch(/^(😀)+$/u);
    }
  });

  it('classify: the workbook cell is cut with the marker and a warning; the CSV keeps the whole value', async () => {
    const longName = `Nama ${'Panjang '.repeat(5000)}akhir`;
    const file = roster((i, n) => (i === 1 ? longName : n));
    const out = join(tempDir('talenta-cells-'), 'laporan');
    const r = await talenta(['classify', file, ...OTHERS, '--as-of', '2026-09-30', '-o', out, '-q']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('talenta: peringatan: 1 sel lebih panjang dari batas Excel 32.767 karakter dipotong di laporan-talenta.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'laporan-talenta.xlsx'));
    const found: string[] = [];
    let longest = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          if (typeof v === 'string') {
            longest = Math.max(longest, v.length);
            if (v.startsWith('Nama Panjang')) found.push(v);
          }
        }),
      ),
    );
    expect(longest).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/ … \[dipotong: 40\.010 karakter, Excel memuat paling banyak 32\.767\]$/);
    const csv = parse<Record<string, string>>(readFileSync(join(out, 'pegawai.csv'), 'utf8'), { bom: true, columns: true });
    expect(csv.filter((row) => row.nama === longName)).toHaveLength(1);
  }, 120_000);
});
