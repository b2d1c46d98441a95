/**
 * The one-page visual report (`--html FILE`): one self-contained HTML file — inline CSS and SVG,
 * no script, no font, image or link that leaves the file (a Content-Security-Policy that forbids
 * every load says so to the browser too) — that prints on one A4 page:
 *
 *   header        reference date, SKP years, profile, key numbers
 *   9-box grid    counts and shares, as the profile numbers the boxes (X = potensial, Y = kinerja)
 *   distributions predikat of the latest SKP year against the 6/2022 guidance; score histograms
 *                 of both axes with the cut-offs and the quartiles
 *   heat map      box shares per unit, the pool-box share with its funnel signal, the guidance check
 *   funnel plot   pool-box share by unit size with the 95% and 99.8% limits
 *   fairness      selection rate and adverse-impact ratio per group
 *   talent pool   the top of the ranked pool; the main signals and the near-the-line counts
 */
import type { Audit, FairnessGroup, LeniencyRow, RuleCheck, Spread } from '../core/audit.js';
import { funnelLimits, PREDIKAT_ORDER, Z95, Z998 } from '../core/audit.js';
import { atomicSink, type FileSink } from '../io/atomic.js';
import { AUDIT_UI, fillText, GUIDANCE_RULE_TEXT, ORG_PREDIKAT_LABEL, PERFORMANCE_LABEL, POTENTIAL_LABEL, tr, UI } from '../i18n.js';
import {
  box5Text,
  checkShort,
  checkText,
  chiText,
  dimensionName,
  findings,
  flagText,
  fmtInt,
  fmtNum,
  fmtPct,
  fmtScore,
  groupName,
  nearSummaryText,
  predikatName,
  unitName,
} from './audit-terminal.js';
import type { Ctx } from './model.js';
import { gridOf, POTENTIAL_COLUMNS } from '../core/grid.js';

export interface HtmlMeta {
  toolVersion: string;
  /** NIPs replaced by pseudonyms, names removed */
  pseudonymized: boolean;
  /** talent-pool rows shown (default 10) */
  top?: number;
  /** heat-map rows at most (default 16; the units that differ most are kept) */
  maxUnits?: number;
}

/** Write the report atomically (temporary name, then rename). */
export async function writeHtmlReport(path: string, ctx: Ctx, audit: Audit, meta: HtmlMeta, sink: FileSink = atomicSink({ lang: ctx.lang })): Promise<void> {
  const html = renderHtml(ctx, audit, meta);
  await sink.write(path, async (write) => {
    await write(html);
  });
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ESC[c]!);
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

const GROUP_COLOR = { pool: '#c6efce', middle: '#ffeb9c', risk: '#ffc7ce' } as const;
const GROUP_INK = { pool: '#0b5d1e', middle: '#7a5a00', risk: '#9c0006' } as const;
const FLAG_COLOR: Record<string, string> = {
  ABOVE_99_8: '#c0392b',
  ABOVE_95: '#e67e22',
  WITHIN: '#2e75b6',
  BELOW_95: '#e67e22',
  BELOW_99_8: '#c0392b',
};

/** Sequential blue for a share 0..1 (heat map). */
function heat(share: number): string {
  if (share <= 0) return '#ffffff';
  const t = Math.min(1, share / 0.6);
  const mix = (a: number, b: number) => Math.round(a + (b - a) * t);
  return `rgb(${mix(234, 31)},${mix(243, 78)},${mix(251, 121)})`;
}
const inkOn = (share: number) => (share / 0.6 > 0.55 ? '#ffffff' : '#1a1a1a');

// ---- pieces ----------------------------------------------------------------------------------------

function gridSvg(ctx: Ctx, comma: boolean): string {
  const { lang } = ctx;
  const s = ctx.result.summary;
  const W = 300;
  const H = 244;
  // the row labels are right-aligned, one word per line, left of the grid: room for the longest
  // word at 9.5 px (about 0.6 em per character), so no label is cut ("Above xpectations")
  const longest = Math.max(...gridOf(ctx.profile).rows.flatMap((l) => PERFORMANCE_LABEL[l.performance][lang].split(' ').map((w) => w.length)));
  const left = Math.max(58, Math.ceil(longest * 9.5 * 0.6) + 6);
  const top = 14;
  const cw = (W - left - 4) / 3;
  const ch = (H - top - 34) / 3;
  const parts: string[] = [];
  parts.push(`<text x="4" y="10" class="ax">${esc(tr(UI.performanceAxis, lang))} ↑</text>`);
  gridOf(ctx.profile).rows.forEach((line, r) => {
    const y = top + r * ch;
    parts.push(
      `<text x="${left - 4}" y="${y + ch / 2}" class="lv" text-anchor="end">${PERFORMANCE_LABEL[line.performance][lang]
        .split(' ')
        .map((w, i, all) => `<tspan x="${left - 4}" dy="${i === 0 ? -((all.length - 1) * 5.5) + 3 : 11}">${esc(w)}</tspan>`)
        .join('')}</text>`,
    );
    line.cells.forEach(({ box: b, group: g }, c) => {
      const x = left + c * cw;
      const n = s.grid[String(b)] ?? 0;
      parts.push(
        `<g><title>${esc(`${tr(UI.box, lang)} ${b}: ${n}`)}</title>` +
          `<rect x="${x + 1.5}" y="${y + 1.5}" width="${cw - 3}" height="${ch - 3}" rx="3" fill="${GROUP_COLOR[g]}" stroke="${GROUP_INK[g]}" stroke-width="${g === 'pool' ? 1.6 : 0.8}"/>` +
          `<text x="${x + 7}" y="${y + 15}" class="bn" fill="${GROUP_INK[g]}">${b}</text>` +
          `<text x="${x + cw / 2}" y="${y + ch / 2 + 6}" class="cnt" text-anchor="middle" style="font-size:${countSize(fmtInt(n, comma))}px">${esc(fmtInt(n, comma))}</text>` +
          `<text x="${x + cw / 2}" y="${y + ch / 2 + 21}" class="sh" text-anchor="middle">${esc(fmtPct(s.mapped ? n / s.mapped : 0, comma))}</text></g>`,
      );
    });
  });
  const yb = top + 3 * ch + 12;
  POTENTIAL_COLUMNS.forEach((lv, c) => {
    parts.push(`<text x="${left + c * cw + cw / 2}" y="${yb}" class="lv" text-anchor="middle">${esc(POTENTIAL_LABEL[lv][lang])}</text>`);
  });
  parts.push(`<text x="${W - 4}" y="${yb + 15}" class="ax" text-anchor="end">${esc(tr(UI.potentialAxis, lang))} →</text>`);
  return `<svg class="grid" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(tr(AUDIT_UI.grid, lang))}">${parts.join('')}</svg>`;
}

/** The grid's count font: smaller for longer numbers, so that `107.169` fits its cell. */
function countSize(text: string): number {
  return text.length <= 3 ? 22 : text.length <= 5 ? 18 : text.length <= 6 ? 15 : 12.5;
}

function predikatChart(ctx: Ctx, audit: Audit, comma: boolean): string {
  const { lang } = ctx;
  const row = audit.distribution.agency;
  const W = 440;
  const rowH = 13;
  const labelW = 104;
  const barW = W - labelW - 92;
  const H = PREDIKAT_ORDER.length * rowH + 4;
  const parts: string[] = [];
  PREDIKAT_ORDER.forEach((p, i) => {
    const y = 4 + i * rowH;
    const share = row.shares[p];
    parts.push(`<text x="${labelW - 4}" y="${y + 9}" class="lb" text-anchor="end">${esc(predikatName(p))}</text>`);
    parts.push(`<rect x="${labelW}" y="${y + 1}" width="${barW}" height="${rowH - 4}" fill="#f1f3f5"/>`);
    parts.push(`<rect x="${labelW}" y="${y + 1}" width="${(barW * share).toFixed(2)}" height="${rowH - 4}" fill="#2e75b6"/>`);
    parts.push(`<text x="${labelW + barW + 4}" y="${y + 9}" class="lb">${esc(`${fmtPct(share, comma)} (${fmtInt(row.counts[p], comma)})`)}</text>`);
  });
  // the guidance's share limits as dashed marks on their bars
  for (const c of row.checks) {
    if (c.kind !== 'maxShare' && c.kind !== 'minShare') continue;
    for (const p of c.predikat) {
      const i = PREDIKAT_ORDER.indexOf(p);
      const x = labelW + barW * c.value;
      const y = 4 + i * rowH;
      parts.push(`<line x1="${x}" y1="${y - 1}" x2="${x}" y2="${y + rowH - 1}" stroke="${c.ok ? '#0b5d1e' : '#c0392b'}" stroke-width="1.6" stroke-dasharray="2.5 1.5"/>`);
    }
  }
  return `<svg class="bars" viewBox="0 0 ${W} ${H}" role="img">${parts.join('')}</svg>`;
}

function histogramSvg(title: string, sp: Spread, comma: boolean): string {
  const W = 160;
  const H = 58;
  const pad = { l: 4, r: 4, t: 12, b: 18 };
  const { counts, from, width } = sp.histogram;
  if (counts.length === 0) return `<svg class="hist" viewBox="0 0 ${W} ${H}"><text x="4" y="10" class="lb b">${esc(title)}</text></svg>`;
  const lo = Math.min(from, sp.cutoffs.middle - width);
  const hi = Math.max(from + counts.length * width, sp.cutoffs.high + width);
  const sx = (v: number) => pad.l + ((v - lo) / (hi - lo)) * (W - pad.l - pad.r);
  const maxC = Math.max(...counts, 1);
  const sy = (c: number) => H - pad.b - (c / maxC) * (H - pad.t - pad.b);
  const parts: string[] = [`<text x="${pad.l}" y="9" class="lb b">${esc(title)}</text>`];
  counts.forEach((c, i) => {
    const x0 = from + i * width;
    const mid = x0 + width / 2;
    const fill = mid >= sp.cutoffs.high ? '#70ad47' : mid >= sp.cutoffs.middle ? '#f4b942' : '#e06666';
    if (c > 0) parts.push(`<rect x="${sx(x0) + 0.4}" y="${sy(c)}" width="${Math.max(0.5, sx(x0 + width) - sx(x0) - 0.8)}" height="${H - pad.b - sy(c)}" fill="${fill}"><title>${esc(`${fmtScore(x0, comma)}–${fmtScore(x0 + width, comma)}: ${c}`)}</title></rect>`);
  });
  parts.push(`<line x1="${pad.l}" y1="${H - pad.b}" x2="${W - pad.r}" y2="${H - pad.b}" stroke="#555" stroke-width="0.6"/>`);
  for (const c of [sp.cutoffs.middle, sp.cutoffs.high]) {
    parts.push(`<line x1="${sx(c)}" y1="${pad.t - 2}" x2="${sx(c)}" y2="${H - pad.b}" stroke="#333" stroke-width="0.9" stroke-dasharray="2 1.5"/>`);
    parts.push(`<text x="${sx(c)}" y="${H - 1}" class="tk" text-anchor="middle">${esc(fmtScore(c, comma))}</text>`);
  }
  // quartile box under the axis
  if (sp.q1 !== null && sp.q3 !== null && sp.median !== null && sp.min !== null && sp.max !== null) {
    const y = H - pad.b + 2;
    parts.push(`<line x1="${sx(sp.min)}" y1="${y + 2}" x2="${sx(sp.max)}" y2="${y + 2}" stroke="#333" stroke-width="0.6"/>`);
    parts.push(`<rect x="${sx(sp.q1)}" y="${y}" width="${Math.max(0.8, sx(sp.q3) - sx(sp.q1))}" height="4" fill="#fff" stroke="#333" stroke-width="0.6"/>`);
    parts.push(`<line x1="${sx(sp.median)}" y1="${y - 0.5}" x2="${sx(sp.median)}" y2="${y + 4.5}" stroke="#c0392b" stroke-width="1.2"/>`);
  }
  return `<svg class="hist" viewBox="0 0 ${W} ${H}" role="img">${parts.join('')}</svg>`;
}

function spreadCaption(sp: Spread, lang: 'id' | 'en', comma: boolean): string {
  const base = `n ${sp.n} · Q1 ${fmtScore(sp.q1, comma)} · median ${fmtScore(sp.median, comma)} · Q3 ${fmtScore(sp.q3, comma)} · SD ${fmtNum(sp.sd, 1, comma)}`;
  // one score held by a large share: the axis barely separates people
  if (sp.modeShare === null || sp.modeShare < 0.2) return base;
  return `${base} · ${lang === 'en' ? 'most common' : 'terbanyak'} ${fmtScore(sp.mode, comma)} (${fmtPct(sp.modeShare, comma, 0)})`;
}

function funnelSvg(ctx: Ctx, audit: Audit, comma: boolean): string {
  const { lang } = ctx;
  const scan = audit.leniency.units;
  const W = 330;
  const H = 168;
  const pad = { l: 30, r: 8, t: 8, b: 24 };
  const rows = scan.rows;
  const p0 = scan.agencyShare;
  const nMin = audit.options.minGroup;
  const nMax = Math.max(nMin + 1, ...rows.map((r) => r.n));
  const xMax = niceCeil(nMax * 1.05);
  const yMax = Math.min(1, Math.ceil((Math.max(p0 * 2, ...rows.map((r) => r.share + 0.05)) - 1e-9) * 10) / 10);
  const yStep = yMax <= 0.5 ? 0.1 : 0.2;
  const sx = (n: number) => pad.l + (n / xMax) * (W - pad.l - pad.r);
  const sy = (p: number) => H - pad.b - (p / yMax) * (H - pad.t - pad.b);
  const parts: string[] = [];
  // axes and grid
  for (let i = 0; i * yStep <= yMax + 1e-9; i++) {
    const p = i * yStep;
    parts.push(`<line x1="${pad.l}" y1="${sy(p)}" x2="${W - pad.r}" y2="${sy(p)}" stroke="#e3e6ea" stroke-width="0.6"/>`);
    parts.push(`<text x="${pad.l - 3}" y="${sy(p) + 3}" class="tk" text-anchor="end">${esc(fmtPct(p, comma, 0))}</text>`);
  }
  for (let i = 0; i <= 4; i++) {
    const n = (xMax * i) / 4;
    parts.push(`<text x="${sx(n)}" y="${H - pad.b + 10}" class="tk" text-anchor="${i === 4 ? 'end' : 'middle'}">${esc(fmtInt(n, comma))}</text>`);
  }
  parts.push(`<text x="${(pad.l + W - pad.r) / 2}" y="${H - 3}" class="tk" text-anchor="middle">${esc(tr(AUDIT_UI.funnelAxisX, lang))}</text>`);
  parts.push(`<line x1="${pad.l}" y1="${H - pad.b}" x2="${W - pad.r}" y2="${H - pad.b}" stroke="#555" stroke-width="0.6"/>`);
  // limits
  const curve = (z: number, side: 0 | 1) => {
    const pts: string[] = [];
    for (let k = 0; k <= 60; k++) {
      const n = nMin + ((xMax - nMin) * k) / 60;
      pts.push(`${sx(n).toFixed(1)},${sy(funnelLimits(p0, n, z)[side]).toFixed(1)}`);
    }
    return pts.join(' ');
  };
  parts.push(`<clipPath id="funnel-area"><rect x="${pad.l}" y="${pad.t}" width="${W - pad.l - pad.r}" height="${H - pad.t - pad.b}"/></clipPath>`);
  for (const [z, dash, color] of [
    [Z95, '3 2', '#e67e22'],
    [Z998, '', '#c0392b'],
  ] as const) {
    for (const side of [0, 1] as const) {
      parts.push(`<polyline points="${curve(z, side)}" fill="none" stroke="${color}" stroke-width="0.9" clip-path="url(#funnel-area)"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
    }
  }
  parts.push(`<line x1="${sx(nMin)}" y1="${sy(p0)}" x2="${W - pad.r}" y2="${sy(p0)}" stroke="#2e75b6" stroke-width="1"/>`);
  parts.push(`<text x="${W - pad.r - 2}" y="${sy(p0) - 3}" class="tk" text-anchor="end">${esc(`p₀ = ${fmtPct(p0, comma)}`)}</text>`);
  // units
  for (const r of rows) {
    const out = r.flag !== 'WITHIN';
    parts.push(
      `<circle cx="${sx(r.n).toFixed(1)}" cy="${sy(r.share).toFixed(1)}" r="${out ? 3.2 : 2.4}" fill="${FLAG_COLOR[r.flag]}" fill-opacity="${out ? 1 : 0.75}" stroke="#fff" stroke-width="0.5"><title>${esc(`${unitName(r.key, lang)}: ${r.pool}/${r.n} = ${fmtPct(r.share, comma)} (${flagText(r.flag, lang)})`)}</title></circle>`,
    );
    if (out) parts.push(`<text x="${sx(r.n) + 4}" y="${sy(r.share) + 3}" class="tk">${esc(truncate(unitName(r.key, lang), 22))}</text>`);
  }
  // legend
  const ly = pad.t + 4;
  const lx = W - pad.r - 92;
  parts.push(`<rect x="${lx - 3}" y="${ly - 6}" width="95" height="12" fill="#fff" fill-opacity="0.85"/>`);
  parts.push(`<line x1="${lx}" y1="${ly}" x2="${lx + 14}" y2="${ly}" stroke="#e67e22" stroke-dasharray="3 2"/><text x="${lx + 17}" y="${ly + 3}" class="tk">95%</text>`);
  parts.push(`<line x1="${lx + 42}" y1="${ly}" x2="${lx + 56}" y2="${ly}" stroke="#c0392b"/><text x="${lx + 59}" y="${ly + 3}" class="tk">${comma ? '99,8%' : '99.8%'}</text>`);
  return `<svg class="funnel" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(tr(AUDIT_UI.funnelTitle, lang))}">${parts.join('')}</svg>`;
}

/** The next "round" number ≥ x (10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 120, …). */
function niceCeil(x: number): number {
  if (x <= 10) return 10;
  const mag = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * mag >= x - 1e-9) return m * mag;
  return 10 * mag;
}

function heatTable(ctx: Ctx, audit: Audit, comma: boolean, maxUnits: number): string {
  const { lang } = ctx;
  const scan = audit.leniency.units;
  const dist = new Map(audit.distribution.units.map((u) => [u.unit, u]));
  let rows: LeniencyRow[] = scan.rows;
  let note = '';
  if (rows.length > maxUnits) {
    const keep = new Set([...rows].sort((a, b) => Math.abs(b.z ?? 0) - Math.abs(a.z ?? 0)).slice(0, maxUnits).map((r) => r.key));
    note = fillText(tr(AUDIT_UI.heatmapMore, lang), { shown: maxUnits, total: rows.length });
    rows = rows.filter((r) => keep.has(r.key));
  }
  const grid = gridOf(ctx.profile);
  const boxes = grid.order;
  const head =
    `<tr><th class="l">${esc(tr(AUDIT_UI.unit, lang))}</th><th>n</th>` +
    boxes.map((b) => `<th class="bx ${grid.group(b)}">${b}</th>`).join('') +
    `<th>${esc(tr(AUDIT_UI.poolBoxes, lang))}</th><th class="l">${esc(lang === 'en' ? 'funnel' : 'corong')}</th><th>Baik</th><th class="l">${esc(lang === 'en' ? '6/2022 guidance' : 'pedoman 6/2022')}</th></tr>`;
  const cells = (counts: number[], n: number) =>
    boxes
      .map((b) => {
        const share = n ? (counts[b - 1] ?? 0) / n : 0;
        return `<td class="hm" style="background:${heat(share)};color:${inkOn(share)}">${share > 0 ? esc(fmtNum(100 * share, 0)) : ''}</td>`;
      })
      .join('');
  const agencyCounts = scan.agencyBoxShares.map((s) => s * scan.agencyN);
  const agencyGuidance = audit.distribution.agency;
  const out: string[] = [head];
  out.push(
    `<tr class="agency"><td class="l">${esc(tr(AUDIT_UI.agency, lang))}</td><td>${esc(fmtInt(scan.agencyN, comma))}</td>${cells(agencyCounts, scan.agencyN)}<td class="b">${esc(fmtPct(scan.agencyShare, comma))}</td><td class="l">p₀</td><td>${esc(fmtPct(agencyGuidance.shares.BAIK, comma, 0))}</td><td class="l g ${agencyGuidance.ok ? 'ok' : 'bad'}">${esc(guidanceCell(agencyGuidance.checks, lang, comma))}</td></tr>`,
  );
  for (const r of rows) {
    const g = dist.get(r.key);
    const flagCls = r.flag === 'WITHIN' ? '' : r.flag.endsWith('99_8') ? 'bad' : 'warn';
    out.push(
      `<tr><td class="l" title="${esc(unitName(r.key, lang))}">${esc(truncate(unitName(r.key, lang), 36))}</td><td>${esc(fmtInt(r.n, comma))}</td>${cells(r.boxes, r.n)}` +
        `<td class="b ${flagCls}">${esc(fmtPct(r.share, comma))}</td><td class="l ${flagCls || 'muted'}">${esc(r.flag === 'WITHIN' ? '–' : flagText(r.flag, lang))}</td>` +
        `<td>${g ? esc(fmtPct(g.shares.BAIK, comma, 0)) : '–'}</td><td class="l g ${g ? (g.ok ? 'ok' : 'bad') : ''}">${g ? esc(guidanceCell(g.checks, lang, comma)) : '–'}</td></tr>`,
    );
  }
  const foot: string[] = [tr(AUDIT_UI.heatmapNote, lang)];
  if (scan.suppressed > 0) foot.push(fillText(tr(AUDIT_UI.suppressedUnits, lang), { n: scan.suppressed, min: audit.options.minGroup }));
  if (note) foot.push(note);
  return `<table class="heat">${out.join('')}</table>${foot.length ? `<p class="note">${esc(foot.join(' '))}</p>` : ''}`;
}

function guidanceCell(checks: RuleCheck[], lang: 'id' | 'en', comma: boolean): string {
  const failed = checks.filter((c) => !c.ok);
  return failed.length === 0 ? `✓ ${tr(AUDIT_UI.meets, lang)}` : `✗ ${failed.map((c) => checkShort(c, lang, comma, true)).join('; ')}`;
}

function fairnessTable(ctx: Ctx, audit: Audit, comma: boolean): string {
  const { lang } = ctx;
  const rows: string[] = [
    `<tr><th class="l">${esc(tr(AUDIT_UI.group, lang))}</th><th>${esc(tr(UI.mapped, lang))}</th><th>${esc(tr(AUDIT_UI.selected, lang))}</th><th class="l">${esc(tr(AUDIT_UI.rate, lang))}</th><th>AIR</th></tr>`,
  ];
  const maxRate = Math.max(0.01, ...audit.fairness.dimensions.flatMap((d) => d.groups.map((g) => g.rate ?? 0)));
  const row = (g: FairnessGroup, reference: string | null) => {
    if (g.suppressed) {
      return `<tr><td class="l">${esc(groupName(g.key, lang))}</td><td colspan="4" class="l muted">${esc(fillText(tr(AUDIT_UI.suppressedGroup, lang), { min: audit.options.minGroup }))}</td></tr>`;
    }
    const cls = g.belowFourFifths ? 'warn' : '';
    const w = ((g.rate ?? 0) / maxRate) * 100;
    return (
      `<tr><td class="l">${esc(groupName(g.key, lang))}${g.key === reference ? ' <span class="ref">ref</span>' : ''}</td><td>${esc(fmtInt(g.mapped!, comma))}</td><td>${esc(fmtInt(g.selected!, comma))}</td>` +
      `<td class="l"><span class="rb"><span style="width:${w.toFixed(1)}%"></span></span> ${esc(fmtPct(g.rate, comma, 0))}</td>` +
      `<td class="b ${cls}">${esc(fmtNum(g.air, 2, comma))}${g.belowFourFifths ? ' ⚑' : ''}</td></tr>`
    );
  };
  for (const d of audit.fairness.dimensions) {
    rows.push(`<tr class="dim"><td colspan="5" class="l">${esc(dimensionName(d.id, lang))}${d.test ? ` <span class="muted">· p = ${esc(d.test.p < 0.001 ? '< 0,001' : fmtNum(d.test.p, 3, comma))}</span>` : ''}</td></tr>`);
    for (const g of d.groups) rows.push(row(g, d.reference));
  }
  return `<table class="fair">${rows.join('')}</table>`;
}

function poolTable(ctx: Ctx, meta: HtmlMeta, comma: boolean): string {
  const { lang, result } = ctx;
  const top = meta.top ?? 8;
  const showName = !meta.pseudonymized;
  if (result.pool.length === 0) return `<p>${esc(tr(UI.noPool, lang))}</p>`;
  const head = `<tr><th>#</th><th>${esc(tr(UI.box, lang))}</th><th class="l">${meta.pseudonymized ? (lang === 'en' ? 'Pseudonym' : 'Pseudonim') : 'NIP'}</th>${showName ? `<th class="l">${esc(tr(AUDIT_UI.name, lang))}</th>` : ''}<th class="l">OPD</th><th>${esc(tr(AUDIT_UI.talentScore, lang))}</th></tr>`;
  const rows = result.pool.slice(0, top).map((i) => {
    const e = result.employees[i]!;
    const g = gridOf(ctx.profile).group(e.box!);
    return (
      `<tr><td>${e.rank ?? ''}</td><td><span class="chip" style="background:${GROUP_COLOR[g]};color:${GROUP_INK[g]}">${e.box}</span></td><td class="l mono">${esc(e.nip)}</td>` +
      (showName ? `<td class="l">${esc(truncate(e.nama, 24))}</td>` : '') +
      `<td class="l" title="${esc(e.unorInduk)}">${esc(truncate(e.unorInduk, showName ? 22 : 34))}</td><td>${esc(fmtNum(e.talentScore, 1, comma))}</td></tr>`
    );
  });
  const more = result.pool.length > top ? `<p class="note">${esc(fillText(tr(AUDIT_UI.more, lang), { n: fmtInt(result.pool.length - top, comma) }))}</p>` : '';
  return `<table class="pool">${head}${rows.join('')}</table>${more}`;
}

const CSS = `
@page { size: A4 portrait; margin: 7mm 8mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 7.1pt; line-height: 1.28; color: #1b1f24; }
.page { width: 194mm; margin: 0 auto; }
@media screen { body { background: #dde1e6; } .page { background: #fff; padding: 8mm; width: 210mm; min-height: 297mm; margin: 0 auto; } }
header { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 0.6mm solid #1f4e78; padding-bottom: 1.5mm; margin-bottom: 2mm; }
h1 { font-size: 12.5pt; margin: 0; color: #1f4e78; }
.sub { color: #4a5560; margin-top: 0.6mm; }
.kpis { display: flex; gap: 1.5mm; }
.kpi { border: 0.25mm solid #c9d3dd; border-radius: 1mm; padding: 0.8mm 1.6mm; text-align: center; min-width: 16mm; }
.kpi b { display: block; font-size: 10pt; color: #1f4e78; white-space: nowrap; }
h1 { white-space: nowrap; }
.kpi span { color: #4a5560; font-size: 6.2pt; }
h2 { font-size: 8pt; margin: 0 0 1mm; color: #1f4e78; border-bottom: 0.2mm solid #c9d3dd; padding-bottom: 0.4mm; }
section { break-inside: avoid; }
.row { display: grid; gap: 3.5mm; margin-bottom: 1.8mm; }
.r1 { grid-template-columns: 63mm 1fr; }
.r3 { grid-template-columns: 1fr 1fr; }
.r4 { grid-template-columns: 1.12fr 1fr; }
svg { display: block; width: 100%; height: auto; }
svg text { font-family: inherit; }
.grid .ax { font-size: 10px; font-weight: bold; fill: #1f4e78; }
.grid .lv { font-size: 9.5px; fill: #333; }
.grid .bn { font-size: 12px; font-weight: bold; }
.grid .cnt { font-size: 22px; font-weight: bold; fill: #1b1f24; }
.grid .sh { font-size: 10px; fill: #333; }
.bars .lb { font-size: 9.6px; fill: #1b1f24; }
.hist .lb { font-size: 8px; fill: #1b1f24; }
.b { font-weight: bold; }
.lb.b { font-weight: bold; }
.bars .note { font-size: 8px; fill: #4a5560; }
.tk { font-size: 8px; fill: #4a5560; }
.hists { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; margin-top: 1mm; }
.cap { color: #4a5560; font-size: 6.2pt; margin-top: 0.3mm; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 0.2mm 1mm; text-align: right; white-space: nowrap; }
.fair, .pool { font-size: 6.9pt; }
th { background: #1f4e78; color: #fff; font-weight: bold; font-size: 6.6pt; }
th.l, td.l { text-align: left; }
tr:nth-child(even) td { background-color: #f6f8fa; }
.heat td, .heat th { border: 0.15mm solid #fff; padding-top: 0.15mm; padding-bottom: 0.15mm; }
.heat { font-size: 6.8pt; }
.heat td.hm { text-align: center; width: 7mm; }
.heat tr:nth-child(even) td.hm { background-color: inherit; }
.heat th.bx { width: 7mm; text-align: center; color: #1b1f24; }
.heat th.bx.pool { background: #c6efce; } .heat th.bx.middle { background: #ffeb9c; } .heat th.bx.risk { background: #ffc7ce; }
.heat tr.agency td { font-weight: bold; border-bottom: 0.4mm solid #1f4e78; }
td.ok { color: #0b5d1e; } td.bad { color: #c0392b; font-weight: bold; } td.warn { color: #b35c00; font-weight: bold; }
.fair tr.dim td { background: #e8eef4; font-weight: bold; color: #1f4e78; }
.muted { color: #6b7580; font-weight: normal; }
.ref { font-size: 5.8pt; color: #1f4e78; border: 0.2mm solid #1f4e78; border-radius: 0.8mm; padding: 0 0.6mm; }
.rb { display: inline-block; width: 14mm; height: 2mm; background: #e3e6ea; vertical-align: middle; }
.rb span { display: block; height: 100%; background: #2e75b6; }
.chip { display: inline-block; min-width: 3.6mm; text-align: center; border-radius: 0.8mm; font-weight: bold; }
.mono { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 6.6pt; }
ul.find { margin: 0; padding-left: 3.5mm; }
p.checks .ok { color: #0b5d1e; } p.checks .bad { color: #c0392b; font-weight: bold; }
.heat td.g { white-space: normal; }
ul.find li { margin-bottom: 0.5mm; white-space: normal; }
p { margin: 0.6mm 0; }
.note { color: #4a5560; font-size: 6.2pt; }
.badge { display: inline-block; background: #fff2cc; border: 0.25mm solid #b35c00; color: #7a3e00; border-radius: 1mm; padding: 0.2mm 1.2mm; margin-top: 0.6mm; }
footer { border-top: 0.2mm solid #c9d3dd; padding-top: 1mm; color: #4a5560; font-size: 6pt; }
`;

export function renderHtml(ctx: Ctx, audit: Audit, meta: HtmlMeta): string {
  const { lang, result } = ctx;
  const comma = lang === 'id';
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
    ${predikatChart(ctx, audit, comma)}
    <p class="note">${esc(
      lang === 'en'
        ? `Dashed: PermenPANRB 6/2022 limit for an organisation rated "${tr(ORG_PREDIKAT_LABEL[d.orgPredikat], lang)}" (assumed; not in the data).`
        : `Garis putus: batas PermenPANRB 6/2022 untuk organisasi berpredikat "${tr(ORG_PREDIKAT_LABEL[d.orgPredikat], lang)}" (diasumsikan; tidak ada di data).`,
    )}</p>
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

/** Printable height of an A4 page inside the @page margins, in mm. */
const PRINTABLE_MM = 283;

/**
 * A rough height estimate of the page (mm, calibrated on the sample agency) from what varies —
 * heat-map rows, fairness rows, the length of the signals — and the print zoom that keeps it on
 * one A4 page (1 when it fits).
 */
export interface PageText {
  /** the signals' bullets */
  signals: string[];
  /** the near-the-line paragraph */
  near: string;
  /** the captions under the two histograms */
  captions: string[];
  /** the guidance checks under the predikat chart (text only) */
  checks: string;
  heatRows: number;
  /** heat-map rows whose guidance cell takes two lines (two failed rules) */
  heatWraps: number;
  badge: boolean;
}

export function printZoom(audit: Audit, t: PageText): number {
  const lines = (chars: number, perLine: number) => Math.max(1, Math.ceil(chars / perLine));
  const r1 = 53.1 + 2.6 * (Math.max(...t.captions.map((c) => lines(c.length, 52))) + lines(t.checks.length, 110));
  const heat = 12 + 3.7 * (t.heatRows + 1) + 3 * t.heatWraps;
  const fairRows = audit.fairness.dimensions.reduce((n, d) => n + 1 + d.groups.length, 0);
  const r3 = Math.max(62, 20 + 3.6 * fairRows);
  const signalLines = t.signals.reduce((n, f) => n + lines(f.length, 58), 0) + lines(t.near.length, 58);
  const r4 = Math.max(42, 8 + 3.05 * signalLines + 1.2 * t.signals.length);
  const total = 12 + (t.badge ? 7.5 : 0) + r1 + heat + r3 + r4 + 12 + 4 * 1.8 + 2;
  // the estimate is rough: keep 5 mm in hand
  const room = PRINTABLE_MM - 5;
  return total <= room ? 1 : Math.floor((room / total) * 100) / 100;
}

function ruleWords(id: string, lang: 'id' | 'en'): string {
  return tr(GUIDANCE_RULE_TEXT[id], lang, id);
}
