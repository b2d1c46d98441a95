/**
 * Text that fits a terminal: the width to write to, paragraphs wrapped at that width, and audit
 * tables (src/output/audit-columns.ts) laid out so that no line is wider — a narrow screen first
 * gets the columns' short headers and values, then text columns cut (with …), then the
 * low-priority columns dropped.
 */
import type { ChalkInstance } from 'chalk';
import { formatValue, type AuditColumn, type AuditCtx, type Tone } from './audit-columns.js';
import { truncate } from './audit-text.js';

/** The width to write to: the terminal's when stdout is one, else COLUMNS, else 80 (one rule for every renderer). */
export { terminalWidth } from './width.js';

/** Characters as a terminal counts them (every character the audit writes is one column wide). */
export const textWidth = (s: string): number => [...s].length;

/**
 * A paragraph wrapped at `width`: words moved to the next line, which starts with `indent`; the
 * first line starts with `first` (default: the indent). A word longer than a line is cut.
 */
export function wrap(text: string, width: number, indent = '', first = indent): string[] {
  const out: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (!empty && textWidth(line) + 1 + textWidth(word) > width) {
      out.push(line);
      line = indent;
      empty = true;
    }
    let w = word;
    // a word wider than the room on an empty line: cut it into pieces
    while (empty && textWidth(line) + textWidth(w) > width) {
      const room = Math.max(1, width - textWidth(line));
      out.push(line + [...w].slice(0, room).join(''));
      w = [...w].slice(room).join('');
      line = indent;
    }
    line = empty ? line + w : `${line} ${w}`;
    empty = false;
  }
  if (!empty || out.length === 0) out.push(line);
  return out;
}

const SEP = '  ';

export interface TableOptions<R> {
  /** rows shown in bold (the agency) */
  bold?: (r: R) => boolean;
  /** a row whose numbers are hidden: its text spans the columns after the first `keyColumns` */
  note?: (r: R) => string | null;
  keyColumns?: number;
  /** columns left blank on a row that continues the row above (`continues`): the same person, the same dimension */
  blankRepeats?: string[];
  continues?: (r: R, above: R) => boolean;
}

export interface TableLayout<R> {
  columns: AuditColumn<R>[];
  widths: number[];
  /** short headers and values in use */
  short: boolean;
}

function cellsOf<R>(cols: AuditColumn<R>[], rows: R[], c: AuditCtx, short: boolean): { headers: string[]; cells: string[][] } {
  const headers = cols.map((col) => (short && col.short?.header ? col.short.header(c) : col.header(c)));
  const cells = rows.map((r) =>
    cols.map((col) => {
      const get = short && col.short?.value ? col.short.value : col.value;
      return formatValue(get(r, c), col.format, c.comma);
    }),
  );
  return { headers, cells };
}

/** Choose the columns, headers and widths of a table for `width` characters. */
export function layoutTable<R>(columns: AuditColumn<R>[], rows: R[], c: AuditCtx, width: number, opts: TableOptions<R> = {}): TableLayout<R> {
  let active = [...columns];
  const keys = opts.keyColumns ?? 0;
  for (;;) {
    let last: TableLayout<R> | null = null;
    for (const short of [false, true]) {
      const { headers, cells } = cellsOf(active, rows, c, short);
      const noted = rows.map((r) => (opts.note ? opts.note(r) : null));
      const widths = active.map((col, j) => {
        let w = textWidth(headers[j]!);
        cells.forEach((row, i) => {
          if (noted[i] !== null && j >= keys) return;
          w = Math.max(w, textWidth(row[j]!));
        });
        return col.max !== undefined ? Math.min(w, Math.max(col.max, col.shrink ?? 0)) : w;
      });
      const total = () => widths.reduce((a, b) => a + b, 0) + SEP.length * (widths.length - 1);
      if (total() <= width) return { columns: active, widths, short };
      if (short) {
        // cut the widest text column that may give way, one character at a time
        while (total() > width) {
          let best = -1;
          active.forEach((col, j) => {
            if (col.shrink !== undefined && widths[j]! > col.shrink && (best < 0 || widths[j]! > widths[best]!)) best = j;
          });
          if (best < 0) break;
          widths[best]!--;
        }
        last = { columns: active, widths, short };
        if (total() <= width) return last;
      }
    }
    const droppable = active.filter((col) => col.drop !== undefined);
    if (droppable.length === 0) return last!;
    const top = Math.max(...droppable.map((col) => col.drop!));
    const gone = droppable.filter((col) => col.drop === top).pop()!;
    active = active.filter((col) => col !== gone);
  }
}

/** A line cut to `width` visible characters, colour codes kept (and closed). */
function cutAnsi(line: string, width: number): string {
  let shown = 0;
  let out = '';

  for (const part of line.split(/(\u001b\[[0-9;]*m)/)) {
    if (part.startsWith('\u001b[')) {
      out += part;
      continue;
    }
    const chars = [...part];
    const take = chars.slice(0, Math.max(0, width - shown));
    out += take.join('');
    shown += take.length;
  }
  return out.includes('\u001b[') ? `${out}\u001b[0m` : out;
}

const paint = (chalk: ChalkInstance, tone: Tone, s: string) => (tone === 'ok' ? chalk.green(s) : tone ? chalk.yellow(s) : s);

/** A table as lines of at most `width` characters (before colour). */
export function renderTable<R>(columns: AuditColumn<R>[], rows: R[], c: AuditCtx, width: number, chalk: ChalkInstance, opts: TableOptions<R> = {}): string[] {
  const { columns: cols, widths, short } = layoutTable(columns, rows, c, width, opts);
  const { headers, cells } = cellsOf(cols, rows, c, short);
  const keys = opts.keyColumns ?? 0;
  const pad = (s: string, w: number, right: boolean) => {
    const t = truncate(s, w);
    const fill = ' '.repeat(Math.max(0, w - textWidth(t)));
    return right ? fill + t : t + fill;
  };
  const isNumber = (col: AuditColumn<R>) => col.format !== 'text';
  const trimEnd = (s: string) => s.replace(/\s+$/, '');
  const out: string[] = [];
  out.push(chalk.bold(trimEnd(cols.map((col, j) => pad(headers[j]!, widths[j]!, isNumber(col))).join(SEP))));
  const total = widths.reduce((a, b) => a + b, 0) + SEP.length * (widths.length - 1);
  out.push('─'.repeat(Math.min(total, width)));
  rows.forEach((r, i) => {
    const note = opts.note ? opts.note(r) : null;
    const parts: string[] = [];
    for (let j = 0; j < cols.length; j++) {
      const col = cols[j]!;
      if (note !== null && j === keys) {
        const room = widths.slice(j).reduce((a, b) => a + b, 0) + SEP.length * (widths.length - j - 1);
        parts.push(pad(note, room, false));
        break;
      }
      let text = cells[i]![j]!;
      if (i > 0 && opts.blankRepeats?.includes(col.id) && opts.continues?.(r, rows[i - 1]!)) text = '';
      parts.push(paint(chalk, col.tone ? col.tone(r, c) : null, pad(text, widths[j]!, isNumber(col))));
    }
    const line = trimEnd(parts.join(SEP));
    out.push(opts.bold?.(r) ? chalk.bold(line) : line);
  });
  // nothing left to give way (a very narrow screen): the lines are cut at the width
  if (total <= width) return out;
  return out.map((l) => cutAnsi(l, width));
}
