/** Page fit: an estimate of the page's height and the print zoom that keeps it on one A4 page. */
import type { Audit } from '../../core/audit.js';

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
  // the estimate is rough: keep 5 mm in hand; a page that must shrink was measured up to 7% taller
  // than its estimate (long signals, two-line heat-map rows), so shrink it for 8% more
  const room = PRINTABLE_MM - 5;
  return total <= room ? 1 : Math.floor((room / (total * 1.08)) * 100) / 100;
}
