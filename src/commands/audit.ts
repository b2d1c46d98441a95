/**
 * `talenta audit <inputs…>`: calibration and fairness of the talent map — predikat and box
 * distributions against the PermenPANRB 6/2022 guidance, employees near a cut-off, a leniency scan
 * per unit (and per rater), the fairness audit — on the terminal, as JSON (--json), and as a
 * one-page HTML report (--html FILE). This module registers the command; the core and the
 * writers are imported when it runs.
 */
import { Command, Option } from 'commander';
import type { Audit, AuditOptions } from '../core/audit.js';
import type { PreparedInputs } from '../core/classify.js';
import type { Profile } from '../core/profile.js';
import type { Reconciliation } from '../core/reconcile.js';
import type { ClassifyResult } from '../core/types.js';
import type { Io } from './classify.js';
import { addInputOptions, writeOut } from './options.js';


export interface AuditCliOptions {
  roster?: string[];
  cact?: string[];
  skp?: string[];
  hukdis?: string[];
  profile?: string;
  asOf?: string;
  year?: string;
  lang?: string;
  delimiter?: string;
  encoding?: string;
  json?: boolean;
  html?: string;
  near?: string;
  ceiling?: string;
  minGroup?: string;
  orgPredikat?: string;
  topBand?: string;
  top?: string;
  pseudonymize?: boolean;
  pseudonymKeyFile?: string;
  color?: boolean;
  quiet?: boolean;
}

const EXAMPLES = `
Contoh / examples:
  $ talenta audit fixtures/contoh/roster.xlsx --as-of 2026-09-30
  $ talenta audit roster.xlsx --as-of 2026-09-30 --html audit.html --near 2
  $ TALENTA_PSEUDONYM_KEY_FILE=talenta.key talenta audit roster.xlsx --pseudonymize --html audit-anonim.html
  $ talenta audit roster.xlsx --json --org-predikat ISTIMEWA > audit.json

Isi / content:
  1. Sebaran predikat SKP tahun terakhir per unit terhadap pedoman PermenPANRB 6/2022 untuk
     organisasi berpredikat --org-predikat (bawaan BAIK: paling banyak 70% Baik, sedikitnya satu
     Butuh Perbaikan/Kurang); peringatan batas atas (> --ceiling); sebaran skor kedua sumbu.
  2. Pegawai yang kotaknya berubah bila satu skor bergeser <= --near poin; kotak 5 di puncak pita.
  3. Kotak 7–9 per unit (dan per penilai bila ada kolom atasan) dibanding instansi: chi-square,
     V Cramér, batas corong 95% dan 99,8%. Unit < --min-group orang tidak ditampilkan.
  4. Tingkat seleksi kotak 7–9 menurut jenis kelamin, usia, golongan; AIR dan aturan empat-perlima.
  Sinyal untuk ditelusuri, bukan putusan. / Signals to look into, not verdicts.

--pseudonymize: NIP diganti HMAC-SHA256 berkunci (kunci: --pseudonym-key-file, TALENTA_PSEUDONYM_KEY
atau TALENTA_PSEUDONYM_KEY_FILE; buat dengan: openssl rand -hex 32 > talenta.key), nama dihapus.

Kode keluar / exit codes:
  0    selesai / done
  2    kesalahan pemakaian, konfigurasi atau berkas / usage, config or I/O error`;

export function registerAudit(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('audit')
    .description(
      'Audit kalibrasi dan keadilan: sebaran predikat (pedoman PermenPANRB 6/2022) dan kotak, pegawai dekat batas, ' +
        'kelonggaran per unit (chi-square, plot corong), tingkat seleksi talent pool per kelompok (aturan empat-perlima).',
    )
    .argument('[inputs...]', 'berkas yang sama seperti untuk classify');
  addInputOptions(cmd)
    .option('--json', 'cetak audit sebagai satu dokumen JSON di stdout')
    .option('--html <file>', 'tulis laporan satu halaman (HTML mandiri, siap cetak A4) ke berkas ini')
    .option('--near <n>', 'jarak dari batas kotak, dalam poin skor, yang dihitung "dekat batas"', '1')
    .option('--ceiling <share>', 'peringatan bila satu predikat atau kotak memuat lebih dari bagian ini (0.7 atau 70%)', '0.7')
    .option('--min-group <n>', 'kelompok yang lebih kecil disembunyikan', '5')
    .addOption(
      new Option('--org-predikat <predikat>', 'predikat kinerja organisasi yang diasumsikan untuk pedoman 6/2022')
        .choices(['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'])
        .default('BAIK'),
    )
    .option('--top-band <share>', 'kotak 5: kedua skor di bagian teratas pita sebesar ini (0.25 = seperempat)', '0.25')
    .option('--top <n>', 'jumlah baris per daftar di terminal', '10')
    .option('--pseudonymize', 'NIP diganti hash berkunci, nama dihapus (untuk laporan yang keluar dari BKPSDM)')
    .option('--pseudonym-key-file <file>', 'berkas kunci rahasia untuk --pseudonymize (bawaan: TALENTA_PSEUDONYM_KEY atau TALENTA_PSEUDONYM_KEY_FILE)')
    .option('--no-color', 'tanpa warna (juga NO_COLOR)')
    .option('-q, --quiet', 'hanya cetak kesalahan')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts: AuditCliOptions) => {
      setExit(await runAudit(inputs, opts, io));
    });
}

/** Parse the audit's numeric options; UsageError with the option name when one is wrong. */
export async function parseAuditOptions(o: AuditCliOptions) {
  const { UsageError } = await import('../errors.js');
  const { ORG_PREDIKAT } = await import('../core/audit.js');
  const num = (name: string, v: string | undefined, def: number, ok: (x: number) => boolean, hint: string): number => {
    if (v === undefined) return def;
    const x = Number(v.trim().replace(',', '.'));
    if (v.trim() === '' || !Number.isFinite(x) || !ok(x)) throw new UsageError(`${name} ${hint} (diberikan: "${v}").`);
    return x;
  };
  /** a share: 0.7, 0,7, 70% or 70 (a number above 1 is a percentage) */
  const share = (name: string, v: string | undefined, def: number) => {
    if (v === undefined) return def;
    const t = v.trim();
    const pct = t.endsWith('%');
    const x = Number((pct ? t.slice(0, -1) : t).trim().replace(',', '.'));
    const s = pct || x > 1 ? x / 100 : x;
    if (t === '' || !Number.isFinite(s) || !(s > 0 && s <= 1)) {
      throw new UsageError(`${name} harus bagian antara 0 dan 1, mis. 0.7 atau 70% (diberikan: "${v}").`);
    }
    return s;
  };
  const near = num('--near', o.near, 1, (x) => x >= 0 && x <= 100, 'harus angka 0–100 (poin skor)');
  const ceiling = share('--ceiling', o.ceiling, 0.7);
  const minGroup = num('--min-group', o.minGroup, 5, (x) => Number.isInteger(x) && x >= 1, 'harus bilangan bulat ≥ 1');
  const topBand = share('--top-band', o.topBand, 0.25);
  const top = num('--top', o.top, 10, (x) => Number.isInteger(x) && x >= 0, 'harus bilangan bulat ≥ 0');
  const org = (o.orgPredikat ?? 'BAIK').toUpperCase().replace(/[\s/-]+/g, '_');
  if (!(ORG_PREDIKAT as readonly string[]).includes(org)) {
    throw new UsageError(`--org-predikat menerima ${ORG_PREDIKAT.join(', ')} (diberikan: "${o.orgPredikat}").`);
  }
  return { near, ceiling, minGroup, topBand, top, orgPredikat: org as (typeof ORG_PREDIKAT)[number] };
}

export async function runAudit(files: string[], o: AuditCliOptions, io: Io): Promise<number> {
  const [{ loadAndClassify }, audit, pseudo, { resolveLang }, { UsageError }] = await Promise.all([
    import('./classify.js'),
    import('../core/audit.js'),
    import('../io/pseudonym.js'),
    import('../i18n.js'),
    import('../errors.js'),
  ]);
  const opts = await parseAuditOptions(o);
  const lang = resolveLang(o.lang, io.env);
  if (o.html !== undefined && o.html.trim() === '') throw new UsageError('--html membutuhkan nama berkas, mis. --html audit.html');
  if (!o.pseudonymize && o.pseudonymKeyFile !== undefined) {
    throw new UsageError('--pseudonym-key-file hanya berlaku bersama --pseudonymize.');
  }
  // the key first: a missing key fails before the inputs are read
  const key = o.pseudonymize ? await pseudo.loadPseudonymKey({ keyFile: o.pseudonymKeyFile, env: io.env, lang }) : null;

  const { profile, resolved, prepared, result, files: loaded } = await loadAndClassify(files, o, io);
  const out = await auditOutputs({
    prepared,
    result,
    profile,
    key,
    options: { near: opts.near, ceiling: opts.ceiling, minGroup: opts.minGroup, orgPredikat: opts.orgPredikat, topBand: opts.topBand },
  });
  const ctx = { lang, human: true, profile, result: out.result, profileHash: resolved.hash };

  if (o.html !== undefined) {
    const target = await refuseInputOverwrite(o.html, loaded, lang, '--html');
    const { writeHtmlReport } = await import('../output/html.js');
    const { atomicSink } = await import('../io/atomic.js');
    await writeHtmlReport(target, ctx, out.audit, { toolVersion: io.version, pseudonymized: key !== null }, atomicSink({ lang, ...(io.writeFs ? { fs: io.writeFs } : {}) }));
    if (!o.quiet) io.stderr.write(`${lang === 'en' ? 'HTML report written to' : 'Laporan HTML ditulis ke'} ${target}\n`);
  }

  if (o.json) {
    const doc = {
      schemaVersion: 1,
      tool: { name: 'talenta', version: io.version },
      profile: { id: profile.id, version: profile.version, hash: resolved.hash, source: resolved.source },
      asOf: result.summary.asOf,
      skpYears: result.summary.skpYears,
      pseudonymized: key !== null,
      audit: audit.auditJson(out.audit),
    };
    await writeOut(io.stdout, JSON.stringify(doc, null, 2) + '\n');
  } else if (!o.quiet) {
    const { colorEnabled, makeChalk } = await import('../output/terminal.js');
    const { renderAuditTerminal, terminalWidth } = await import('../output/audit-terminal.js');
    const chalk = makeChalk(colorEnabled(io.stdout, io.env, o.color));
    const { renderSafely } = await import('../output/terminal-safe.js');
    await writeOut(io.stdout, renderSafely((ch) => renderAuditTerminal(ctx, out.audit, ch, opts.top, terminalWidth(io.stdout, io.env)), chalk));
  }
  return 0;
}

/**
 * The audit of a classification, and — with a key — the pseudonymised result, audit and
 * reconciliation that every output is then written from. The audit is computed on the original
 * result first: sex and age come from the NIP and the birth date, which pseudonymisation removes.
 * (Shared by `talenta audit` and `talenta classify --pseudonymize/--html`.)
 */
export async function auditOutputs(args: {
  prepared: PreparedInputs;
  result: ClassifyResult;
  profile: Profile;
  /** from loadPseudonymKey; null = no pseudonymisation */
  key: Buffer | null;
  reconciliation?: Reconciliation | null;
  options?: Partial<Omit<AuditOptions, 'attributes'>>;
}): Promise<{ audit: Audit; result: ClassifyResult; reconciliation: Reconciliation | null }> {
  const [{ auditAttributes, buildAudit }, pseudo] = await Promise.all([import('../core/audit.js'), import('../io/pseudonym.js')]);
  const audit = buildAudit(args.result, args.profile, { ...args.options, attributes: auditAttributes(args.prepared, args.result, args.profile) });
  const reconciliation = args.reconciliation ?? null;
  if (!args.key) return { audit, result: args.result, reconciliation };
  const p = pseudo.makePseudonymizer(args.key);
  return {
    audit: pseudo.pseudonymizeAudit(audit, p),
    result: pseudo.pseudonymizeResult(args.result, p),
    reconciliation: reconciliation ? pseudo.pseudonymizeReconciliation(reconciliation, p) : null,
  };
}

/** The absolute path of an output file; UsageError (exit 2) when it is one of the input files. */
export async function refuseInputOverwrite(path: string, inputs: { path: string }[], lang: 'id' | 'en', option: string): Promise<string> {
  const [{ resolve }, { realpath }, { UsageError }] = await Promise.all([import('node:path'), import('node:fs/promises'), import('../errors.js')]);
  const target = resolve(path);
  const real = await realpath(target).catch(() => target);
  for (const f of inputs) {
    if (f.path === '(stdin)') continue;
    if ((await realpath(f.path).catch(() => resolve(f.path))) === real) {
      throw new UsageError(
        lang === 'en'
          ? `Refusing to overwrite the input file ${target}. Choose another name for ${option}.`
          : `Berkas masukan ${target} tidak akan ditimpa. Pilih nama lain untuk ${option}.`,
      );
    }
  }
  return target;
}

