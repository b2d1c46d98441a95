/** `talenta explain` for people: the trace as text. */
import type { EmployeeTrace } from '../core/explain.js';
import type { Profile } from '../core/profile.js';
import { JOB_LEVEL_LABEL, noteText, PERFORMANCE_LABEL, POTENTIAL_LABEL, PREDIKAT_TERM, isReasonCode, reasonText, tr, type Lang } from '../i18n.js';
import { escapeControls } from './terminal-safe.js';
import { DEFAULT_WIDTH, wrapText } from './width.js';

function num(x: number | null, lang: Lang): string {
  if (x === null) return '–';
  const s = String(Math.round(x * 1e6) / 1e6);
  return lang === 'id' ? s.replace('.', ',') : s;
}

const where = (s: { file: string; sheet: string | null; row: number }) => `${s.file}${s.sheet ? `[${s.sheet}]` : ''}!${s.row}`;

/** The trace for a terminal `width` columns wide: long lines wrap, data escaped first so its width is what shows. */
export function renderExplain(traces: EmployeeTrace[], profile: Profile, asOf: string, lang: Lang, hash = '', width = DEFAULT_WIDTH): string {
  return wrapText(escapeControls(renderExplainLines(traces, profile, asOf, lang, hash)), width, 4);
}

function renderExplainLines(traces: EmployeeTrace[], profile: Profile, asOf: string, lang: Lang, hash: string): string {
  const en = lang === 'en';
  const L = (id: string, eng: string) => (en ? eng : id);
  const out: string[] = [];
  for (const t of traces) {
    const e = t.employee;
    out.push(`NIP ${e.nip} — ${e.nama || '?'}${e.jabatan ? ` (${e.jabatan}${e.unorInduk ? `, ${e.unorInduk}` : ''})` : ''}`);
    out.push(`${L('Tanggal acuan', 'Reference date')} ${asOf} · ${L('profil', 'profile')} ${profile.id} v${profile.version}${hash ? ` #${hash.slice(0, 8)}` : ''}`);
    out.push('');
    out.push(L('Data masukan', 'Input rows'));
    for (const r of t.rows) {
      const vals = Object.entries(r.values)
        .filter(([k, v]) => k !== 'nip' && v !== '')
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
      out.push(`  ${r.role.padEnd(7)} ${where(r.source).padEnd(28)} ${vals}`);
    }
    out.push('');
    out.push(L('Kinerja (SKP)', 'Performance (SKP)'));
    const wy = t.performance.windowYears;
    out.push(`  ${L('jendela tahun', 'year window')}: ${wy.map((y, i) => `${y} (${L('bobot', 'weight')} ${num(t.performance.yearWeights[i] ?? null, lang)})`).join(', ')}`);
    if (e.performance.years.length === 0) out.push(`  ${L('tidak ada SKP yang dapat dipakai pada jendela ini', 'no usable SKP in this window')}`);
    for (const y of e.performance.years) {
      const via = { predikat: L('predikat', 'predikat'), matrix: L('matriks rating 6/2022', '6/2022 rating matrix'), legacy: L('nilai lama', 'legacy value') }[y.via];
      out.push(
        `  ${y.year}: ${PREDIKAT_TERM[y.predikat]} (${L('dari', 'from')} ${via}, ${where(y.source)}) → ${num(y.score, lang)} × ${num(y.weight, lang)} = ${num(y.score * y.weight, lang)}`,
      );
    }
    const pt = t.performance.thresholds;
    if (e.performance.score !== null && e.performance.level) {
      out.push(
        `  ${L('skor kinerja', 'performance score')} = ${num(e.performance.score, lang)} → ${PERFORMANCE_LABEL[e.performance.level][lang]} (≥ ${pt.high} ${L('di atas', 'above')}, ≥ ${pt.middle} ${L('sesuai', 'meets')})`,
      );
    }
    out.push('');
    out.push(L('Potensial (CACT)', 'Potential (CACT)'));
    const p = e.potential;
    if (!p.source) out.push(`  ${L('tidak ada hasil CACT', 'no CACT result')}`);
    else {
      out.push(`  ${L('sumber', 'source')}: ${where(p.source)}; ${L('tanggal tes', 'test date')} ${p.tanggalTes ?? '–'}`);
      out.push(`  JPM potensi ${num(p.jpmPotensi, lang)}`);
      if (p.kompetensiFromParts) {
        const parts = t.potential.parts.filter((x): x is number => x !== null);
        out.push(`  JPM kompetensi = ${L('rata-rata', 'mean of')} (${parts.map((x) => num(x, lang)).join(' + ')}) / ${parts.length} = ${num(p.jpmKompetensi, lang)}`);
      } else out.push(`  JPM kompetensi ${num(p.jpmKompetensi, lang)}`);
      const w = t.potential.weights;
      if (p.score !== null && p.jpmPotensi !== null && p.jpmKompetensi !== null) {
        out.push(
          `  ${L('skor potensial', 'potential score')} = ${num(w.potensi, lang)} × ${num(p.jpmPotensi, lang)} + ${num(w.kompetensi, lang)} × ${num(p.jpmKompetensi, lang)} = ${num(p.score, lang)}`,
        );
      } else if (p.score !== null) {
        out.push(`  ${L('skor potensial', 'potential score')} = ${num(p.score, lang)} (${L('satu komponen saja', 'one component only')})`);
      }
      if (p.components && p.components.length > 0) {
        out.push(`  ${L('skor CACT', 'CACT score')} = ${num(p.cactScore ?? null, lang)}; ${L('komponen', 'components')}:`);
        for (const c of p.components) out.push(`    ${c.id}: ${num(c.score, lang)} × ${num(c.weight, lang)} = ${num(c.score * c.weight, lang)}`);
        out.push(`  ${L('skor potensial', 'potential score')} = ${num(p.score, lang)}`);
      }
      const th = t.potential.thresholds;
      if (p.level) {
        out.push(
          `  → ${POTENTIAL_LABEL[p.level][lang]}${p.fromKategori ? ` (${L('dari kategori CACT', 'from the CACT category')})` : ` (≥ ${th.high} ${L('tinggi', 'high')}, ≥ ${th.middle} ${L('menengah', 'medium')})`}`,
        );
      }
      out.push(
        `  ${L('berlaku', 'valid')} ${t.potential.validityYears} ${L('tahun: kedaluwarsa bila tes sebelum', 'years: expired if tested before')} ${t.potential.expiresBefore} → ${
          e.notMappedReasons.includes('CACT_KEDALUWARSA') ? L('KEDALUWARSA', 'EXPIRED') : L('berlaku', 'valid')
        }`,
      );
    }
    out.push('');
    if (e.box !== null) {
      const bt = profile.boxText[String(e.box)];
      out.push(`${L('Kotak', 'Box')} ${e.box}: ${tr(bt?.label, lang)}`);
      out.push(`  ${L('rekomendasi', 'recommendation')}: ${tr(bt?.rekomendasi, lang)}`);
      out.push(`  ${L('nilai talenta', 'talent score')} = ${num(e.talentScore, lang)}`);
    } else {
      out.push(`${L('Belum terpetakan', 'Not mapped')}: ${e.notMappedReasons.map((r) => `${r} (${reasonText(r, lang)})`).join('; ')}`);
    }
    out.push('');
    out.push(L('Talent pool', 'Talent pool'));
    for (const r of t.rules) {
      // [?]: the rule's data is missing, so it is neither met nor passed
      const mark = !r.enabled ? '[-]' : r.code === 'KOTAK_TALENT_POOL' ? (r.applies ? '[✓]' : '[✗]') : !r.checked ? '[?]' : r.applies ? '[✗]' : '[✓]';
      const unchecked = r.enabled && !r.checked ? ` — ${L('TIDAK DAPAT DIPERIKSA (data tidak ada)', 'CANNOT BE CHECKED (data missing)')}` : '';
      const detail = Object.entries(r.detail)
        .filter(([, v]) => v !== null && v !== '')
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
      out.push(`  ${mark} ${r.code}${isReasonCode(r.code) ? ` (${reasonText(r.code, lang)})` : ''}: ${detail}${unchecked}`);
    }
    out.push(
      `  → ${e.talentPool ? `${L('MASUK talent pool', 'IN the talent pool')} (KRS ${e.krs === 'INSTANSI_NASIONAL' ? 'Instansi/Nasional' : 'Instansi'})` : L('tidak masuk talent pool', 'not in the talent pool')}`,
    );
    if (e.rank !== null) {
      const target = e.targetLevel ? tr(JOB_LEVEL_LABEL[e.targetLevel], lang) : '–';
      out.push(
        `  ${L('peringkat', 'rank')} ${e.rank}; ${L('dalam jenjang target', 'within target level')} ${target}: ${e.rankInTargetLevel ?? '–'}; ${L('dalam unit', 'within unit')} ${e.unorInduk || '–'}: ${e.rankInUnit}`,
      );
    }
    if (e.notes.length > 0) out.push(`${L('Catatan', 'Notes')}: ${e.notes.map((n) => noteText(n, lang)).join('; ')}`);
    out.push('');
  }
  return out.join('\n');
}
