/** The page's tables: the heat map per unit, the fairness groups, the top of the talent pool. */
import type { Audit, LeniencyRow } from '../../core/audit.js';
import { gridOf } from '../../core/grid.js';
import { AUDIT_UI, fillText, tr, UI } from '../../i18n.js';
import {
  auditCtx,
  FAIRNESS_COLUMNS,
  fairnessRows,
  formatValue,
  pick,
  suppressedText,
  UNIT_COLUMNS,
  type AuditColumn,
  type AuditCtx,
  type FairnessRow,
  type Tone,
  type UnitRow,
} from '../audit-columns.js';
import { dimensionName, fmtInt, fmtNum, fmtP, fmtPct, say, truncate } from '../audit-text.js';
import type { Ctx } from '../model.js';
import { esc } from './escape.js';
import { GROUP_COLOR, GROUP_INK, heat, inkOn } from './palette.js';
import type { HtmlMeta } from './meta.js';

/** A model column's header as the page shows it (the short one where `short`). */
const headerOf = <R>(col: AuditColumn<R>, c: AuditCtx, short = false) => (short && col.short?.header ? col.short.header(c) : col.header(c));
const textOf = <R>(col: AuditColumn<R>, r: R, c: AuditCtx, short = false) => formatValue((short && col.short?.value ? col.short.value : col.value)(r, c), col.format, c.comma);
const toneClass = (t: Tone) => t ?? '';

/**
 * Heat-map columns around the box cells: ids of the audit column model, true for the short header
 * and value; the pool-box share is headed "Kotak 7–9" (the `pool` column's header), the % is in
 * its cells.
 */
const HEAT_BEFORE: [string, boolean, string?][] = [
  ['unit', false],
  ['nMapped', true],
];
const HEAT_AFTER: [string, boolean, string?][] = [
  ['poolShare', false, 'pool'],
  ['signal', true],
  ['share_BAIK', false],
  ['guidance', true],
];

export function heatTable(ctx: Ctx, audit: Audit, comma: boolean, maxUnits: number): string {
  const { lang } = ctx;
  const c = auditCtx(ctx, audit);
  const scan = audit.leniency.units;
  const dist = new Map(audit.distribution.units.map((u) => [u.unit, u]));
  let rows: LeniencyRow[] = scan.rows;
  let note = '';
  if (rows.length > maxUnits) {
    const keep = new Set(
      [...rows]
        .sort((a, b) => Math.abs(b.z ?? 0) - Math.abs(a.z ?? 0))
        .slice(0, maxUnits)
        .map((r) => r.key),
    );
    note = fillText(tr(AUDIT_UI.heatmapMore, lang), { shown: maxUnits, total: rows.length });
    rows = rows.filter((r) => keep.has(r.key));
  }
  const spec = ([id, short, headerFrom]: [string, boolean, string?]) => ({ col: pick(UNIT_COLUMNS, [id])[0]!, short, head: pick(UNIT_COLUMNS, [headerFrom ?? id])[0]! });
  const before = HEAT_BEFORE.map(spec);
  const after = HEAT_AFTER.map(spec);
  const grid = gridOf(ctx.profile);
  const boxes = grid.order;
  const th = ({ col, short, head }: { col: AuditColumn<UnitRow>; short: boolean; head: AuditColumn<UnitRow> }) =>
    `<th${col.format === 'text' ? ' class="l"' : ''}>${esc(headerOf(head, c, short))}</th>`;
  const head = `<tr>${before.map(th).join('')}${boxes.map((b) => `<th class="bx ${grid.group(b)}">${b}</th>`).join('')}${after.map(th).join('')}</tr>`;
  const boxCells = (counts: number[], n: number) =>
    boxes
      .map((b) => {
        const share = n ? (counts[b - 1] ?? 0) / n : 0;
        return `<td class="hm" style="background:${heat(share)};color:${inkOn(share)}">${share > 0 ? esc(fmtNum(100 * share, 0)) : ''}</td>`;
      })
      .join('');
  /** a model cell as the page writes it: names cut (whole in the title), shares of Baik whole, – for an empty or in-limits value */
  const td = (r: UnitRow, { col, short }: { col: AuditColumn<UnitRow>; short: boolean }) => {
    const tone = toneClass(col.tone?.(r, c) ?? null);
    if (col.id === 'unit') {
      const name = textOf(col, r, c);
      return `<td class="l" title="${esc(name)}">${esc(truncate(name, 36))}</td>`;
    }
    if (col.id === 'signal') {
      if (r.key === null) return '<td class="l">p₀</td>';
      const within = !r.scan || r.scan.flag === 'WITHIN';
      return `<td class="l ${within ? 'muted' : tone}">${esc(within ? '–' : textOf(col, r, c, short))}</td>`;
    }
    const v = col.id === 'share_BAIK' ? (r.dist ? fmtPct(r.dist.shares.BAIK, comma, 0) : '') : textOf(col, r, c, short);
    const cls =
      col.id === 'poolShare' ? `b ${toneClass(pick(UNIT_COLUMNS, ['signal'])[0]!.tone!(r, c))}` : col.id === 'guidance' ? `l g ${tone}` : col.format === 'text' ? 'l' : '';
    return `<td${cls.trim() ? ` class="${cls.trim()}"` : ''}>${esc(v === '' ? '–' : v)}</td>`;
  };
  const row = (r: UnitRow, counts: number[], n: number, cls = '') =>
    `<tr${cls ? ` class="${cls}"` : ''}>${before.map((x) => td(r, x)).join('')}${boxCells(counts, n)}${after.map((x) => td(r, x)).join('')}</tr>`;
  const agency: UnitRow = {
    key: null,
    dist: audit.distribution.agency,
    scan: { key: '', n: scan.agencyN, pool: scan.agencyPool, share: scan.agencyShare, boxes: [], z: null, limits95: [0, 1], limits998: [0, 1], flag: 'WITHIN' },
  };
  const out: string[] = [
    head,
    row(
      agency,
      scan.agencyBoxShares.map((s) => s * scan.agencyN),
      scan.agencyN,
      'agency',
    ),
  ];
  for (const r of rows) {
    const d = dist.get(r.key);
    out.push(row({ key: r.key, scan: r, ...(d ? { dist: d } : {}) }, r.boxes, r.n));
  }
  const foot: string[] = [tr(AUDIT_UI.heatmapNote, lang)];
  if (scan.suppressed > 0) foot.push(fillText(tr(AUDIT_UI.suppressedUnits, lang), { n: scan.suppressed, min: audit.options.minGroup }));
  if (note) foot.push(note);
  return `<table class="heat">${out.join('')}</table>${foot.length ? `<p class="note">${esc(foot.join(' '))}</p>` : ''}`;
}

/** Fairness columns on the page (ids of the audit column model). */
const FAIR_HTML = ['group', 'mapped', 'selected', 'rate', 'air'];

export function fairnessTable(ctx: Ctx, audit: Audit, comma: boolean): string {
  const c = auditCtx(ctx, audit);
  const cols = pick(FAIRNESS_COLUMNS, FAIR_HTML);
  const rows: string[] = [`<tr>${cols.map((col) => `<th${col.id === 'group' || col.id === 'rate' ? ' class="l"' : ''}>${esc(headerOf(col, c))}</th>`).join('')}</tr>`];
  const maxRate = Math.max(0.01, ...audit.fairness.dimensions.flatMap((d) => d.groups.map((g) => g.rate ?? 0)));
  const cell = (r: FairnessRow, col: AuditColumn<FairnessRow>) => {
    const g = r.g;
    if (col.id === 'group') return `<td class="l">${esc(textOf(col, r, c))}${g.key === r.dim.reference ? ` <span class="ref">${esc(say('reference', c.lang))}</span>` : ''}</td>`;
    if (col.id === 'rate') {
      const w = ((g.rate ?? 0) / maxRate) * 100;
      return `<td class="l"><span class="rb"><span style="width:${w.toFixed(1)}%"></span></span> ${esc(fmtPct(g.rate, comma, 0))}</td>`;
    }
    if (col.id === 'air') return `<td class="b ${toneClass(col.tone?.(r, c) ?? null)}">${esc(textOf(col, r, c))}${g.belowFourFifths ? ' ⚑' : ''}</td>`;
    return `<td>${esc(textOf(col, r, c))}</td>`;
  };
  for (const d of audit.fairness.dimensions) {
    rows.push(
      `<tr class="dim"><td colspan="${cols.length}" class="l">${esc(dimensionName(d.id, c.lang))}${d.test ? ` <span class="muted">· p = ${esc(fmtP(d.test.p, comma))}</span>` : ''}</td></tr>`,
    );
    for (const r of fairnessRows(audit).filter((x) => x.dim === d)) {
      if (r.g.suppressed) {
        rows.push(`<tr>${cell(r, cols[0]!)}<td colspan="${cols.length - 1}" class="l muted">${esc(suppressedText(c))}</td></tr>`);
        continue;
      }
      rows.push(`<tr>${cols.map((col) => cell(r, col)).join('')}</tr>`);
    }
  }
  return `<table class="fair">${rows.join('')}</table>`;
}

export function poolTable(ctx: Ctx, meta: HtmlMeta, comma: boolean): string {
  const { lang, result } = ctx;
  const top = meta.top ?? 8;
  const showName = !meta.pseudonymized;
  if (result.pool.length === 0) return `<p>${esc(tr(UI.noPool, lang))}</p>`;
  const head = `<tr><th>#</th><th>${esc(tr(UI.box, lang))}</th><th class="l">${meta.pseudonymized ? esc(say('pseudonym', lang)) : 'NIP'}</th>${showName ? `<th class="l">${esc(tr(AUDIT_UI.name, lang))}</th>` : ''}<th class="l">OPD</th><th>${esc(tr(AUDIT_UI.talentScore, lang))}</th></tr>`;
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
