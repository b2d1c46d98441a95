/**
 * Terminal rendering of `talenta compare`: the inputs, the notes (profile changes first), per
 * pair of consecutive runs the key numbers, the transition matrix and the top of each list, and
 * with three runs or more the stuck employees and the most frequent paths. Full lists are in the
 * -o files; here each list shows its first `top` entries.
 */
import type { ChalkInstance } from 'chalk';
import { COMPARE_GRID, NOT_IN_ROSTER, NOT_MAPPED, STATES, type CompareResult, type Move, type Pair } from '../core/compare.js';
import { COMPARE_UI, fillText, tr, WORD, type Lang } from '../i18n.js';
import { escapeControls } from './terminal-safe.js';
import { DEFAULT_WIDTH, displayWidth, pad, truncate, wrapLine } from './width.js';
import { causeText, noteText, profileText, stateShort } from './compare-model.js';

const isBox = (s: string) => s !== NOT_MAPPED && s !== NOT_IN_ROSTER;

export interface CompareTerminalOptions {
  top: number;
  /** -o was given: "all of them in the files" */
  filesWritten: boolean;
  /** the terminal's width (src/output/width.ts); default 80 */
  width?: number;
}

/**
 * Fitted to `opts.width`: names get the room the width leaves (up to 40 columns), causes and units
 * are cut with `…`, other long lines wrap.
 */
export function renderCompareTerminal(result: CompareResult, lang: Lang, chalk: ChalkInstance, opts: CompareTerminalOptions): string {
  const width = opts.width ?? DEFAULT_WIDTH;
  // nip 18, name, arrow 11, cause: the name takes a quarter of what is left, 14 to 40 columns
  const nameW = Math.max(14, Math.min(40, Math.floor((width - 2 - 18 - 2 - 2 - 11 - 2) / 3)));
  const causeW = Math.max(10, width - (2 + 18 + 2 + nameW + 2 + 11 + 2));
  const ui = COMPARE_UI;
  const t = (k: keyof typeof COMPARE_UI, params?: Record<string, string | number>) => (params ? fillText(tr(ui[k], lang), params) : tr(ui[k], lang));
  const out: string[] = [];
  const runs = result.runs;
  out.push(chalk.bold(`${t('title')}: ${runs.map((r) => r.label).join(' → ')}`));
  const paint = (box: string, text: string) => {
    if (!isBox(box)) return text;
    const g = COMPARE_GRID.group(Number(box));
    return g === 'pool' ? chalk.green(text) : g === 'middle' ? chalk.yellow(text) : chalk.red(text);
  };

  // ---- inputs ----
  const labelWidth = Math.max(...runs.map((r) => r.label.length));
  runs.forEach((r, i) => {
    out.push(`  ${i + 1}  ${chalk.bold(r.label.padEnd(labelWidth))}  ${r.file} (${r.format.toUpperCase()})`);
    const profile = r.profile ? profileText(r.profile, lang) : chalk.yellow(profileText(r.profile, lang));
    out.push(`     ${' '.repeat(labelWidth)}  ${profile} · ${r.employees} ${t('employees')}, ${r.mapped} ${t('mapped')}, ${t('poolSize')} ${r.talentPool}`);
  });
  const general = result.notes.filter((n) => n.pair === undefined);
  for (const n of general) out.push(chalk.yellow(`! ${noteText(n, lang)}`));

  // ---- pairs ----
  result.pairs.forEach((pair, pi) => {
    const a = runs[pair.from]!;
    const b = runs[pair.to]!;
    out.push('');
    out.push(chalk.bold(`── ${a.label} → ${b.label} ──`));
    for (const n of result.notes.filter((x) => x.pair === pi)) {
      out.push((n.code === 'PROFIL_BERBEDA' ? chalk.yellow.bold : chalk.yellow)(`! ${noteText(n, lang)}`));
    }
    out.push(...keyNumbers(pair, lang, chalk));
    out.push('');
    out.push(chalk.bold(`${t('matrix')}`) + ` (${t('matrixAxes', { from: a.label, to: b.label })})`);
    out.push(...matrixLines(pair, lang, chalk));
    out.push(chalk.dim(t('matrixLegend')));
    const lists: [keyof typeof COMPARE_UI, Move[]][] = [
      ['enteredPool', pair.enteredPool],
      ['leftPool', pair.leftPool],
      ['bigMoves', pair.bigMoves],
      ['againstDirection', pair.againstDirection],
      ['newInRoster', pair.newInRoster],
      ['goneFromRoster', pair.goneFromRoster],
      ['newlyMapped', pair.newlyMapped],
      ['newlyNotMapped', pair.newlyNotMapped],
    ];
    const empty: string[] = [];
    for (const [k, moves] of lists) {
      if (moves.length === 0) {
        empty.push(lowerFirst(t(k)));
        continue;
      }
      out.push('');
      const same = moves.filter((m) => m.scoresUnchanged).length;
      out.push(chalk.bold(`${t(k)} (${moves.length}${same > 0 ? `; ${t('withSameScores', { n: same })}` : ''})`));
      const omitRoster = k === 'newInRoster' || k === 'goneFromRoster';
      for (const m of moves.slice(0, opts.top)) out.push(moveLine(m, lang, paint, omitRoster, nameW, causeW));
      if (moves.length > opts.top) out.push(chalk.dim(`  ${t(opts.filesWritten ? 'moreInFiles' : 'more', { n: moves.length - opts.top })}`));
    }
    if (empty.length > 0) {
      out.push('');
      out.push(chalk.dim(`${t('noneOf')}: ${empty.join(' · ')}.`));
    }
  });

  // ---- three runs or more ----
  if (result.paths && result.stuck && result.commonPaths) {
    out.push('');
    out.push(chalk.bold(`── ${t('acrossRuns', { n: runs.length })}: ${runs.map((r) => r.label).join(' → ')} ──`));
    const mappedAlways = result.paths.filter((p) => p.states.every(isBox)).length;
    out.push(`${chalk.bold(t('stuck'))}: ${t('stuckOf', { n: result.stuck.length, m: mappedAlways })}`);
    const perBox = STATES.filter(isBox)
      .map((s) => [s, result.stuck!.filter((p) => p.states[0] === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${paint(s, s)}: ${n}`);
    if (perBox.length > 0) out.push(`  ${t('perBox')}: ${perBox.join(' · ')}`);
    if (result.stuck.length > 0) {
      out.push(`  ${t('stuckLowest')}:`);
      for (const p of result.stuck.slice(0, opts.top)) {
        const box = `${tr(ui.box, lang).toLowerCase()} ${p.states[0]}`;
        const unitW = Math.max(10, width - (2 + 18 + 2 + nameW + 2 + displayWidth(box) + 2));
        out.push(`  ${p.nip.padEnd(18)}  ${pad(truncate(escapeControls(p.nama), nameW), nameW)}  ${paint(p.states[0]!, box)}  ${truncate(escapeControls(p.unorInduk), unitW)}`);
      }
      if (result.stuck.length > opts.top) {
        out.push(chalk.dim(`  ${t(opts.filesWritten ? 'moreInFiles' : 'more', { n: result.stuck.length - opts.top })}`));
      }
    }
    if (result.commonPaths.length > 0) {
      out.push(chalk.bold(`${t('commonPaths')}:`));
      for (const p of result.commonPaths.slice(0, opts.top)) {
        out.push(`  ${String(p.count).padStart(5)}  ${p.states.map((s) => paint(s, stateShort(s, lang))).join(' → ')}`);
      }
    }
  }
  return out.flatMap((l) => wrapLine(l, width, 4)).join('\n') + '\n';
}

function keyNumbers(pair: Pair, lang: Lang, chalk: ChalkInstance): string[] {
  const s = pair.totals;
  const n = (x: number) => chalk.bold(String(x));
  const w = (k: keyof typeof WORD) => tr(WORD[k], lang);
  const against = s.againstDirection > 0 ? chalk.red.bold(String(s.againstDirection)) : n(0);
  return [
    `${w('employeesCap')} ${s.from} → ${s.to} · talent pool ${s.poolFrom} → ${s.poolTo} ` + `(${w('into')} ${n(s.enteredPool)}, ${w('outOf')} ${n(s.leftPool)})`,
    `${w('boxesCap')}: ${w('same')} ${n(s.same)} · ${w('up')} ${n(s.up)} · ${w('down')} ${n(s.down)} · ` + `${w('twoOrMore')} ${n(s.bigMoves)} · ${w('againstScores')} ${against}`,
    `Roster: ${w('newInRoster')} ${n(s.newInRoster)} · ${w('gone')} ${n(s.goneFromRoster)} · ` +
      `${w('newlyMapped')} ${n(s.newlyMapped)} · ${w('newlyNotMapped')} ${n(s.newlyNotMapped)}`,
  ];
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function matrixLines(pair: Pair, lang: Lang, chalk: ChalkInstance): string[] {
  const W = 5;
  const head = STATES.map((s) => stateShort(s, lang));
  const rowHead = (s: string) => s.padStart(6);
  const lines: string[] = [];
  const colTotals = new Array<number>(STATES.length).fill(0);
  lines.push(`${rowHead('')} ${head.map((x) => x.padStart(W)).join('')} │ ${tr(COMPARE_UI.total, lang).padStart(6)}`);
  STATES.forEach((from, i) => {
    const row = pair.matrix[i]!;
    const total = row.reduce((x, y) => x + y, 0);
    const cells = row.map((n, j) => {
      colTotals[j]! += n;
      if (from === NOT_IN_ROSTER && STATES[j] === NOT_IN_ROSTER) return ' '.repeat(W);
      const text = (n === 0 ? '·' : String(n)).padStart(W);
      if (n === 0) return chalk.dim(text);
      if (i === j) return chalk.bold(text);
      if (isBox(from) && isBox(STATES[j]!)) return j < i ? chalk.green(text) : chalk.red(text);
      return text;
    });
    lines.push(`${rowHead(head[i]!)} ${cells.join('')} │ ${String(total).padStart(6)}`);
  });
  const all = colTotals.reduce((x, y) => x + y, 0);
  lines.push(`${' '.repeat(7)}${'─'.repeat(W * STATES.length)}─┼─${'─'.repeat(6)}`);
  lines.push(`${rowHead(tr(COMPARE_UI.total, lang))} ${colTotals.map((n) => String(n).padStart(W)).join('')} │ ${String(all).padStart(6)}`);
  return lines;
}

function moveLine(m: Move, lang: Lang, paint: (box: string, text: string) => string, omitRoster: boolean, nameW: number, causeW: number): string {
  const from = stateShort(m.from, lang);
  const to = stateShort(m.to, lang);
  const arrow = `${paint(m.from, from.padStart(4))} → ${paint(m.to, to.padEnd(4))}`;
  // in the roster lists the cause is mostly "joined/left": show where instead
  const cause = truncate(escapeControls(causeText(m, lang, { omitRoster }) || m.unorInduk), causeW);
  return `  ${m.nip.padEnd(18)}  ${pad(truncate(escapeControls(m.nama), nameW), nameW)}  ${arrow}  ${cause}`;
}
