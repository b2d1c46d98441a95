/** Terminal rendering: the 3×3 grid, the top of the talent pool, not-mapped counts, problems. */
import { fmtInt, fmtNum } from './numbers.js';
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Ctx } from './model.js';
import { gridOf, POTENTIAL_COLUMNS } from '../core/grid.js';
import { noteText, PERFORMANCE_LABEL, POTENTIAL_LABEL, reasonText, tr, UI, JOB_LEVEL_LABEL } from '../i18n.js';
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


export const TOP_N = 10;

export function renderTerminal(ctx: Ctx, chalk: ChalkInstance, top = TOP_N): string {
  const { result, lang } = ctx;
  const s = result.summary;
  // numbers as the language writes them (src/output/numbers.ts)
  const comma = lang === 'id';
  const int = (n: number) => fmtInt(n, comma);
  const out: string[] = [];
  out.push(chalk.bold(tr(UI.title, lang)));
  out.push(
    `${tr(UI.asOf, lang)}: ${s.asOf} · ${tr(UI.skpYears, lang)}: ${s.skpYears.join(', ')} · ${tr(UI.profile, lang)}: ${result.profile.id} v${result.profile.version} #${ctx.profileHash.slice(0, 8)}`,
  );
  const boxes = gridOf(ctx.profile);
  const paint = (b: number | null, text: string) => {
    if (b === null) return text;
    const g = boxes.group(b);
    return g === 'pool' ? chalk.green.bold(text) : g === 'middle' ? chalk.yellow(text) : chalk.red(text);
  };
  const grid = new Table({
    head: [
      `${tr(UI.performanceAxis, lang)} ↑ / ${tr(UI.potentialAxis, lang)} →`,
      ...POTENTIAL_COLUMNS.map((lv) => POTENTIAL_LABEL[lv][lang]),
    ],
    style: { head: [], border: [] },
  });
  for (const line of boxes.rows) {
    grid.push([
      PERFORMANCE_LABEL[line.performance][lang],
      ...line.cells.map(({ box: b }) => {
        const n = s.grid[String(b)] ?? 0;
        const share = fmtNum(s.mapped ? (100 * n) / s.mapped : 0, 1, comma);
        return paint(b, `[${b}] ${int(n)} (${share}%)`);
      }),
    ]);
  }
  out.push(grid.toString());
  out.push(
    `${tr(UI.employees, lang)}: ${int(s.employees)} · ${tr(UI.mapped, lang)}: ${int(s.mapped)} · ${tr(UI.notMapped, lang)}: ${int(s.notMapped)} · ${tr(UI.talentPool, lang)}: ${int(s.talentPool)}`,
  );
  const nm = Object.entries(s.notMappedByReason);
  if (nm.length > 0) {
    out.push(chalk.bold(`${tr(UI.notMapped, lang)}:`));
    for (const [code, n] of nm) out.push(`  ${code.padEnd(18)} ${int(n).padStart(9)}  ${reasonText(code, lang)}`);
  }
  const ex = Object.entries(s.excludedFromPoolByReason);
  if (ex.length > 0) {
    out.push(chalk.bold(`${tr(UI.excluded, lang)}:`));
    for (const [code, n] of ex) out.push(`  ${code.padEnd(18)} ${int(n).padStart(9)}  ${reasonText(code, lang)}`);
  }
  const unchecked = Object.entries(uncheckedRuleCounts(result));
  if (unchecked.length > 0) {
    out.push(chalk.bold(chalk.yellow(`${tr(UI.unchecked, lang)}:`)));
    for (const [code, n] of unchecked) out.push(`  ${code.padEnd(18)} ${int(n).padStart(9)}  ${noteText(UNCHECKED_NOTE + code, lang)}`);
  }
  if (result.pool.length === 0) {
    out.push(tr(UI.noPool, lang));
  } else {
    out.push(chalk.bold(`${tr(UI.topPool, lang)} (${int(Math.min(top, result.pool.length))}/${int(result.pool.length)}):`));
    const t = new Table({
      head: ['#', tr(UI.box, lang), 'NIP', lang === 'en' ? 'Name' : 'Nama', lang === 'en' ? 'Target' : 'Target', 'OPD', lang === 'en' ? 'Score' : 'Nilai'],
      style: { head: [], border: [] },
      chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    });
    for (const i of result.pool.slice(0, top)) {
      const e = result.employees[i]!;
      t.push([
        int(e.rank ?? 0),
        paint(e.box, String(e.box)),
        e.nip,
        truncate(e.nama, 28),
        e.targetLevel ? tr(JOB_LEVEL_LABEL[e.targetLevel], lang) : '–',
        truncate(e.unorInduk, 26),
        fmtNum(e.talentScore, 2, comma),
      ]);
    }
    out.push(t.toString());
  }
  const rc = ctx.reconciliation;
  if (rc) {
    out.push(
      lang === 'en'
        ? `Reconciliation with the upstream box: ${int(rc.compared)} compared, ${int(rc.agree)} agree, ${int(rc.disagree.length)} differ (see the Reconciliation sheet)`
        : `Rekonsiliasi dengan kotak hulu: ${int(rc.compared)} dibandingkan, ${int(rc.agree)} sama, ${int(rc.disagree.length)} berbeda (lihat sheet Rekonsiliasi)`,
    );
  }
  const problems = `${tr(UI.dataProblems, lang)}: ${int(s.issues.error)} error, ${int(s.issues.warning)} warning, ${int(s.issues.info)} info`;
  out.push(s.issues.error > 0 ? chalk.red(problems) : s.issues.warning > 0 ? chalk.yellow(problems) : problems);
  return out.join('\n') + '\n';
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
