/** Terminal rendering: the 3×3 grid, the top of the talent pool, not-mapped counts, problems. */
import { fmtInt, fmtNum } from './numbers.js';
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Ctx } from './model.js';
import { gridOf, POTENTIAL_COLUMNS } from '../core/grid.js';
import { fillText, noteText, PERFORMANCE_LABEL, POTENTIAL_LABEL, reasonText, TERMINAL_WORDS, tr, UI, JOB_LEVEL_LABEL } from '../i18n.js';
import { escapeControls } from './terminal-safe.js';
import { DEFAULT_WIDTH, displayWidth, fitColumns, joinFit, truncate, wrapLine, type FitColumn } from './width.js';
import { UNCHECKED_NOTE } from '../core/classify.js';
import { uncheckedRuleCounts } from '../core/validate.js';

/** Colour decision: FORCE_COLOR wins; NO_COLOR, --no-color, TERM=dumb and non-TTY turn it off. */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, flag?: boolean): boolean {
  if (flag === false) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return Boolean(stream.isTTY);
}

export function makeChalk(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}

const TOP_N = 10;

/** A table drawn by cli-table3 with the given widths (content widths; null: column dropped). */
function fittedTable(head: string[], rows: string[][], widths: (number | null)[], compact: boolean): string {
  const keep = widths.map((w, i) => (w === null ? -1 : i)).filter((i) => i >= 0);
  const t = new Table({
    head: keep.map((i) => head[i]!),
    colWidths: keep.map((i) => widths[i]! + 2),
    wordWrap: false,
    style: { head: [], border: [] },
    ...(compact ? { chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' } } : {}),
  });
  for (const r of rows) t.push(keep.map((i) => r[i]!));
  return t.toString();
}

/**
 * The classify summary for a terminal `width` columns wide (src/output/width.ts): the grid cells
 * go on two lines and the axis label on two when one line is too wide; the talent-pool table
 * truncates names and units, drops the target level and the unit when it must, and shows the
 * performance and potential scores when there is room.
 */
export function renderTerminal(ctx: Ctx, chalk: ChalkInstance, top = TOP_N, width = DEFAULT_WIDTH): string {
  const { result, lang } = ctx;
  const s = result.summary;
  const w = TERMINAL_WORDS[lang];
  // numbers as the language writes them (src/output/numbers.ts)
  const comma = lang === 'id';
  const int = (n: number) => fmtInt(n, comma);
  const out: string[] = [];
  const line = (text: string) => out.push(...wrapLine(text, width));
  out.push(chalk.bold(tr(UI.title, lang)));
  out.push(
    ...joinFit(
      [
        `${tr(UI.asOf, lang)}: ${s.asOf}`,
        `${tr(UI.skpYears, lang)}: ${s.skpYears.join(', ')}`,
        `${tr(UI.profile, lang)}: ${result.profile.id} v${result.profile.version} #${ctx.profileHash.slice(0, 8)}`,
      ],
      ' · ',
      width,
    ),
  );
  const boxes = gridOf(ctx.profile);
  const paint = (b: number | null, text: string) => {
    if (b === null) return text;
    const g = boxes.group(b);
    return g === 'pool' ? chalk.green.bold(text) : g === 'middle' ? chalk.yellow(text) : chalk.red(text);
  };
  // the grid: one line per cell when it fits, else the share under the count and the axis label on two lines
  const cell = (b: number, sep: string) => {
    const n = s.grid[String(b)] ?? 0;
    return `[${b}] ${int(n)}${sep}(${fmtNum(s.mapped ? (100 * n) / s.mapped : 0, 1, comma)}%)`;
  };
  const rowLabels = boxes.rows.map((l) => PERFORMANCE_LABEL[l.performance][lang]);
  const colLabels = POTENTIAL_COLUMNS.map((lv) => POTENTIAL_LABEL[lv][lang]);
  const axisOne = `${tr(UI.performanceAxis, lang)} ↑ / ${tr(UI.potentialAxis, lang)} →`;
  const axisTwo = `${tr(UI.performanceAxis, lang)} ↑ /\n${tr(UI.potentialAxis, lang)} →`;
  const gridWidth = (axis: string, sep: string) => {
    const first = Math.max(...axis.split('\n').map(displayWidth), ...rowLabels.map(displayWidth));
    const cells = POTENTIAL_COLUMNS.map((_, j) =>
      Math.max(displayWidth(colLabels[j]!), ...boxes.rows.map((l) => Math.max(...cell(l.cells[j]!.box, sep).split('\n').map(displayWidth)))),
    );
    return 1 + [first, ...cells].reduce((a, x) => a + x + 3, 0);
  };
  const layouts: [string, string][] = [
    [axisOne, ' '],
    [axisTwo, ' '],
    [axisTwo, '\n'],
  ];
  const [axis, sep] = layouts.find(([a, c]) => gridWidth(a, c) <= width) ?? layouts[layouts.length - 1]!;
  const grid = new Table({ head: [axis, ...colLabels], style: { head: [], border: [] } });
  for (const l of boxes.rows) grid.push([PERFORMANCE_LABEL[l.performance][lang], ...l.cells.map(({ box: b }) => paint(b, cell(b, sep)))]);
  out.push(grid.toString());
  out.push(
    ...joinFit(
      [
        `${tr(UI.employees, lang)}: ${int(s.employees)}`,
        `${tr(UI.mapped, lang)}: ${int(s.mapped)}`,
        `${tr(UI.notMapped, lang)}: ${int(s.notMapped)}`,
        `${tr(UI.talentPool, lang)}: ${int(s.talentPool)}`,
      ],
      ' · ',
      width,
    ),
  );
  const codeLines = (heading: string, entries: [string, number][], text: (code: string) => string) => {
    if (entries.length === 0) return;
    line(chalk.bold(heading));
    // the code, the count, the text (wrapped under itself); narrow terminals put the text on its own line
    const cw = Math.max(...entries.map(([c]) => c.length));
    for (const [code, n] of entries) {
      const head = `  ${code.padEnd(cw)} ${int(n).padStart(7)}  `;
      const rest = width - head.length;
      if (rest >= 20) {
        const parts = wrapLine(text(code), rest, 0);
        out.push(head + parts[0]!, ...parts.slice(1).map((p) => ' '.repeat(head.length) + p));
      } else {
        out.push(head.trimEnd(), ...wrapLine(`      ${text(code)}`, width, 0));
      }
    }
  };
  codeLines(`${tr(UI.notMapped, lang)}:`, Object.entries(s.notMappedByReason), (c) => reasonText(c, lang));
  codeLines(`${tr(UI.excluded, lang)}:`, Object.entries(s.excludedFromPoolByReason), (c) => reasonText(c, lang));
  const unchecked = Object.entries(uncheckedRuleCounts(result));
  if (unchecked.length > 0) codeLines(chalk.yellow(`${tr(UI.unchecked, lang)}:`), unchecked, (c) => noteText(UNCHECKED_NOTE + c, lang));
  if (result.pool.length === 0) {
    line(tr(UI.noPool, lang));
  } else {
    line(chalk.bold(`${tr(UI.topPool, lang)} (${int(Math.min(top, result.pool.length))}/${int(result.pool.length)}):`));
    const head = ['#', tr(UI.box, lang), 'NIP', w.name, w.target, 'OPD', w.score, w.performance, w.potential];
    const shown = result.pool.slice(0, top).map((i) => result.employees[i]!);
    const rows = shown.map((e) => [
      int(e.rank ?? 0),
      String(e.box),
      e.nip,
      escapeControls(e.nama),
      e.targetLevel ? tr(JOB_LEVEL_LABEL[e.targetLevel], lang) : '–',
      escapeControls(e.unorInduk),
      fmtNum(e.talentScore, 2, comma),
      fmtNum(e.performance.score, 2, comma),
      fmtNum(e.potential.score, 2, comma),
    ]);
    const natural = head.map((h, j) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[j]!))));
    const col = (j: number, min?: number, drop?: number): FitColumn => ({
      natural: natural[j]!,
      ...(min !== undefined ? { min: Math.min(min, natural[j]!) } : {}),
      ...(drop !== undefined ? { drop } : {}),
    });
    // names up to 40 columns and units up to 36 even on a wide terminal; the scores only when there is room
    natural[3] = Math.min(natural[3]!, 40);
    natural[5] = Math.min(natural[5]!, 36);
    const widths = fitColumns([col(0), col(1), col(2), col(3, 14), col(4, 10, 3), col(5, 10, 2), col(6), col(7, undefined, 5), col(8, undefined, 4)], width, 3, 1);
    const cells = rows.map((r, k) => r.map((v, j) => (widths[j] === null ? v : j === 1 ? paint(shown[k]!.box, v) : truncate(v, widths[j]!))));
    out.push(fittedTable(head, cells, widths, true));
  }
  const rc = ctx.reconciliation;
  if (rc) line(fillText(w.reconciliation, { compared: int(rc.compared), agree: int(rc.agree), differ: int(rc.disagree.length) }));
  const problems = `${tr(UI.dataProblems, lang)}: ${int(s.issues.error)} ${w.error}, ${int(s.issues.warning)} ${w.warning}, ${int(s.issues.info)} ${w.info}`;
  line(s.issues.error > 0 ? chalk.red(problems) : s.issues.warning > 0 ? chalk.yellow(problems) : problems);
  return out.join('\n') + '\n';
}
