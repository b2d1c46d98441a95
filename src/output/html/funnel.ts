/** The funnel plot: pool-box share by unit size with the 95% and 99.8% limits around the agency's p₀. */
import type { Audit } from '../../core/audit.js';
import { funnelLimits, Z95, Z998 } from '../../core/audit.js';
import { AUDIT_UI, tr } from '../../i18n.js';
import { flagText, fmtInt, fmtPct, truncate, unitName } from '../audit-text.js';
import type { Ctx } from '../model.js';
import { esc } from './escape.js';
import { FLAG_COLOR } from './palette.js';

export function funnelSvg(ctx: Ctx, audit: Audit, comma: boolean): string {
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
