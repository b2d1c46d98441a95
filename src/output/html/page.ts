/**
 * The one-page report as one HTML document: header and key numbers, grid and distributions, the
 * heat map, funnel plot and fairness, the top of the talent pool and the signals.
 */
import type { Audit } from '../../core/audit.js';
import { AUDIT_UI, fillText, ORG_PREDIKAT_LABEL, tr, UI } from '../../i18n.js';
import { box5Text, checkText, chiText, commaFor, findings, fmtInt, fmtPct, nearSummaryText, ruleWords, say } from '../audit-text.js';
import type { Ctx } from '../model.js';
import { predikatChart, histogramSvg, spreadCaption } from './charts.js';
import { CSS } from './css.js';
import { esc } from './escape.js';
import { printZoom } from './fit.js';
import { funnelSvg } from './funnel.js';
import { gridSvg } from './grid.js';
import { fairnessTable, heatTable, poolTable } from './tables.js';
import type { HtmlMeta } from './meta.js';

export type { HtmlMeta } from './meta.js';

export function renderHtml(ctx: Ctx, audit: Audit, meta: HtmlMeta): string {
  const { lang, result } = ctx;
  const comma = commaFor(lang);
  const s = result.summary;
  const year = audit.year ?? '–';
  const kpi = (value: string | number, label: string) => `<div class="kpi"><b>${esc(value)}</b><span>${esc(label)}</span></div>`;
  const signals = findings(audit, lang, comma, { listUnits: false, near: false });
  const d = audit.distribution;
  const checks = d.agency.checks
    .map((c) => `<span class="${c.ok ? 'ok' : 'bad'}">${c.ok ? '✓' : '✗'} ${esc(c.ok ? ruleWords(c.id, lang) : `${ruleWords(c.id, lang)} — ${checkText(c, lang, comma)}`)}</span>`)
    .join(' · ');
  const maxUnits = meta.maxUnits ?? 15;
  const captions = [spreadCaption(d.spread.performance, lang, comma), spreadCaption(d.spread.potential, lang, comma)];
  const zoom = printZoom(audit, {
    signals,
    near: `${nearSummaryText(audit, lang, comma)} ${box5Text(audit, ctx, comma)}`,
    captions,
    checks: checks.replace(/<[^>]*>/g, ''),
    heatRows: Math.min(maxUnits, audit.leniency.units.rows.length),
    heatWraps: audit.distribution.units.filter((u) => u.checks.filter((c) => !c.ok).length >= 2).length,
    badge: meta.pseudonymized,
  });
  const body = `
<div class="page">
<header>
  <div>
    <h1>${esc(tr(AUDIT_UI.htmlTitle, lang))}</h1>
    <div class="sub">${esc(`${tr(UI.asOf, lang)} ${s.asOf} · ${tr(UI.skpYears, lang)} ${s.skpYears.join(', ')} · ${tr(UI.profile, lang)} ${result.profile.id} v${result.profile.version}`)}</div>
    ${meta.pseudonymized ? `<div class="badge">${esc(fillText(tr(AUDIT_UI.pseudonymized, lang), { min: audit.options.minGroup }))}</div>` : ''}
  </div>
  <div class="kpis">
    ${kpi(fmtInt(s.employees, comma), tr(UI.employees, lang))}
    ${kpi(fmtInt(s.mapped, comma), tr(UI.mapped, lang))}
    ${kpi(fmtInt(s.talentPool, comma), tr(UI.talentPool, lang))}
    ${kpi(fmtPct(audit.leniency.units.agencyShare, comma), tr(AUDIT_UI.poolBoxes, lang))}
  </div>
</header>
<div class="row r1">
  <section>
    <h2>${esc(tr(AUDIT_UI.grid, lang))}</h2>
    ${gridSvg(ctx, comma)}
  </section>
  <section>
    <h2>${esc(fillText(tr(AUDIT_UI.predikatChart, lang), { year }))} · n ${esc(fmtInt(d.agency.n, comma))}</h2>
    ${predikatChart(audit, comma)}
    <p class="note">${esc(say('funnelNote', lang, { org: tr(ORG_PREDIKAT_LABEL[d.orgPredikat], lang) }))}</p>
    <p class="checks">${checks}</p>
    <div class="hists">
      <div>${histogramSvg(`${tr(UI.performanceAxis, lang)}`, d.spread.performance, comma)}<div class="cap">${esc(captions[0]!)}</div></div>
      <div>${histogramSvg(`${tr(UI.potentialAxis, lang)}`, d.spread.potential, comma)}<div class="cap">${esc(captions[1]!)}</div></div>
    </div>
  </section>
</div>
<section class="row">
  <div>
    <h2>${esc(tr(AUDIT_UI.heatmap, lang))}</h2>
    ${heatTable(ctx, audit, comma, maxUnits)}
  </div>
</section>
<div class="row r3">
  <section>
    <h2>${esc(tr(AUDIT_UI.funnelTitle, lang))}</h2>
    ${funnelSvg(ctx, audit, comma)}
    <p class="note">${esc(chiText(audit.leniency.units.test, 'units', lang, comma))}</p>
    <p class="note">${esc(audit.leniency.raters ? chiText(audit.leniency.raters.test, 'raters', lang, comma) : tr(AUDIT_UI.ratersUnavailableShort, lang))}</p>
  </section>
  <section>
    <h2>${esc(tr(AUDIT_UI.fairness, lang))}</h2>
    ${fairnessTable(ctx, audit, comma)}
    <p class="note">${esc(tr(AUDIT_UI.fairnessNoteShort, lang))}</p>
  </section>
</div>
<div class="row r4">
  <section>
    <h2>${esc(tr(AUDIT_UI.topPool, lang))} (${esc(fmtInt(result.pool.length, comma))})</h2>
    ${poolTable(ctx, meta, comma)}
  </section>
  <section>
    <h2>${esc(tr(AUDIT_UI.findings, lang))}</h2>
    ${signals.length ? `<ul class="find">${signals.map((f) => `<li>${esc(f)}</li>`).join('')}</ul>` : `<p>${esc(tr(AUDIT_UI.noFindings, lang))}</p>`}
    <p>${esc(nearSummaryText(audit, lang, comma))} ${esc(box5Text(audit, ctx, comma))}</p>
  </section>
</div>
<footer>
  <b>${esc(tr(AUDIT_UI.signals, lang))}</b><br>
  ${esc(fillText(tr(AUDIT_UI.method, lang), { min: audit.options.minGroup }))}
  ${esc(fillText(tr(AUDIT_UI.generated, lang), { version: meta.toolVersion, profile: `${result.profile.id} v${result.profile.version}`, hash: ctx.profileHash.slice(0, 8), asOf: s.asOf }))}
</footer>
</div>`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="talenta ${esc(meta.toolVersion)}">
<title>${esc(`${tr(AUDIT_UI.htmlTitle, lang)} · ${s.asOf}`)}</title>
<style>${CSS}${zoom < 1 ? `@media print { .page { zoom: ${zoom}; } }` : ''}</style>
</head>
<body>${body}
</body>
</html>
`;
}
