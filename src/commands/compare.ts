/**
 * `talenta compare <earlier> <later> [more…]`: what changed between earlier runs of classify.
 * (Registered by src/cli/commands/compare.ts; this module is imported when the command runs.)
 */
import { join, resolve } from 'node:path';
import type { Io } from './shared/io.js';
import { holdForTests, truncatedWarning, writeOut } from './options.js';
import { terminalWidth } from '../output/width.js';

export interface CompareCliOptions {
  label?: string[];
  output?: string;
  force?: boolean;
  json?: boolean;
  xlsx?: boolean;
  top?: string;
  lang?: string;
  color?: boolean;
  quiet?: boolean;
}

/** Output file names (stable). */
const COMPARE_FILES = {
  xlsx: 'perbandingan-talenta.xlsx',
  json: 'perbandingan-talenta.json',
  matrix: 'transisi.csv',
  moves: 'perpindahan.csv',
  paths: 'jalur.csv',
} as const;

export async function runCompare(inputs: string[], o: CompareCliOptions, io: Io): Promise<number> {
  const [{ resolveLang, COMPARE_MSG, COMPARE_UI, fillText, tr }, { UsageError, EXIT }] = await Promise.all([import('../i18n.js'), import('../errors.js')]);
  const lang = resolveLang(o.lang, io.env);
  const msg = (k: keyof typeof COMPARE_MSG, p: Record<string, string | number> = {}) => fillText(COMPARE_MSG[k][lang], p);
  if (inputs.length < 2) throw new UsageError(msg('fewInputs', { n: inputs.length }));
  const labels = o.label ?? [];
  if (labels.length > inputs.length) throw new UsageError(msg('manyLabels', { labels: labels.length, n: inputs.length }));
  if (labels.some((l) => l.trim() === '')) throw new UsageError(msg('emptyLabel'));
  if (inputs.filter((p) => p === '-').length > 1) throw new UsageError(msg('oneStdin'));
  const top = o.top === undefined ? 10 : Number(o.top);
  if (!Number.isInteger(top) || top < 0) throw new UsageError(msg('top', { v: String(o.top) }));

  const [{ readRun, dateInPath }, { compare }] = await Promise.all([import('../io/read-run.js'), import('../core/compare.js')]);
  type Run = import('../core/compare.js').Run;
  const runs: Run[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const r = await readRun(inputs[i]!, { lang, stdin: io.stdin });
    const given = labels[i]?.trim();
    const fromPath = dateInPath(r.file);
    const [label, labelFrom]: [string, Run['labelFrom']] = given ? [given, 'option'] : r.asOf ? [r.asOf, 'asOf'] : fromPath ? [fromPath, 'path'] : [r.file, 'file'];
    runs.push({ ...r, label, labelFrom });
  }
  const result = compare(runs);
  const ctx = { lang, human: true, result };
  const contract = { ...ctx, human: false };

  if (o.output !== undefined) {
    const [csv, { compareJsonText }, { ReportSet }] = await Promise.all([import('../output/compare-csv.js'), import('../output/compare-json.js'), import('../io/atomic.js')]);
    const { matrixCells, MATRIX_COLUMNS, moveRows, pathColumns } = await import('../output/compare-model.js');
    const dir = resolve(o.output);
    const { prepareOutputDir } = await import('../io/output-dir.js');
    await prepareOutputDir(
      dir,
      runs.map((r) => r.file),
      new Set<string>(Object.values(COMPARE_FILES)),
      Boolean(o.force),
      msg,
      lang,
    );
    // the whole set under temporary names first, then renamed together (src/io/atomic.ts)
    const set = new ReportSet({ lang, ...(io.writeFs ? { fs: io.writeFs } : {}) });
    let truncatedCells = 0;
    try {
      await csv.writeCompareCsv(join(dir, COMPARE_FILES.matrix), MATRIX_COLUMNS, matrixCells(result.pairs), contract, set);
      await csv.writeCompareCsv(
        join(dir, COMPARE_FILES.moves),
        csv.CSV_MOVE_COLUMNS,
        moveRows(result.pairs, (p) => p.everyone),
        contract,
        set,
      );
      if (result.paths) await csv.writeCompareCsv(join(dir, COMPARE_FILES.paths), pathColumns(result), result.paths, contract, set);
      await set.write(join(dir, COMPARE_FILES.json), async (write) => {
        await write(compareJsonText(result, { toolVersion: io.version, lang }));
      });
      if (o.xlsx !== false) {
        const { writeCompareXlsx } = await import('../output/compare-xlsx.js');
        truncatedCells = await writeCompareXlsx(join(dir, COMPARE_FILES.xlsx), ctx, { toolVersion: io.version }, set);
      }
      set.stale = [...(o.xlsx === false ? [COMPARE_FILES.xlsx] : []), ...(result.paths ? [] : [COMPARE_FILES.paths])].map((f) => join(dir, f));
      await holdForTests(io.env);
      set.commit();
    } catch (err) {
      await set.discard();
      throw err;
    }
    if (!o.quiet) io.stderr.write(`${tr(COMPARE_UI.wrote, lang)} ${dir}\n`);
    if (truncatedCells > 0) {
      io.stderr.write(truncatedWarning(truncatedCells, COMPARE_FILES.xlsx, lang));
    }
  }
  if (o.json) {
    const { compareJsonText } = await import('../output/compare-json.js');
    await writeOut(io.stdout, compareJsonText(result, { toolVersion: io.version, lang }));
  } else if (!o.quiet) {
    const [{ colorEnabled, makeChalk }, { renderCompareTerminal }] = await Promise.all([import('../output/terminal.js'), import('../output/compare-terminal.js')]);
    const chalk = makeChalk(colorEnabled(io.stdout, io.env, o.color));
    const { renderSafely } = await import('../output/terminal-safe.js');
    await writeOut(
      io.stdout,
      renderSafely((ch) => renderCompareTerminal(result, lang, ch, { top, filesWritten: o.output !== undefined, width: terminalWidth(io.stdout, io.env) }), chalk),
    );
  }
  return EXIT.OK;
}
