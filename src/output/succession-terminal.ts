/** The terminal summary of `talenta suksesi` (stdout, data only; succession.md §5.9). */
import type { SuccessionResult } from '../core/succession/types.js';
import { RISK_LEVELS } from '../core/succession/params.js';
import { fillText, RISK_LABEL, SUCCESSION_UI as U, tr, type Lang } from '../i18n.js';
import type { ChalkInstance } from 'chalk';

const pct = (x: number | null, lang: Lang) => (x === null ? '–' : `${(x * 100).toLocaleString(lang === 'en' ? 'en-US' : 'id-ID', { maximumFractionDigits: 1 })} %`);

export function renderSuccessionTerminal(s: SuccessionResult, lang: Lang, chalk: ChalkInstance, top = 10): string {
  const t = (x: { id: string; en: string }) => x[lang];
  const m = s.summary;
  const p = s.params;
  const out: string[] = [];
  out.push(chalk.bold(t(U.title)));
  out.push(
    `${t(U.params)}: ${t(U.horizon)} ${p.vacancy.horizonMonths} ${t(U.months)} · ${t(U.candidateBoxes)} ${p.candidateBoxes.join(', ')} · as-of ${s.asOf}`,
  );
  out.push(`${t(U.posts)}: ${m.positions} (${t(U.critical)} ${m.critical}; ${t(U.vacantNow)} ${m.vacantNow}; ${t(U.within12)} ${m.openingWithin12}; ${t(U.withinHorizon)} ${m.openingWithinHorizon})`);
  out.push(`${t(U.byRisk)}: ${RISK_LEVELS.slice().reverse().map((r) => `${tr(RISK_LABEL[r], lang)} ${m.byRisk[r]}`).join(' · ')}`);
  out.push(`${t(U.coverage)}: ${pct(m.coverage, lang)}; ${t(U.coverageCritical)}: ${pct(m.coverageCritical, lang)}`);
  out.push(`${t(U.coverageOpening)}: ${pct(m.coverageOpening, lang)}`);
  out.push(`${t(U.pairs)}: ${m.evaluatedPairs} · ${fillText(t(U.overloaded), { n: p.readiness.overloadPositions })}: ${m.overloaded}`);
  out.push('');
  out.push(chalk.bold(t(U.riskiest)));
  const rows = s.posts.filter((r) => r.risk !== null).slice(0, top);
  if (rows.length === 0) out.push(`  ${t(U.none)}`);
  const w = Math.min(44, Math.max(8, ...rows.map((r) => r.post.name.length)));
  const cw = Math.max(4, ...rows.map((r) => r.post.code.length));
  if (rows.length > 0) out.push(`  ${t(U.code).padEnd(cw)}  ${t(U.name).padEnd(w)}  ${t(U.monthsShort).padStart(6)}  ${t(U.readyNow).padStart(9)}  ${t(U.risk)}`);
  for (const r of rows) {
    const risk = tr(RISK_LABEL[r.risk!], lang);
    const col = r.risk === 'KRITIS' ? chalk.red(risk) : r.risk === 'TINGGI' ? chalk.yellow(risk) : risk;
    out.push(`  ${r.post.code.padEnd(cw)}  ${clip(r.post.name, w).padEnd(w)}  ${(r.monthsToVacancy === null ? '–' : String(r.monthsToVacancy)).padStart(6)}  ${String(r.bench.readyNow).padStart(9)}  ${col}`);
  }
  out.push('');
  out.push(chalk.bold(t(U.openingNoReady)));
  const open = s.posts.filter((r) => (r.band === 'SUDAH_KOSONG' || r.band === 'BULAN_6' || r.band === 'BULAN_12') && r.matched && r.bench.readyNow === 0);
  if (open.length === 0) out.push(`  ${t(U.none)}`);
  for (const r of open.slice(0, top)) out.push(`  ${r.post.code}  ${r.post.name}  (${r.vacancyDate ?? '–'})`);
  if (open.length > top) out.push(`  … +${open.length - top}`);
  const years = Object.entries(m.retirementsByYear);
  if (years.length > 0) {
    out.push('');
    out.push(`${t(U.retirements)}: ${years.map(([y, n]) => `${y}: ${n}`).join(' · ')}`);
  }
  return out.join('\n') + '\n';
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
