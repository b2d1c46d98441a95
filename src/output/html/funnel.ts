/** The funnel plot: pool-box share by unit size with the 95% and 99.8% limits around the agency's p₀. */
import type { Audit } from '../../core/audit.js';
import { funnelLimits, Z95, Z998 } from '../../core/audit.js';
import { AUDIT_UI, tr } from '../../i18n.js';
import { flagText, fmtInt, fmtNum, fmtPct, truncate, unitName } from '../audit-text.js';
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
  // at least 10%: an agency with no unit shown or no one in the pool boxes still has an axis
  const yMax = Math.max(0.1, Math.min(1, Math.ceil((Math.max(p0 * 2, ...rows.map((r) => r.share + 0.05)) - 1e-9) * 10) / 10));
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
      parts.push(
        `<polyline points="${curve(z, side)}" fill="none" stroke="${color}" stroke-width="0.9" clip-path="url(#funnel-area)"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      );
    }
  }
  parts.push(`<line x1="${sx(nMin)}" y1="${sy(p0)}" x2="${W - pad.r}" y2="${sy(p0)}" stroke="#2e75b6" stroke-width="1"/>`);
  parts.push(`<text x="${W - pad.r - 2}" y="${sy(p0) - 3}" class="tk" text-anchor="end">${esc(`p₀ = ${fmtPct(p0, comma)}`)}</text>`);
  // units: every dot names its unit and numbers in its title; the outliers carry a label
  const label: LabelPoint[] = [];
  for (const r of rows) {
    const out = r.flag !== 'WITHIN';
    const title = `${unitName(r.key, lang)}: ${r.pool}/${r.n} = ${fmtPct(r.share, comma)} · ${tr(AUDIT_UI.limits95, lang)} ${fmtPct(r.limits95[0], comma)}–${fmtPct(r.limits95[1], comma)} · z = ${fmtNum(r.z, 2, comma)} (${flagText(r.flag, lang)})`;
    parts.push(
      `<circle cx="${sx(r.n).toFixed(1)}" cy="${sy(r.share).toFixed(1)}" r="${out ? 3.2 : 2.4}" fill="${FLAG_COLOR[r.flag]}" fill-opacity="${out ? 1 : 0.75}" stroke="#fff" stroke-width="0.5"><title>${esc(title)}</title></circle>`,
    );
    if (out) label.push({ x: sx(r.n), y: sy(r.share), text: unitName(r.key, lang) });
  }
  const legend: Box = { x: W - pad.r - 95, y: pad.t - 2, w: 95, h: 12 };
  // labels keep off the legend and off every dot
  const dots: Box[] = rows.map((r) => ({ x: sx(r.n) - 2.5, y: sy(r.share) - 2.5, w: 5, h: 5 }));
  for (const l of placeLabels(label, { left: pad.l, right: W - pad.r, top: pad.t, bottom: H - pad.b }, [legend, ...dots])) {
    parts.push(`<text x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}" class="tk fl"${l.anchor === 'end' ? ' text-anchor="end"' : ''}>${esc(l.text)}</text>`);
  }
  // legend
  const ly = legend.y + 6;
  const lx = legend.x + 3;
  parts.push(`<rect x="${legend.x}" y="${legend.y}" width="${legend.w}" height="${legend.h}" fill="#fff" fill-opacity="0.85"/>`);
  parts.push(`<line x1="${lx}" y1="${ly}" x2="${lx + 14}" y2="${ly}" stroke="#e67e22" stroke-dasharray="3 2"/><text x="${lx + 17}" y="${ly + 3}" class="tk">95%</text>`);
  parts.push(`<line x1="${lx + 42}" y1="${ly}" x2="${lx + 56}" y2="${ly}" stroke="#c0392b"/><text x="${lx + 59}" y="${ly + 3}" class="tk">${esc(fmtPct(0.998, comma))}</text>`);
  return `<svg class="funnel" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(tr(AUDIT_UI.funnelTitle, lang))}">${parts.join('')}</svg>`;
}

/** The next "round" number ≥ x (10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 120, …). */
function niceCeil(x: number): number {
  if (x <= 10) return 10;
  const mag = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * mag >= x - 1e-9) return m * mag;
  return 10 * mag;
}

// ---- outlier labels ------------------------------------------------------------------------------

interface LabelPoint {
  x: number;
  y: number;
  text: string;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface PlacedLabel {
  /** the text's anchor point (its baseline) */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  text: string;
  /** the box the text takes (estimated) */
  box: Box;
}

/** Font size of a label (px, the `.tk` class) and the width of a character: 0.6 em, a little over DejaVu Sans' average. */
const LABEL_FONT = 8;
const CHAR_WIDTH = LABEL_FONT * 0.6;
const LINE = LABEL_FONT + 1.5;

/**
 * Labels beside their dots inside the plot area, each on the free place nearest its dot: on the
 * dot's line to its right (or left, when the left has more room), cut (…) where another label,
 * a dot or the legend begins, else a line below or above, and so on; a cut name keeps at least
 * ten characters.
 */
function placeLabels(points: LabelPoint[], area: { left: number; right: number; top: number; bottom: number }, obstacles: Box[] = []): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken = [...obstacles];
  for (const p of [...points].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const need = [...p.text].length;
    const preferred: 'start' | 'end' = area.right - (p.x + 4) >= need * CHAR_WIDTH || area.right - p.x >= p.x - area.left ? 'start' : 'end';
    let best: { cost: number; label: PlacedLabel } | null = null;
    for (let k = 0; k <= 12; k++) {
      // 0, +1, −1, +2, −2, … lines from the dot
      const shift = (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2);
      const baseline = p.y + 3 + shift * LINE;
      const y0 = baseline - LABEL_FONT + 1;
      const y1 = y0 + LINE;
      if (y0 < area.top - 1 || y1 > area.bottom + 1) continue;
      for (const side of ['start', 'end'] as const) {
        const x = side === 'start' ? p.x + 4 : p.x - 4;
        let limit = side === 'start' ? area.right : area.left;
        let blocked = false;
        for (const o of taken) {
          if (o.y >= y1 || o.y + o.h <= y0) continue;
          if (side === 'start' && o.x + o.w > x) {
            if (o.x <= x) blocked = true;
            else limit = Math.min(limit, o.x - 1);
          }
          if (side === 'end' && o.x < x) {
            if (o.x + o.w >= x) blocked = true;
            else limit = Math.max(limit, o.x + o.w + 1);
          }
        }
        if (blocked) continue;
        const fits = Math.floor(Math.abs(limit - x) / CHAR_WIDTH);
        if (fits < Math.min(need, 10)) continue;
        const cut = fits < need;
        const cost = 2 * Math.abs(shift) + (side === preferred ? 0 : 1) + (cut ? 1.5 : 0);
        if (best && best.cost <= cost) continue;
        const text = cut ? truncate(p.text, fits) : p.text;
        const w = [...text].length * CHAR_WIDTH;
        best = { cost, label: { x, y: baseline, anchor: side, text, box: { x: side === 'start' ? x : x - w, y: y0, w, h: LINE } } };
      }
      if (best && best.cost <= 2 * Math.abs(shift)) break;
    }
    if (!best) continue;
    taken.push(best.label.box);
    placed.push(best.label);
  }
  return placed;
}
