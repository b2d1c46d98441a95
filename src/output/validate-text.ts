/** `talenta validate` for people. */
import type { ValidationReport } from '../core/validate.js';
import { issueMessage, type Lang } from '../i18n.js';

export function renderValidation(r: ValidationReport, lang: Lang): string {
  const en = lang === 'en';
  const out: string[] = [];
  out.push(en ? 'Tables read:' : 'Tabel yang dibaca:');
  for (const t of r.tables) {
    const where = `${t.file}${t.sheet ? ` [${t.sheet}]` : ''}`;
    const roles = t.roles.length ? t.roles.join(', ') : en ? 'not recognised' : 'tidak dikenali';
    out.push(`  ${where}: ${roles}, ${t.rows} ${en ? 'rows' : 'baris'}${t.headerRow ? ` (header ${en ? 'row' : 'baris'} ${t.headerRow})` : ''}`);
  }
  if (r.missing.length > 0) {
    out.push(`${en ? 'Missing tables' : 'Tabel tidak ditemukan'}: ${r.missing.join(', ')}`);
  }
  out.push('');
  if (r.groups.length === 0) out.push(en ? 'No findings.' : 'Tidak ada temuan.');
  else out.push(en ? 'Findings by code:' : 'Temuan menurut kode:');
  for (const g of r.groups) {
    const first = g.examples[0];
    const msg = first ? issueMessage(first, lang) : '';
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
