/**
 * Text from the data (names, units, headers, file names) may hold control characters — ESC, BEL,
 * BS, CR, bidi overrides — that a terminal would act on. What talenta prints for people shows them
 * escaped instead (`\x1b`, `\x07`, `\u202e`); only the line breaks and the colours talenta adds
 * itself reach the terminal as they are.
 */
import { Chalk, type ChalkInstance } from 'chalk';

/** C0 controls but LF, DEL, C1 controls, and the bidi embedding/override/isolate characters. */
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).padStart(width, '0');

/** Every control character (but LF) written as a visible escape. */
export function escapeControls(s: string): string {
  return s.replace(CONTROL, (c) => (c.charCodeAt(0) <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

const SGR = /\x1b\[[0-9;]*m/y;

/**
 * Render for the terminal with control characters from the data escaped. With colour, the
 * renderer runs twice: without colour (the content) and with it; what the coloured text adds to
 * the content is the renderer's own SGR colour codes, kept; everything else is content, escaped.
 */
export function renderSafely(render: (chalk: ChalkInstance) => string, chalk: ChalkInstance): string {
  if (chalk.level === 0) return escapeControls(render(chalk));
  const plain = render(new Chalk({ level: 0 }));
  const coloured = render(chalk);
  let out = '';
  let i = 0;
  let j = 0;
  while (j < coloured.length) {
    const c = coloured[j]!;
    if (c === '\x1b') {
      SGR.lastIndex = j;
      const m = SGR.exec(coloured);
      // a colour code the content does not hold at this point was added by the renderer
      if (m && !plain.startsWith(m[0], i)) {
        out += m[0];
        j += m[0].length;
        continue;
      }
    }
    out += escapeControls(c);
    if (plain[i] === c) i++;
    j++;
  }
  return out;
}
