/** `talenta explain NIP --kode K` on the terminal: every check of one candidate for one post. */
import type { CheckResult, Eligibility } from '../core/succession/types.js';
import { CHECK_LABEL, CHECK_REASON_TEXT, CHECK_STATUS_LABEL, ELIGIBILITY_LABEL, fillText, JOB_LEVEL_LABEL, READINESS_LABEL, tr, type Lang } from '../i18n.js';

const TEXT = {
  head: {
    id: 'Jenjang: {from} → {to} · kotak {box} · tanggal acuan syarat {ref} · as-of {asOf}',
    en: 'Level: {from} → {to} · box {box} · reference date of the checks {ref} · as-of {asOf}',
  },
  notUniverse: {
    id: 'Tidak termasuk kandidat (kotak bukan kotak kandidat, belum terpetakan, atau dikecualikan dari talent pool): tidak dinilai untuk jabatan mana pun.',
    en: 'Not in the candidate universe (box not among the candidate boxes, not mapped, or excluded from the talent pool): not evaluated for any post.',
  },
  notFeeder: {
    id: 'Jenjang sekarang bukan jenjang asal jabatan ini (S4): tidak dinilai untuk jabatan ini. Syarat di bawah hanya sebagai informasi.',
    en: 'The current level is not a feeder level of this post (S4): not evaluated for it. The checks below are for information.',
  },
  value: { id: 'nilai', en: 'value' },
  required: { id: 'syarat', en: 'required' },
  metOn: { id: 'terpenuhi', en: 'met on' },
  verdict: { id: 'Kelayakan: {eligibility} · kesiapan: {readiness} (siap {ready})', en: 'Eligibility: {eligibility} · readiness: {readiness} (ready {ready})' },
} satisfies Record<string, Record<Lang, string>>;

export interface SuccessionExplain {
  nip: string;
  nama: string;
  post: { code: string; name: string; level: string };
  level: string | null;
  box: number | null;
  referenceDate: string;
  asOf: string;
  inUniverse: boolean;
  inFeeder: boolean;
  checks: readonly CheckResult[];
  eligibility: Eligibility;
  /** BUKAN_KANDIDAT when not evaluated */
  readiness: string;
  ready: string;
}

export function renderSuccessionExplain(x: SuccessionExplain, lang: Lang): string {
  const L = (table: Record<string, { id: string; en: string }>, k: string) => tr(table[k], lang, k);
  const lines = [
    `${x.nip} ${x.nama} → ${x.post.code} ${x.post.name}`,
    fillText(TEXT.head[lang], { from: L(JOB_LEVEL_LABEL, x.level ?? '?'), to: L(JOB_LEVEL_LABEL, x.post.level), box: x.box ?? '–', ref: x.referenceDate, asOf: x.asOf }),
  ];
  if (!x.inUniverse) lines.push(TEXT.notUniverse[lang]);
  if (!x.inFeeder) lines.push(TEXT.notFeeder[lang]);
  for (const c of x.checks) {
    const value = c.value !== null ? ` · ${TEXT.value[lang]} ${c.value}` : '';
    const required = c.required !== null ? ` · ${TEXT.required[lang]} ${c.required}` : '';
    const met = c.metDate ? ` · ${TEXT.metOn[lang]} ${c.metDate}` : '';
    const mode = c.mode !== 'keras' ? ` · ${c.mode}` : '';
    lines.push(`  ${c.code.padEnd(22)} ${L(CHECK_STATUS_LABEL, c.status).padEnd(18)} ${L(CHECK_LABEL, c.code)}${value}${required}${met}${mode}`);
    const why = tr(CHECK_REASON_TEXT[c.reason], lang);
    lines.push(`  ${''.padEnd(22)} ${c.basis}${why ? ` — ${why}` : ''}`);
  }
  lines.push(fillText(TEXT.verdict[lang], { eligibility: L(ELIGIBILITY_LABEL, x.eligibility), readiness: L(READINESS_LABEL, x.readiness), ready: x.ready }));
  return lines.join('\n') + '\n';
}
