/**
 * The audit on the terminal fits its width (issue: a 183-column table): every line at most the
 * width at 80 and 160 columns, in both languages, colour or not; a wide screen shows more; the
 * width comes from the terminal, else COLUMNS, else 80. The fitting pieces (word wrap, the table
 * layout's order of giving way) are checked on small hand-made cases.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditAttributes, buildAudit, type Audit } from '../../src/core/audit.js';
import { classify, prepareInputs } from '../../src/core/classify.js';
import { DEFAULT_PROFILE as P } from '../../src/core/profile.js';
import type { ClassifyResult } from '../../src/core/types.js';
import type { Lang } from '../../src/i18n.js';
import { loadInputs } from '../../src/io/inputs.js';
import type { AuditColumn, AuditCtx } from '../../src/output/audit-columns.js';
import { layoutTable, renderTable, terminalWidth, textWidth, wrap } from '../../src/output/audit-fit.js';
import { renderAuditTerminal } from '../../src/output/audit-terminal.js';
import type { Ctx } from '../../src/output/model.js';
import { makeChalk } from '../../src/output/terminal.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const AS_OF = '2026-09-30';

const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

let sample: { result: ClassifyResult; audit: Audit } | null = null;
async function sampleAudit() {
  if (sample) return sample;
  const { tables } = await loadInputs([{ path: join(ROOT, 'fixtures', 'contoh', 'roster.xlsx') }], {});
  const prepared = prepareInputs(tables, P);
  const result = classify(prepared, P, { asOf: AS_OF });
  // near 3: a longer near-the-line list, with names and units of every length
  sample = { result, audit: buildAudit(result, P, { attributes: auditAttributes(prepared, result, P), near: 3 }) };
  return sample;
}
const ctxOf = (lang: Lang, result: ClassifyResult): Ctx => ({
  lang,
  human: true,
  profile: P,
  result,
  profileHash: 'e0ea4ccfae9b8de4d963723919884ac16375ab08d89d8fef8da122642264543c',
});

describe('the audit on the terminal fits the width', () => {
  for (const lang of ['id', 'en'] as const) {
    for (const width of [80, 160]) {
      it(`${lang}, ${width} columns: no line wider, colour or not`, async () => {
        const { result, audit } = await sampleAudit();
        for (const colour of [false, true]) {
          const text = plain(renderAuditTerminal(ctxOf(lang, result), audit, makeChalk(colour), 30, width));
          const lines = text.split('\n');
          const over = lines.filter((l) => textWidth(l) > width);
          expect(over).toEqual([]);
          // the report is all there: its four parts and the last note
          for (const part of ['1. ', '2. ', '3. ', '4. ']) expect(lines.some((l) => l.startsWith(part))).toBe(true);
          expect(lines.length).toBeGreaterThan(60);
        }
      });
    }
  }

  it('a wide screen shows more: whole unit names and the columns a narrow one drops', async () => {
    const { result, audit } = await sampleAudit();
    const at = (w: number) => plain(renderAuditTerminal(ctxOf('id', result), audit, makeChalk(false), 30, w));
    const narrow = at(80);
    const wide = at(160);
    const longest = 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia';
    expect(audit.leniency.units.rows.some((r) => r.key === longest)).toBe(true);
    expect(wide).toContain(longest);
    expect(narrow).not.toContain(longest);
    // the near-the-line table: the cut-off column and the unit at 160, not at 80
    const nearHead = (t: string) => t.split('\n').find((l) => l.startsWith('NIP'))!;
    expect(nearHead(wide)).toContain('Batas');
    expect(nearHead(wide)).toContain('Unit induk (OPD)');
    expect(nearHead(narrow)).not.toContain('Batas');
    // the predikat table names the predikat in full when there is room … at 80 abbreviated, with a legend
    expect(narrow).toContain('SB = Sangat Baik');
  });

  it("the width: the terminal's when stdout is one, else COLUMNS, else 80; never below 40", () => {
    expect(terminalWidth({ isTTY: true, columns: 132 }, { COLUMNS: '100' })).toBe(132);
    expect(terminalWidth({ isTTY: false, columns: 132 }, { COLUMNS: '100' })).toBe(100);
    expect(terminalWidth({}, { COLUMNS: '100' })).toBe(100);
    expect(terminalWidth({}, {})).toBe(80);
    expect(terminalWidth({}, { COLUMNS: 'wide' })).toBe(80);
    expect(terminalWidth({}, { COLUMNS: '0' })).toBe(80);
    expect(terminalWidth({ isTTY: true, columns: 20 }, {})).toBe(40);
  });
});

describe('fitting pieces', () => {
  it('wrap: words moved to the next line, hanging indent, a word longer than a line cut', () => {
    expect(wrap('aaa bbb ccc ddd', 7)).toEqual(['aaa bbb', 'ccc ddd']);
    expect(wrap('aaa bbb ccc', 9, '    ', '  • ')).toEqual(['  • aaa', '    bbb', '    ccc']);
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrap('', 10)).toEqual(['']);
    for (const l of wrap('Pedoman PermenPANRB 6/2022 untuk organisasi berpredikat "Baik": paling banyak 70% Baik', 20, '  ')) expect(l.length).toBeLessThanOrEqual(20);
  });

  // three columns: a key, a long text that may shrink to 4, a number that may be dropped
  type Row = { k: string; t: string; n: number };
  const cols: AuditColumn<Row>[] = [
    { id: 'k', header: () => 'Key', value: (r) => r.k, format: 'text', width: 5 },
    { id: 't', header: () => 'Text', short: { header: () => 'T' }, value: (r) => r.t, format: 'text', width: 5, shrink: 4 },
    { id: 'n', header: () => 'Number', short: { header: () => '#' }, value: (r) => r.n, format: 'int', width: 5, drop: 1 },
  ];
  const rows: Row[] = [
    { k: 'a', t: 'twelve chars', n: 1 },
    { k: 'bb', t: 'x', n: 1000 },
  ];
  const c = { lang: 'en', comma: false } as AuditCtx;
  const widths = (w: number) => {
    const l = layoutTable(cols, rows, c, w);
    return { ids: l.columns.map((x) => x.id), widths: l.widths, short: l.short };
  };

  it('gives way in order: full width, short headers, text cut, a column dropped', () => {
    // natural: Key 3, Text 12, Number 6 (header) → 3 + 2 + 12 + 2 + 6 = 25
    expect(widths(25)).toEqual({ ids: ['k', 't', 'n'], widths: [3, 12, 6], short: false });
    // short headers: the number column is as wide as "1,000" (5) → 3 + 2 + 12 + 2 + 5 = 24
    expect(widths(24)).toEqual({ ids: ['k', 't', 'n'], widths: [3, 12, 5], short: true });
    // then the text is cut: 20 = 3 + 2 + 8 + 2 + 5
    expect(widths(20)).toEqual({ ids: ['k', 't', 'n'], widths: [3, 8, 5], short: true });
    // the text at its least (4) needs 16; narrower drops the number: 3 + 2 + 12 = 17 at full width
    expect(widths(16)).toEqual({ ids: ['k', 't', 'n'], widths: [3, 4, 5], short: true });
    expect(widths(15)).toEqual({ ids: ['k', 't'], widths: [3, 10], short: true });
  });

  it('renders what it laid out: cut text ends in …, numbers right-aligned, nothing wider', () => {
    const lines = renderTable(cols, rows, c, 20, makeChalk(false));
    // Key 3 · T 8 · # 5, two spaces between: 3 + 2 + 8 + 2 + 5 = 20; "twelve chars" cut to 8 is
    // "twelve " + "…" with the space dropped
    expect(lines).toEqual(['Key  T             #', '────────────────────', 'a    twelve…       1', 'bb   x         1,000']);
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(20);
  });
});
