/** `talenta profile diff`, rendered: the terminal text and the JSON document (schemaVersion PROFILE_DIFF_SCHEMA_VERSION). */
import type { ProfileDiff } from '../core/profile-diff.js';
import { fillText as fill, type Lang } from '../i18n.js';

type Texts = Record<Lang, string>;

const PROFILE_DIFF_SCHEMA_VERSION = 1;

const TEXT = {
  head: { id: 'Parameter yang berbeda: {a} → {b}', en: 'Parameters that differ: {a} → {b}' },
  none: { id: '  (tidak ada)', en: '  (none)' },
  changes: { id: '{n} dari {total} pegawai berubah kotak atau keanggotaan talent pool:', en: '{n} of {total} employees change box or pool membership:' },
  box: { id: 'kotak', en: 'box' },
  yes: { id: 'ya', en: 'yes' },
  no: { id: 'tidak', en: 'no' },
} satisfies Record<string, Texts>;

export interface ProfileRef {
  source: string;
  hash: string;
}

export function profileDiffText(d: ProfileDiff, a: ProfileRef, b: ProfileRef, lang: Lang): string {
  const out = [fill(TEXT.head[lang], { a: a.source, b: b.source })];
  for (const p of d.parameters) out.push(`  ${p.path}: ${p.a ?? '–'} → ${p.b ?? '–'}`);
  if (d.parameters.length === 0) out.push(TEXT.none[lang]);
  if (d.placements) {
    out.push('', fill(TEXT.changes[lang], { n: d.placements.changes.length, total: d.placements.employees }));
    const yn = (x: boolean) => (x ? TEXT.yes[lang] : TEXT.no[lang]);
    for (const c of d.placements.changes) {
      const pool = c.poolFrom !== c.poolTo ? `  (talent pool: ${yn(c.poolFrom)} → ${yn(c.poolTo)})` : '';
      out.push(`  ${c.nip} ${c.nama.padEnd(30).slice(0, 30)} ${TEXT.box[lang]} ${c.from ?? '–'} → ${c.to ?? '–'}${pool}`);
    }
  }
  return out.join('\n') + '\n';
}

export function profileDiffDocument(d: ProfileDiff, a: ProfileRef, b: ProfileRef) {
  return {
    schemaVersion: PROFILE_DIFF_SCHEMA_VERSION,
    a: { source: a.source, hash: a.hash },
    b: { source: b.source, hash: b.hash },
    parameters: d.parameters,
    changes: d.placements?.changes ?? [],
  };
}
