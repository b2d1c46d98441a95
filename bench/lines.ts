/**
 * Streaming readers for the bench's comparisons: files of several GB are read in 1 MB chunks and
 * handed on one line (or one CSV record) at a time, so the bench process stays small.
 */
import { createReadStream } from 'node:fs';

/**
 * Call `onLine` for every line of a file (a leading UTF-8 BOM dropped, `\r\n` or `\n` endings).
 * `onLine` returning false stops the reading.
 *
 * By default the bytes are read as latin1, which is several times faster than decoding UTF-8 and
 * keeps the strings one byte per character: the comparisons only look at ASCII (quotes, commas,
 * braces, digits, the JSON keys), and no byte of a multi-byte UTF-8 character is ASCII, so the
 * structure and the NIPs read the same; text with non-ASCII characters comes out garbled (read
 * with 'utf8' where it is shown).
 */
export async function forEachLine(file: string, onLine: (line: string) => boolean | void, encoding: 'latin1' | 'utf8' = 'latin1'): Promise<void> {
  const stream = createReadStream(file, { encoding, highWaterMark: 1 << 20 });
  let carry = '';
  let first = true;
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      let s = carry + chunk;
      if (first) {
        if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
        else if (s.startsWith('\u00ef\u00bb\u00bf')) s = s.slice(3);
        first = false;
      }
      let start = 0;
      for (;;) {
        const nl = s.indexOf('\n', start);
        if (nl < 0) break;
        const end = nl > start && s.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        if (onLine(s.slice(start, end)) === false) return;
        start = nl + 1;
      }
      carry = start === 0 ? s : s.slice(start);
    }
    if (carry !== '') onLine(carry.endsWith('\r') ? carry.slice(0, -1) : carry);
  } finally {
    stream.destroy();
  }
}

/**
 * Split one CSV record (RFC 4180: `,` separator, `"` quoting, `""` inside quotes) into `out`.
 * Only the columns with `want[i]` true are sliced out (the others are left undefined); without
 * `want`, every column is. Returns the number of fields, or -1 when the text ends inside a quoted
 * field (the record goes on after a line break).
 */
export function splitCsv(s: string, out: (string | undefined)[], want?: readonly boolean[]): number {
  const n = s.length;
  let i = 0;
  let k = 0;
  for (;;) {
    const take = want === undefined || want[k] === true;
    if (i < n && s.charCodeAt(i) === 34) {
      let j = i + 1;
      let val = '';
      for (;;) {
        const q = s.indexOf('"', j);
        if (q < 0) return -1;
        if (s.charCodeAt(q + 1) === 34) {
          if (take) val += s.slice(j, q + 1);
          j = q + 2;
          continue;
        }
        if (take) val += s.slice(j, q);
        i = q + 1;
        break;
      }
      out[k++] = take ? val : undefined;
      // after the closing quote: a separator, the end, or (lenient) text up to the next separator
      if (i >= n) break;
      const c = s.charCodeAt(i) === 44 ? i : s.indexOf(',', i);
      if (c < 0) break;
      i = c + 1;
      continue;
    }
    const c = s.indexOf(',', i);
    if (c < 0) {
      out[k++] = take ? s.slice(i) : undefined;
      break;
    }
    out[k++] = take ? s.slice(i, c) : undefined;
    i = c + 1;
  }
  out.length = k;
  return k;
}

/**
 * Call `onHeader` with the first record of a CSV file (it returns the columns to slice out of the
 * others, or undefined for all of them), then `onRecord` for every other non-blank record with its
 * first line number. Quoted fields may span lines.
 */
export async function forEachCsvRecord(
  file: string,
  onHeader: (header: string[]) => readonly boolean[] | undefined,
  onRecord: (fields: readonly (string | undefined)[], line: number) => void,
): Promise<void> {
  const fields: (string | undefined)[] = [];
  let want: readonly boolean[] | undefined;
  let header = true;
  let pending: string | null = null;
  let lineNo = 0;
  let startLine = 0;
  await forEachLine(file, (line) => {
    lineNo++;
    let text = line;
    if (pending === null) startLine = lineNo;
    else text = `${pending}\n${line}`;
    if (text === '') return;
    if (splitCsv(text, fields, header ? undefined : want) < 0) {
      pending = text;
      return;
    }
    pending = null;
    if (header) {
      header = false;
      want = onHeader(fields.map((f) => f ?? ''));
      return;
    }
    onRecord(fields, startLine);
  });
  if (pending !== null) throw new Error(`${file}: a quoted field opened on line ${startLine} is never closed`);
  if (header) throw new Error(`${file}: empty file (no header)`);
}
