/** The terminal summary of `talenta suksesi` (stdout, data only; docs/rules.md §12.9). */
import type { SuccessionResult } from '../core/succession/types.js';
import { RISK_LEVELS } from '../core/succession/params.js';
import { LOCALE, fillText, RISK_LABEL, SUCCESSION_UI as U, tr, type Lang } from '../i18n.js';
import type { ChalkInstance } from 'chalk';
import { escapeControls } from './terminal-safe.js';
import { DEFAULT_WIDTH, displayWidth, pad, truncate, wrapLine } from './width.js';

const pct = (x: number | null, lang: Lang) => (x === null ? '–' : `${(x * 100).toLocaleString(LOCALE[lang], { maximumFractionDigits: 1 })} %`);

/** Fitted to `width`: post names get the room left (up to 60 columns, cut with …), long lines wrap. */
export function renderSuccessionTerminal(s: SuccessionResult, lang: Lang, chalk: ChalkInstance, top = 10, width = DEFAULT_WIDTH): string {
  const t = (x: { id: string; en: string }) => x[lang];
  const m = s.summary;
  const p = s.params;
  const out: string[] = [];
  out.push(chalk.bold(t(U.title)));
  out.push(`${t(U.params)}: ${t(U.horizon)} ${p.vacancy.horizonMonths} ${t(U.months)} · ${t(U.candidateBoxes)} ${p.candidateBoxes.join(', ')} · as-of ${s.asOf}`);
  out.push(
    `${t(U.posts)}: ${m.positions} (${t(U.critical)} ${m.critical}; ${t(U.vacantNow)} ${m.vacantNow}; ${t(U.within12)} ${m.openingWithin12}; ${t(U.withinHorizon)} ${m.openingWithinHorizon})`,
  );
  out.push(
    `${t(U.byRisk)}: ${RISK_LEVELS.slice()
      .reverse()
      .map((r) => `${tr(RISK_LABEL[r], lang)} ${m.byRisk[r]}`)
      .join(' · ')}`,
  );
  out.push(`${t(U.coverage)}: ${pct(m.coverage, lang)}; ${t(U.coverageCritical)}: ${pct(m.coverageCritical, lang)}`);
  out.push(`${t(U.coverageOpening)}: ${pct(m.coverageOpening, lang)}`);
  out.push(`${t(U.pairs)}: ${m.evaluatedPairs} · ${fillText(t(U.overloaded), { n: p.readiness.overloadPositions })}: ${m.overloaded}`);
  out.push('');
  out.push(chalk.bold(t(U.riskiest)));
  const rows = s.posts.filter((r) => r.risk !== null).slice(0, top);
  if (rows.length === 0) out.push(`  ${t(U.none)}`);
  const cw = Math.max(4, ...rows.map((r) => displayWidth(r.post.code)));
  const riskW = Math.max(...RISK_LEVELS.map((r) => displayWidth(tr(RISK_LABEL[r], lang))));
  const room = width - (2 + cw + 2 + 2 + 6 + 2 + 9 + 2 + riskW);
  const w = Math.max(8, Math.min(60, room, Math.max(8, ...rows.map((r) => displayWidth(escapeControls(r.post.name))))));
  if (rows.length > 0) out.push(`  ${t(U.code).padEnd(cw)}  ${pad(t(U.name), w)}  ${t(U.monthsShort).padStart(6)}  ${t(U.readyNow).padStart(9)}  ${t(U.risk)}`);
  for (const r of rows) {
    const risk = tr(RISK_LABEL[r.risk!], lang);
    const col = r.risk === 'KRITIS' ? chalk.red(risk) : r.risk === 'TINGGI' ? chalk.yellow(risk) : risk;
    out.push(
      `  ${r.post.code.padEnd(cw)}  ${pad(truncate(escapeControls(r.post.name), w), w)}  ${(r.monthsToVacancy === null ? '–' : String(r.monthsToVacancy)).padStart(6)}  ${String(r.bench.readyNow).padStart(9)}  ${col}`,
    );
  }
  out.push('');
  out.push(chalk.bold(t(U.openingNoReady)));
  const open = s.posts.filter((r) => (r.band === 'SUDAH_KOSONG' || r.band === 'BULAN_6' || r.band === 'BULAN_12') && r.matched && r.bench.readyNow === 0);
  if (open.length === 0) out.push(`  ${t(U.none)}`);
  for (const r of open.slice(0, top)) {
    const date = `(${r.vacancyDate ?? '–'})`;
    out.push(`  ${r.post.code}  ${truncate(escapeControls(r.post.name), Math.max(8, width - (2 + displayWidth(r.post.code) + 2 + 2 + date.length)))}  ${date}`);
  }
  if (open.length > top) out.push(`  … +${open.length - top}`);
  const years = Object.entries(m.retirementsByYear);
  if (years.length > 0) {
    out.push('');
    out.push(`${t(U.retirements)}: ${years.map(([y, n]) => `${y}: ${n}`).join(' · ')}`);
  }
  return out.flatMap((l) => wrapLine(l, width, 4)).join('\n') + '\n';
}
