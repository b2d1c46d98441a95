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
 *
 * The page is built in src/output/html/: page.ts (the document), grid.ts, charts.ts and funnel.ts
 * (the SVG pictures), tables.ts (heat map, fairness, talent pool), css.ts, fit.ts (the print zoom
 * that keeps it on one page), palette.ts and escape.ts.
 */
import type { Audit } from '../core/audit.js';
import { atomicSink, type FileSink } from '../io/atomic.js';
import type { Ctx } from './model.js';
import { renderHtml, type HtmlMeta } from './html/page.js';

export { renderHtml, type HtmlMeta } from './html/page.js';
/** Write the report atomically (temporary name, then rename). */
export async function writeHtmlReport(path: string, ctx: Ctx, audit: Audit, meta: HtmlMeta, sink: FileSink = atomicSink({ lang: ctx.lang })): Promise<void> {
  const html = renderHtml(ctx, audit, meta);
  await sink.write(path, async (write) => {
    await write(html);
  });
}
