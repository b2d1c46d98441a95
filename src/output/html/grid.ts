/** The 9-box grid as SVG, numbered as the profile numbers the boxes (X = potensial, Y = kinerja). */
import { gridOf, POTENTIAL_COLUMNS } from '../../core/grid.js';
import { AUDIT_UI, PERFORMANCE_LABEL, POTENTIAL_LABEL, tr, UI } from '../../i18n.js';
import { fmtInt, fmtPct } from '../audit-text.js';
import type { Ctx } from '../model.js';
import { esc } from './escape.js';
import { GROUP_COLOR, GROUP_INK } from './palette.js';

export function gridSvg(ctx: Ctx, comma: boolean): string {
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
