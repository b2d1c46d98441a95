/**
 * Fitting terminal output to the terminal's width: the width to use, the display width
 * of a string (colour codes take no room, wide CJK characters two columns, combining marks none),
 * truncation with an ellipsis, word wrapping, and the column widths of a table that has to fit.
 */

/** The width to fit: the terminal's when stdout is one, else $COLUMNS, else 80. */
export const DEFAULT_WIDTH = 80;
/** Narrower than this, output is laid out for this width anyway (and may wrap). */
const MIN_WIDTH = 40;

export function terminalWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number {
  const tty = stream.isTTY && typeof stream.columns === 'number' && stream.columns > 0 ? stream.columns : undefined;
  const fromEnv = /^\d+$/.test(env.COLUMNS ?? '') ? Number(env.COLUMNS) : undefined;
  const w = tty ?? (fromEnv && fromEnv > 0 ? fromEnv : DEFAULT_WIDTH);
  return Math.max(MIN_WIDTH, w);
}

const ANSI = /\x1b\[[0-9;]*m/g;
/** Combining marks (the common blocks) and the zero-width spaces and joiners: no column of their own. */
function zeroWidth(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f)
  );
}

function charWidth(cp: number): number {
  if (cp < 0x1100) return 1;
  // East Asian Wide and Fullwidth ranges (the common ones)
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** Columns a string takes on a terminal (colour codes removed). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s.replace(ANSI, '')) {
    const cp = ch.codePointAt(0)!;
    if (!zeroWidth(cp)) w += charWidth(cp);
  }
  return w;
}

/** At most `width` columns, cut with `…` (plain text: no colour codes inside). */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  if (width <= 0) return '';
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const cw = zeroWidth(cp) ? 0 : charWidth(cp);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** Pad to `width` display columns (left-aligned, or right-aligned with `right`). */
export function pad(s: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

/**
 * Word-wrap one line to `width`: the continuation lines are indented like the line plus `hang`
 * spaces. A word longer than the room is cut into pieces. Colour codes stay with their word.
 */
export function wrapLine(line: string, width: number, hang = 2): string[] {
  if (displayWidth(line) <= width) return [line];
  const indent = (/^ */.exec(line.replace(ANSI, ''))?.[0].length ?? 0) + hang;
  const lead = ' '.repeat(Math.min(indent, Math.floor(width / 2)));
  const words = line.trimStart().split(' ');
  const out: string[] = [];
  let cur = line.slice(0, line.length - line.trimStart().length);
  let curW = displayWidth(cur);
  let fresh = true;
  const flush = () => {
    out.push(cur.replace(/ +$/, ''));
    cur = lead;
    curW = lead.length;
    fresh = true;
  };
  for (let word of words) {
    let ww = displayWidth(word);
    const sep = fresh ? 0 : 1;
    if (curW + sep + ww <= width) {
      cur += (fresh ? '' : ' ') + word;
      curW += sep + ww;
      fresh = false;
      continue;
    }
    if (!fresh) flush();
    // a word wider than a whole line: cut it
    while (curW + ww > width && !/\x1b/.test(word)) {
      const room = width - curW;
      const chars = [...word];
      let piece = '';
      let pw = 0;
      while (chars.length > 0 && pw + charWidth(chars[0]!.codePointAt(0)!) <= room) {
        const c = chars.shift()!;
        piece += c;
        pw += charWidth(c.codePointAt(0)!);
      }
      if (piece === '') break;
      cur += piece;
      curW += pw;
      word = chars.join('');
      ww = displayWidth(word);
      flush();
    }
    if (word !== '') {
      cur += word;
      curW += ww;
      fresh = false;
    }
  }
  if (!fresh || out.length === 0) out.push(cur.replace(/ +$/, ''));
  return out;
}

/** Every line of a text wrapped to `width` (see wrapLine). */
export function wrapText(text: string, width: number, hang = 2): string {
  return text
    .split('\n')
    .flatMap((l) => wrapLine(l, width, hang))
    .join('\n');
}

/** Parts joined by `sep` on as few lines as fit; a part never splits across lines unless it alone is too wide. */
export function joinFit(parts: string[], sep: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const p of parts) {
    const next = cur === '' ? p : `${cur}${sep}${p}`;
    if (cur !== '' && displayWidth(next) > width) {
      lines.push(cur);
      cur = indent + p;
    } else cur = next;
  }
  if (cur !== '') lines.push(cur);
  return lines.flatMap((l) => wrapLine(l, width, indent.length || 2));
}

export interface FitColumn {
  /** widest content (header included) */
  natural: number;
  /** narrowest it may get by truncation (= natural: never shrinks) */
  min?: number;
  /** dropped when the table does not fit even at the minimum widths, higher first; undefined: never */
  drop?: number;
}

/**
 * Column widths for a table of `width` columns whose every column costs `overhead` columns beside
 * its content (borders, padding), plus `fixed` once. Columns are dropped (highest `drop` first)
 * until the minimum widths fit, then the widest shrinkable column gives up one column at a time.
 * Returns each column's width, or null for a dropped column.
 */
export function fitColumns(cols: FitColumn[], width: number, overhead: number, fixed: number): (number | null)[] {
  const w: (number | null)[] = cols.map((c) => c.natural);
  const total = () => fixed + w.reduce<number>((s, x) => (x === null ? s : s + x + overhead), 0);
  const minTotal = () => fixed + cols.reduce((s, c, i) => (w[i] === null ? s : s + (c.min ?? c.natural) + overhead), 0);
  while (minTotal() > width) {
    let best = -1;
    cols.forEach((c, i) => {
      if (w[i] !== null && c.drop !== undefined && (best < 0 || c.drop > cols[best]!.drop!)) best = i;
    });
    if (best < 0) break;
    w[best] = null;
  }
  while (total() > width) {
    let best = -1;
    cols.forEach((c, i) => {
      const x = w[i];
      if (x !== null && x !== undefined && x > (c.min ?? c.natural) && (best < 0 || x > w[best]!)) best = i;
    });
    if (best < 0) break;
    w[best] = w[best]! - 1;
  }
  return w;
}
