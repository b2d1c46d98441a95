/**
 * Pseudonymised reports (`--pseudonymize`), for reports that leave BKPSDM: every NIP is replaced
 * by a keyed hash (HMAC-SHA256 with a secret key), names and birth dates are removed. The same
 * key gives the same pseudonym in every run, so `talenta compare` still matches employees; without
 * the key a pseudonym cannot be turned back into a NIP (a NIP has little entropy, so a plain
 * unkeyed hash could be reversed by trying every birth date × TMT × sequence).
 *
 * The key: `--pseudonym-key-file FILE`, else TALENTA_PSEUDONYM_KEY (the key itself), else
 * TALENTA_PSEUDONYM_KEY_FILE (a file holding it); at least 16 characters. Make one with
 * `openssl rand -hex 32 > talenta.key` and keep it inside BKPSDM.
 *
 * Pseudonymisation is not anonymisation: a position held by one person (a Kepala Dinas) and the
 * unit still point at that person. Aggregates (the audit) suppress groups under 5 people.
 */
import { toPlainEmployee } from '../core/employee-table.js';
import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Audit } from '../core/audit.js';
import type { Reconciliation } from '../core/reconcile.js';
import type { ClassifyResult, Issue } from '../core/types.js';
import { cleanNip, isScientific } from '../core/values.js';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n.js';

const MIN_KEY_LENGTH = 16;
/** pseudonym = this letter + 17 upper-case hex digits of the HMAC (68 bits): as wide as a NIP, never all digits */
const PSEUDONYM_PREFIX = 'P';
const PSEUDONYM_HEX = 17;
/** domain separation: the key may be shared with other tools without linking their hashes */
const CONTEXT = 'talenta/nip/v1\u0000';

export type Pseudonymizer = (value: string) => string;

export interface KeySource {
  /** `--pseudonym-key-file` */
  keyFile?: string;
  env: NodeJS.ProcessEnv;
  lang: Lang;
}

const msg = (lang: Lang, id: string, en: string) => (lang === 'en' ? en : id);

/** The secret key, from the flag's file, TALENTA_PSEUDONYM_KEY or TALENTA_PSEUDONYM_KEY_FILE. */
export async function loadPseudonymKey(src: KeySource): Promise<Buffer> {
  const { lang, env } = src;
  let text: string | undefined;
  let where: string;
  const file = src.keyFile ?? (env.TALENTA_PSEUDONYM_KEY ? undefined : env.TALENTA_PSEUDONYM_KEY_FILE);
  if (file !== undefined) {
    where = file;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      throw new UsageError(msg(lang, `Berkas kunci pseudonim tidak dapat dibaca: ${file} (${code}).`, `Cannot read the pseudonym key file: ${file} (${code}).`));
    }
  } else {
    where = 'TALENTA_PSEUDONYM_KEY';
    text = env.TALENTA_PSEUDONYM_KEY;
  }
  if (text === undefined || text.trim() === '') {
    throw new UsageError(
      msg(
        lang,
        '--pseudonymize membutuhkan kunci rahasia: --pseudonym-key-file BERKAS, atau TALENTA_PSEUDONYM_KEY / TALENTA_PSEUDONYM_KEY_FILE. Buat satu kali dengan: openssl rand -hex 32 > talenta.key (simpan di BKPSDM; kunci yang sama memberi pseudonim yang sama).',
        '--pseudonymize needs a secret key: --pseudonym-key-file FILE, or TALENTA_PSEUDONYM_KEY / TALENTA_PSEUDONYM_KEY_FILE. Make one once with: openssl rand -hex 32 > talenta.key (keep it inside BKPSDM; the same key gives the same pseudonyms).',
      ),
    );
  }
  const key = text.trim();
  if (key.length < MIN_KEY_LENGTH) {
    throw new UsageError(
      msg(
        lang,
        `Kunci pseudonim (${where}) terlalu pendek: ${key.length} karakter, minimal ${MIN_KEY_LENGTH}. Buat dengan: openssl rand -hex 32 > talenta.key`,
        `The pseudonym key (${where}) is too short: ${key.length} characters, at least ${MIN_KEY_LENGTH}. Make one with: openssl rand -hex 32 > talenta.key`,
      ),
    );
  }
  return Buffer.from(key, 'utf8');
}

/** The keyed hash of one NIP (spaces, dots, hyphens and a leading apostrophe stripped first). */
export function pseudonymOf(key: Buffer | string, nip: string): string {
  const hex = createHmac('sha256', key)
    .update(CONTEXT + cleanNip(nip))
    .digest('hex');
  return PSEUDONYM_PREFIX + hex.slice(0, PSEUDONYM_HEX).toUpperCase();
}

/** A memoised pseudonymizer; the empty string stays empty. */
export function makePseudonymizer(key: Buffer | string): Pseudonymizer {
  const cache = new Map<string, string>();
  return (value: string) => {
    if (value === '') return '';
    let p = cache.get(value);
    if (p === undefined) {
      p = pseudonymOf(key, value);
      cache.set(value, p);
    }
    return p;
  };
}

/** Issue codes whose value is a NIP (replaced by its pseudonym). */
const NIP_VALUE = /^NIP_/;
/** Issue codes whose value says nothing about a person (kept); every other value is removed. */
const KEEP_VALUE = new Set([
  'TAHUN_TIDAK_VALID',
  'PREDIKAT_TIDAK_DIKENAL',
  'RATING_TIDAK_DIKENAL',
  'NILAI_SKP_TIDAK_VALID',
  'NILAI_SKP_DI_LUAR_SKALA',
  'SKP_KOSONG',
  'JPM_TIDAK_VALID',
  'JPM_DI_ATAS_100',
  'KATEGORI_TIDAK_DIKENAL',
  'HUKDIS_TINGKAT_TIDAK_DIKENAL',
  'BUP_TIDAK_VALID',
  'KOTAK_HULU_TIDAK_VALID',
  'ESELON_TIDAK_DIKENAL',
  'JENIS_JABATAN_TIDAK_DIKENAL',
  'GOLONGAN_TIDAK_DIKENAL',
  'KEDUDUKAN_HUKUM_TIDAK_DIKENAL',
  'JENIS_PEGAWAI_TIDAK_DIKENAL',
  'TABEL_TIDAK_DIKENALI',
  'TABEL_TANPA_HEADER',
  'SHEET_TERSEMBUNYI',
  'ENCODING_BUKAN_UTF8',
  'ENCODING_KARAKTER_RUSAK',
]);

/**
 * An issue's value: a NIP (a NIP code, a column whose header says NIP, or a long run of digits
 * such as a NIP that Excel turned into a number) becomes its pseudonym; a value that says nothing
 * about a person (an unknown predikat, golongan, …) is kept; anything else is removed.
 */
function pseudonymizeIssue(i: Issue, p: Pseudonymizer): Issue {
  if (i.value === null) return i;
  const nipColumn = i.column !== null && /\bnip\b/i.test(i.column.replace(/[_.-]/g, ' '));
  if (NIP_VALUE.test(i.code) || nipColumn || /^\d{9,}$/.test(cleanNip(i.value)) || isScientific(i.value)) return { ...i, value: p(i.value) };
  if (KEEP_VALUE.has(i.code)) return i;
  return { ...i, value: null };
}

/**
 * A copy of the result with every NIP pseudonymised and names, titles and birth dates removed.
 * Compute the audit (`buildAudit`) on the original result first: sex and age come from the NIP
 * and the birth date.
 */
export function pseudonymizeResult(result: ClassifyResult, p: Pseudonymizer): ClassifyResult {
  return {
    ...result,
    employees: result.employees.map((e) => ({ ...toPlainEmployee(e), nip: p(e.nip), nama: '', gelarDepan: '', gelarBelakang: '', birthDate: null })),
    issues: result.issues.map((i) => pseudonymizeIssue(i, p)),
  };
}

export function pseudonymizeReconciliation(r: Reconciliation, p: Pseudonymizer): Reconciliation {
  return {
    ...r,
    disagree: r.disagree.map((d) => ({ ...d, nip: p(d.nip), nama: '' })),
    issues: r.issues.map((i) => pseudonymizeIssue(i, p)),
  };
}

/** The audit's employee lists without NIPs and names; raters (NIP or name) pseudonymised too. */
export function pseudonymizeAudit(a: Audit, p: Pseudonymizer): Audit {
  const raters = a.leniency.raters;
  return {
    ...a,
    near: {
      ...a.near,
      employees: a.near.employees.map((x) => ({ ...x, nip: p(x.nip), nama: '' })),
      box5Top: a.near.box5Top.map((x) => ({ ...x, nip: p(x.nip), nama: '' })),
    },
    leniency: {
      ...a.leniency,
      raters: raters ? { ...raters, rows: raters.rows.map((r) => ({ ...r, key: p(r.key) })) } : null,
    },
  };
}
