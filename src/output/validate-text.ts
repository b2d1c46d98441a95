/** `talenta validate` for people. */
import type { UnusableTable, ValidationReport } from '../core/validate.js';
import { FIELD_USE_TEXT, groupMessage, tr, type Lang } from '../i18n.js';

export function renderValidation(r: ValidationReport, lang: Lang): string {
  const en = lang === 'en';
  const out: string[] = [];
  out.push(en ? 'Tables read:' : 'Tabel yang dibaca:');
  for (const t of r.tables) {
    const where = `${t.file}${t.sheet ? ` [${t.sheet}]` : ''}`;
    const roles = t.roles.length ? t.roles.join(', ') : en ? 'not recognised' : 'tidak dikenali';
    out.push(`  ${where}: ${roles}, ${t.rows} ${en ? 'rows' : 'baris'}${t.headerRow ? ` (header ${en ? 'row' : 'baris'} ${t.headerRow})` : ''}`);
    const c = t.columns;
    if (!c) continue;
    if (c.mapped.length > 0) out.push(`    ${en ? 'read' : 'dibaca'}: ${c.mapped.map((m) => `${m.column} "${m.header}" → ${m.field}`).join(', ')}`);
    if (c.ignored.length > 0) out.push(`    ${en ? 'not read' : 'tidak dibaca'}: ${c.ignored.map((h) => `"${h}"`).join(', ')}`);
    if (c.missing.length > 0) {
      out.push(`    ${en ? 'not found' : 'tidak ditemukan'}: ${c.missing.map((m) => `${m.field} (${m.rules.map((u) => tr(FIELD_USE_TEXT[u], lang, u)).join('; ')})`).join(', ')}`);
    }
  }
  if (r.missing.length > 0) {
    out.push(`${en ? 'Missing tables' : 'Tabel tidak ditemukan'}: ${r.missing.join(', ')}`);
  }
  out.push('');
  // "no findings" only when there are none at all (a missing table is an error too)
  if (r.groups.length === 0 && r.missing.length === 0) out.push(en ? 'No findings.' : 'Tidak ada temuan.');
  else if (r.groups.length > 0) out.push(en ? 'Findings by code:' : 'Temuan menurut kode:');
  for (const g of r.groups) {
    const first = g.examples[0];
    const msg = first ? groupMessage(g.examples, lang) : '';
    const ex = g.examples
      .map((i) => `${i.sheet ?? i.file ?? ''}!${i.cell ?? i.row ?? ''}${i.value !== null ? ` = ${i.value}` : ''}`)
      .join('; ');
    out.push(`  ${g.severity.padEnd(7)} ${g.code.padEnd(26)} ${g.count} ${en ? 'rows' : 'baris'}: ${msg}`);
    if (ex) out.push(`          ${en ? 'e.g.' : 'mis.'} ${ex}${g.count > g.examples.length ? ' …' : ''}`);
  }
  out.push('');
  const share = r.roster.share === null ? '–' : `${(r.roster.share * 100).toFixed(1)}%`;
  out.push(
    en
      ? `Roster rows that can be mapped: ${r.roster.mapped} of ${r.roster.rows} (${en ? share : share.replace('.', ',')})`
      : `Baris roster yang dapat dipetakan: ${r.roster.mapped} dari ${r.roster.rows} (${share.replace('.', ',')})`,
  );
  out.push(`${en ? 'Findings' : 'Temuan'}: ${r.counts.error} error, ${r.counts.warning} warning, ${r.counts.info} info`);
  return out.join('\n') + '\n';
}

/** One stderr line for a table most of whose rows could not be used, pointing to `talenta validate`. */
export function unusableTableLine(u: UnusableTable, inputs: string[], lang: Lang): string {
  const where = `${u.file}${u.sheet ? ` [${u.sheet}]` : ''}`;
  const cmd = `talenta validate ${inputs.join(' ')}`.trim();
  return lang === 'en'
    ? `talenta: warning: ${where}: ${u.unusable} of ${u.rows} rows could not be used (mostly ${u.code}); the map is built without them. See ${cmd}\n`
    : `talenta: peringatan: ${where}: ${u.unusable} dari ${u.rows} baris tidak dapat dipakai (terbanyak ${u.code}); peta dibuat tanpa baris itu. Lihat ${cmd}\n`;
}
