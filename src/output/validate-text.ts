/** `talenta validate` for people. */
import type { UnusableTable, ValidationReport } from '../core/validate.js';
import { FIELD_USE_TEXT, fillText, groupMessage, SEVERITY_WORD, tr, type Lang } from '../i18n.js';
import { escapeControls } from './terminal-safe.js';
import { DEFAULT_WIDTH, wrapText } from './width.js';
import { fmtInt, fmtPct } from './numbers.js';

/** The report for a terminal `width` columns wide: long lines wrap, data escaped first so its width is what shows. */
export function renderValidation(r: ValidationReport, lang: Lang, width = DEFAULT_WIDTH): string {
  return wrapText(escapeControls(renderValidationLines(r, lang)), width, 4);
}

function renderValidationLines(r: ValidationReport, lang: Lang): string {
  const w = VALIDATE_WORDS[lang];
  const out: string[] = [];
  out.push(w.tablesRead);
  for (const t of r.tables) {
    const where = `${t.file}${t.sheet ? ` [${t.sheet}]` : ''}`;
    const roles = t.roles.length ? t.roles.join(', ') : w.notRecognised;
    out.push(`  ${where}: ${roles}, ${t.rows} ${w.rows}${t.headerRow ? ` (${w.headerRow} ${t.headerRow})` : ''}`);
    const c = t.columns;
    if (!c) continue;
    if (c.mapped.length > 0) out.push(`    ${w.read}: ${c.mapped.map((m) => `${m.column} "${m.header}" → ${m.field}`).join(', ')}`);
    if (c.ignored.length > 0) out.push(`    ${w.notRead}: ${c.ignored.map((h) => `"${h}"`).join(', ')}`);
    if (c.missing.length > 0) {
      out.push(`    ${w.notFound}: ${c.missing.map((m) => `${m.field} (${m.rules.map((u) => tr(FIELD_USE_TEXT[u], lang, u)).join('; ')})`).join(', ')}`);
    }
  }
  if (r.missing.length > 0) out.push(`${w.missingTables}: ${r.missing.join(', ')}`);
  out.push('');
  // "no findings" only when there are none at all (a missing table is an error too)
  if (r.groups.length === 0 && r.missing.length === 0) out.push(w.noFindings);
  else if (r.groups.length > 0) out.push(w.findingsByCode);
  const sev = (x: keyof typeof SEVERITY_WORD) => SEVERITY_WORD[x][lang];
  const sevWidth = Math.max(...Object.values(SEVERITY_WORD).map((t) => t[lang].length));
  for (const g of r.groups) {
    const first = g.examples[0];
    const msg = first ? groupMessage(g.examples, lang) : '';
    const ex = g.examples.map((i) => `${i.sheet ?? i.file ?? ''}!${i.cell ?? i.row ?? ''}${i.value !== null ? ` = ${i.value}` : ''}`).join('; ');
    out.push(`  ${sev(g.severity).padEnd(sevWidth)} ${g.code.padEnd(26)} ${g.count} ${w.rows}: ${msg}`);
    if (ex) out.push(`  ${' '.repeat(sevWidth)} ${w.eg} ${ex}${g.count > g.examples.length ? ' …' : ''}`);
  }
  out.push('');
  const share = r.roster.share === null ? '–' : fmtPct(r.roster.share, lang === 'id');
  out.push(fillText(w.mappable, { mapped: fmtInt(r.roster.mapped, lang === 'id'), rows: fmtInt(r.roster.rows, lang === 'id'), share }));
  out.push(
    `${w.findings}: ${fmtInt(r.counts.error, lang === 'id')} ${sev('error')}, ${fmtInt(r.counts.warning, lang === 'id')} ${sev('warning')}, ${fmtInt(r.counts.info, lang === 'id')} ${sev('info')}`,
  );
  return out.join('\n') + '\n';
}

const VALIDATE_WORDS: Record<
  Lang,
  Record<
    | 'tablesRead'
    | 'notRecognised'
    | 'rows'
    | 'headerRow'
    | 'read'
    | 'notRead'
    | 'notFound'
    | 'missingTables'
    | 'noFindings'
    | 'findingsByCode'
    | 'eg'
    | 'mappable'
    | 'findings'
    | 'unusable',
    string
  >
> = {
  id: {
    tablesRead: 'Tabel yang dibaca:',
    notRecognised: 'tidak dikenali',
    rows: 'baris',
    headerRow: 'header baris',
    read: 'dibaca',
    notRead: 'tidak dibaca',
    notFound: 'tidak ditemukan',
    missingTables: 'Tabel tidak ditemukan',
    noFindings: 'Tidak ada temuan.',
    findingsByCode: 'Temuan menurut kode:',
    eg: 'mis.',
    mappable: 'Baris roster yang dapat dipetakan: {mapped} dari {rows} ({share})',
    findings: 'Temuan',
    unusable: 'talenta: peringatan: {where}: {unusable} dari {rows} baris tidak dapat dipakai (terbanyak {code}); peta dibuat tanpa baris itu. Lihat {cmd}\n',
  },
  en: {
    tablesRead: 'Tables read:',
    notRecognised: 'not recognised',
    rows: 'rows',
    headerRow: 'header row',
    read: 'read',
    notRead: 'not read',
    notFound: 'not found',
    missingTables: 'Missing tables',
    noFindings: 'No findings.',
    findingsByCode: 'Findings by code:',
    eg: 'e.g.',
    mappable: 'Roster rows that can be mapped: {mapped} of {rows} ({share})',
    findings: 'Findings',
    unusable: 'talenta: warning: {where}: {unusable} of {rows} rows could not be used (mostly {code}); the map is built without them. See {cmd}\n',
  },
};

/** One stderr line for a table most of whose rows could not be used, pointing to `talenta validate`. */
export function unusableTableLine(u: UnusableTable, inputs: string[], lang: Lang): string {
  const where = `${u.file}${u.sheet ? ` [${u.sheet}]` : ''}`;
  const cmd = `talenta validate ${inputs.join(' ')}`.trim();
  return fillText(VALIDATE_WORDS[lang].unusable, { where, unusable: u.unusable, rows: u.rows, code: u.code, cmd });
}
