/** The predikat bars against the 6/2022 guidance and the score histograms of both axes. */
import type { Audit, Spread } from '../../core/audit.js';
import { PREDIKAT_ORDER } from '../../core/audit.js';
import { fmtInt, fmtNum, fmtPct, fmtScore, predikatName, say } from '../audit-text.js';
import { esc } from './escape.js';

export function predikatChart(audit: Audit, comma: boolean): string {
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

export function histogramSvg(title: string, sp: Spread, comma: boolean): string {
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
    if (c > 0)
      parts.push(
        `<rect x="${sx(x0) + 0.4}" y="${sy(c)}" width="${Math.max(0.5, sx(x0 + width) - sx(x0) - 0.8)}" height="${H - pad.b - sy(c)}" fill="${fill}"><title>${esc(`${fmtScore(x0, comma)}–${fmtScore(x0 + width, comma)}: ${c}`)}</title></rect>`,
      );
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

export function spreadCaption(sp: Spread, lang: 'id' | 'en', comma: boolean): string {
  const base = `n ${sp.n} · Q1 ${fmtScore(sp.q1, comma)} · median ${fmtScore(sp.median, comma)} · Q3 ${fmtScore(sp.q3, comma)} · SD ${fmtNum(sp.sd, 1, comma)}`;
  // one score held by a large share: the axis barely separates people
  if (sp.modeShare === null || sp.modeShare < 0.2) return base;
  return `${base} · ${say('mostCommonShort', lang)} ${fmtScore(sp.mode, comma)} (${fmtPct(sp.modeShare, comma, 0)})`;
}
