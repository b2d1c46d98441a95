/**
 * Target posts (docs/rules.md §12.2): rows of a positions (`jabatan`) table, and the implicit
 * posts of the roster's structural incumbents (every employee with eselon I–IV holds one).
 * Pure: recognised tables and employees in, posts and data problems out.
 */
import { eselonTier, jobLevel, type JobLevel } from '../levels.js';
import type { RecognisedJabatan } from '../tables.js';
import type { Cell, Employee, Issue, IssueCode } from '../types.js';
import { normaliseGolongan } from '../vocab.js';
import { cellText, checkNip, foldText, parseDate, parseNumber } from '../values.js';
import { LEVELS } from './params.js';
import type { PersonExtra, Post } from './types.js';
import { parseEducation } from './eligibility.js';

const LEVEL_WORDS: [RegExp, JobLevel][] = [
  [/^jpt madya$|^jabatan pimpinan tinggi madya$/, 'JPT_MADYA'],
  [/^jpt pratama$|^jabatan pimpinan tinggi pratama$/, 'JPT_PRATAMA'],
  [/^administrator$|^jabatan administrator$/, 'ADMINISTRATOR'],
  [/^pengawas$|^jabatan pengawas$/, 'PENGAWAS'],
  [/^pelaksana$/, 'PELAKSANA'],
  [/^(jf )?ahli utama$/, 'JF_AHLI_UTAMA'],
  [/^(jf )?ahli madya$/, 'JF_AHLI_MADYA'],
  [/^(jf )?ahli muda$/, 'JF_AHLI_MUDA'],
  [/^(jf )?ahli pertama$/, 'JF_AHLI_PERTAMA'],
  [/^(jf )?penyelia$/, 'JF_PENYELIA'],
  [/^(jf )?mahir$/, 'JF_MAHIR'],
  [/^(jf )?terampil$/, 'JF_TERAMPIL'],
  [/^(jf )?pemula$/, 'JF_PEMULA'],
];

/** A level from `JPT Pratama`, `Administrator`, `JF Ahli Madya`, or talenta's codes; null when unknown. */
export function parseLevel(v: string): JobLevel | null {
  const code = v
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  if ((LEVELS as readonly string[]).includes(code)) return code as JobLevel;
  const f = foldText(v).replace(/[_-]/g, ' ').replace(/\s+/g, ' ');
  for (const [re, lvl] of LEVEL_WORDS) if (re.test(f)) return lvl;
  return null;
}

const STRUCTURAL_BY_TIER: (JobLevel | null)[] = [null, 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'];

export interface ReadPosts {
  posts: Post[];
  issues: Issue[];
  /** rows read, rows used (a skipped row is reported as an error) */
  rows: number;
}

/** Read the positions tables. A row without a name or a readable level is reported and skipped. */
export function readPostTables(tables: readonly RecognisedJabatan[], asOfYear: number): ReadPosts {
  const posts: Post[] = [];
  const issues: Issue[] = [];
  const seen = new Map<string, Post>();
  let rows = 0;
  for (const t of tables) {
    const c = t.columns;
    const hasCode = c.kode_jabatan !== undefined;
    if (!hasCode) issues.push(issue('info', 'JABATAN_KODE_DIBUAT', t, null, null, null));
    for (let i = t.headerIndex + 1; i < t.raw.rows.length; i++) {
      const row = t.raw.rows[i]!;
      if (row.every((x) => x === null || cellText(x) === '')) continue;
      rows++;
      const rn = t.raw.rowNumbers[i]!;
      const get = (f: string): Cell => (c[f] === undefined ? null : (row[c[f]] ?? null));
      const txt = (f: string) => cellText(get(f));
      const name = txt('nama_jabatan');
      if (name === '') {
        issues.push(issue('error', 'JABATAN_NAMA_KOSONG', t, rn, t.headers[c.nama_jabatan ?? -1] ?? 'NAMA JABATAN', null));
        continue;
      }
      const eselon = txt('eselon');
      const tier = eselonTier(eselon);
      const level = parseLevel(txt('jenjang')) ?? (tier !== null ? (STRUCTURAL_BY_TIER[tier] ?? null) : null);
      if (level === null) {
        issues.push(issue('error', 'JABATAN_JENJANG_TIDAK_DIKETAHUI', t, rn, colName(t, 'jenjang') ?? colName(t, 'eselon'), txt('jenjang') || eselon || null));
        continue;
      }
      const code = hasCode && txt('kode_jabatan') !== '' ? txt('kode_jabatan') : `J-${rn}`;
      if (seen.has(code)) {
        issues.push(issue('error', 'JABATAN_KODE_GANDA', t, rn, colName(t, 'kode_jabatan'), code));
        continue;
      }
      const nips: string[] = [];
      for (const part of txt('nip_pejabat')
        .split(/[;,\s]+/)
        .filter((x) => x !== '')) {
        const chk = checkNip(part.replace(/^'/, ''), asOfYear, true);
        if (chk.ok) nips.push(chk.nip);
        else issues.push(issue('error', 'JABATAN_NIP_PEJABAT_TIDAK_VALID', t, rn, colName(t, 'nip_pejabat'), part));
      }
      const statusText = foldText(txt('status_jabatan'));
      const status: Post['status'] = statusText.startsWith('kosong')
        ? 'KOSONG'
        : statusText === 'plt'
          ? 'PLT'
          : statusText === 'plh'
            ? 'PLH'
            : nips.length > 0 || statusText.startsWith('terisi')
              ? 'TERISI'
              : 'KOSONG';
      if (status === 'KOSONG' && nips.length > 0 && statusText.startsWith('kosong')) {
        issues.push(issue('warning', 'JABATAN_STATUS_BERTENTANGAN', t, rn, colName(t, 'status_jabatan'), txt('status_jabatan')));
        nips.length = 0;
      }
      if (status !== 'TERISI') nips.length = 0;
      const seatsN = parseNumber(get('kebutuhan'));
      let seats = 1;
      if (txt('kebutuhan') !== '') {
        if (seatsN !== null && Number.isInteger(seatsN) && seatsN >= 1) seats = seatsN;
        else issues.push(issue('warning', 'KEBUTUHAN_TIDAK_VALID', t, rn, colName(t, 'kebutuhan'), txt('kebutuhan')));
      }
      const date = (f: string) => {
        if (txt(f) === '') return null;
        const d = parseDate(get(f), t.raw.date1904);
        if (!d) issues.push(issue('error', 'TANGGAL_TIDAK_VALID', t, rn, colName(t, f), txt(f)));
        return d;
      };
      const minEdu = txt('pendidikan_minimal');
      let minEducation: string | null = null;
      if (minEdu !== '') {
        minEducation = parseEducation(minEdu);
        if (minEducation === null) issues.push(issue('warning', 'SYARAT_TIDAK_DIKENAL', t, rn, colName(t, 'pendidikan_minimal'), minEdu));
      }
      const minGol = txt('golongan_minimal');
      let minGolongan: string | null = null;
      if (minGol !== '') {
        const paren = /\(([^)]+)\)/.exec(minGol);
        const g = normaliseGolongan(paren ? paren[1]! : minGol);
        if (g.ok && /\//.test(g.value)) minGolongan = g.value;
        else issues.push(issue('warning', 'SYARAT_TIDAK_DIKENAL', t, rn, colName(t, 'golongan_minimal'), minGol));
      }
      const lingkup = foldText(txt('lingkup_kandidat'));
      const scope: Post['scope'] = lingkup.startsWith('perangkat') || lingkup === 'opd' ? 'PERANGKAT_DAERAH' : lingkup.startsWith('unit') ? 'UNIT_KERJA' : 'INSTANSI';
      if (lingkup !== '' && scope === 'INSTANSI' && !lingkup.startsWith('instansi')) {
        issues.push(issue('warning', 'SYARAT_TIDAK_DIKENAL', t, rn, colName(t, 'lingkup_kandidat'), txt('lingkup_kandidat')));
      }
      const num = (f: string) => {
        const n = parseNumber(get(f));
        return n !== null && n >= 0 ? n : null;
      };
      const post: Post = {
        code,
        name,
        unit: txt('unit_kerja'),
        opd: txt('perangkat_daerah'),
        level,
        eselon,
        source: 'TABEL',
        critical: /^(ya|y|yes|1|true|kritikal)$/.test(foldText(txt('kritikal'))),
        importance: txt('tingkat_kepentingan'),
        status,
        incumbentNips: nips,
        seats,
        plannedVacancy: date('perkiraan_kosong'),
        plannedFill: date('rencana_pengisian'),
        minEducation,
        minGolongan,
        minYears: num('lama_minimal'),
        maxAge: num('usia_maksimal'),
        scope,
        note: txt('catatan'),
        sourceRow: `${t.raw.file}${t.raw.sheet ? ` [${t.raw.sheet}]` : ''} ${rn}`,
      };
      seen.set(code, post);
      posts.push(post);
    }
  }
  return { posts, issues, rows };
}

/**
 * Implicit posts (§5.2 roster-only mode): every roster employee with a valid NIP and eselon
 * I–IV holds a structural post `R-<NIP>`, the incumbent that employee. With a positions table,
 * only the eselon holders it does not link (by NIP PEJABAT or the roster's kode jabatan) are
 * added, each with a warning JABATAN_TIDAK_ADA_DI_TABEL.
 */
export function rosterPosts(employees: readonly Employee[], extras: Map<string, PersonExtra>, tablePosts: readonly Post[], withTable: boolean): { posts: Post[]; issues: Issue[] } {
  const linked = new Set<string>();
  const codes = new Set(tablePosts.map((p) => p.code));
  for (const p of tablePosts) for (const n of p.incumbentNips) linked.add(n);
  const posts: Post[] = [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const e of employees) {
    if (!e.nipValid || seen.has(e.nip)) continue;
    const tier = eselonTier(e.eselon);
    if (tier === null || tier > 4) continue;
    seen.add(e.nip);
    if (linked.has(e.nip)) continue;
    const kode = extras.get(e.nip)?.kodeJabatan ?? null;
    if (kode !== null && codes.has(kode)) continue;
    if (withTable) {
      issues.push({ severity: 'warning', code: 'JABATAN_TIDAK_ADA_DI_TABEL', file: e.source.file, sheet: e.source.sheet, row: e.source.row, column: null, value: e.nip });
    }
    posts.push({
      code: `R-${e.nip}`,
      name: e.jabatan,
      unit: e.unor,
      opd: e.unorInduk,
      level: STRUCTURAL_BY_TIER[tier] ?? jobLevel(e.eselon, e.jenisJabatan, e.jabatan) ?? 'PENGAWAS',
      eselon: e.eselon,
      source: 'ROSTER',
      critical: false,
      importance: '',
      status: 'TERISI',
      incumbentNips: [e.nip],
      seats: 1,
      plannedVacancy: null,
      plannedFill: null,
      minEducation: null,
      minGolongan: null,
      minYears: null,
      maxAge: null,
      scope: 'INSTANSI',
      note: '',
      sourceRow: '',
    });
  }
  return { posts, issues };
}

/** Incumbents linked by the roster's kode jabatan when NIP PEJABAT is empty (§5.2). */
export function linkByCode(posts: Post[], employees: readonly Employee[], extras: Map<string, PersonExtra>): void {
  const byCode = new Map<string, string[]>();
  for (const e of employees) {
    const k = extras.get(e.nip)?.kodeJabatan;
    if (!k || !e.nipValid || eselonTier(e.eselon) === null) continue;
    const l = byCode.get(k);
    if (l) l.push(e.nip);
    else byCode.set(k, [e.nip]);
  }
  for (const p of posts) {
    if (p.source !== 'TABEL' || p.incumbentNips.length > 0 || p.status === 'KOSONG') continue;
    const nips = byCode.get(p.code);
    if (nips) p.incumbentNips = [...nips];
  }
}

function colName(t: RecognisedJabatan, field: string): string | null {
  const i = t.columns[field];
  return i === undefined ? null : (t.headers[i] ?? null);
}

function issue(severity: Issue['severity'], code: IssueCode, t: RecognisedJabatan, row: number | null, column: string | null, value: string | null): Issue {
  return { severity, code, file: t.raw.file, sheet: t.raw.sheet, row, column, value };
}
