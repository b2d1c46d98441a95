/** The command-line shell: parse options, run a command, map the outcome to an exit code. */
import { readFileSync, rmSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { ExitError, EXIT, signalExit } from './errors.js';
import { pendingTemps } from './io/atomic.js';
import { escapeControls } from './output/terminal-safe.js';
import type { Io } from './commands/classify.js';
import { addInputOptions, collect } from './commands/options.js';
import { registerCompare } from './commands/compare.js';
import { registerAudit } from './commands/audit.js';


export function toolVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}

function localToday(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The exit codes in --help; `failOn`: the command has --fail-on (exit 1). */
const exitHelp = (failOn: boolean) => `
Kode keluar / exit codes:
  0    selesai / done${
    failOn
      ? `
  1    selesai, tetapi ada masalah data pada tingkat --fail-on / data problems at or above --fail-on`
      : ''
  }
  2    kesalahan pemakaian, konfigurasi atau berkas / usage, config or I/O error
  128+n dihentikan oleh sinyal n: 130 Ctrl-C (SIGINT), 143 SIGTERM, 129 SIGHUP; tanpa berkas setengah jadi
       / interrupted by signal n, no half-written file left`;
const EXIT_HELP = exitHelp(true);
const EXIT_HELP_NO_FAIL = exitHelp(false);

const CLASSIFY_EXAMPLES = `
Contoh / examples:
  $ talenta classify fixtures/contoh/roster.xlsx --as-of 2026-09-30
  $ talenta classify pegawai.csv cact.xlsx skp-2024.csv skp-2025.csv --as-of 2026-09-30 -o laporan/
  $ talenta classify pegawai.csv --cact cact.csv --skp skp.csv --json > hasil.json

Peran tiap berkas/sheet (roster, cact, skp, hukdis) dikenali dari header-nya;
--roster/--cact/--skp/--hukdis menyebutkannya secara eksplisit.
Setiap sheet dalam workbook adalah satu masukan.
Keluaran (folder -o, bawaan laporan-talenta-<as-of>): laporan-talenta.xlsx, hasil-talenta.json,
pegawai.csv, talent-pool.csv, masalah-data.csv, ringkasan.csv (dan rekonsiliasi.csv bila ada
kotak hulu). Dengan --json: satu dokumen JSON di stdout (berkas hanya ditulis bila -o diberikan).
${EXIT_HELP}`;

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('talenta')
    .description('Pemetaan talenta ASN (kotak talenta 9-box, PermenPANRB 3/2020) dari ekspor SIASN, CACT dan e-Kinerja.')
    .version(io.version, '-V, --version')
    .showSuggestionAfterError(true)
    .showHelpAfterError('(talenta --help untuk bantuan)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride()
    .addHelpText('after', `\nContoh / examples:\n  $ talenta classify fixtures/contoh/roster.xlsx --as-of 2026-09-30\n${EXIT_HELP}`);

  const classifyCmd = program
    .command('classify')
    .description('Hitung kinerja dan potensial, tetapkan kotak talenta, tulis laporan talent pool.')
    .argument('[inputs...]', 'berkas CSV/XLSX (roster SIASN, hasil CACT, SKP e-Kinerja, hukdis); - untuk stdin');
  addInputOptions(classifyCmd)
    .option('-o, --output <dir>', 'folder keluaran (bawaan: laporan-talenta-<as-of>); - = tabel pegawai ke stdout')
    .option('--json', 'cetak satu dokumen JSON di stdout (tanpa berkas kecuali -o diberikan)')
    .option('--no-xlsx', 'jangan tulis laporan XLSX (hanya CSV dan JSON)')
    .addOption(new Option('--format <format>', 'dengan -o -: format tabel pegawai di stdout').choices(['csv', 'jsonl', 'json']))
    .option('--reconcile <file>', 'berkas berisi kotak dari sumber hulu (mis. SIMATA BKN: NIP + KOTAK) untuk direkonsiliasi; boleh diulang', collect)
    .option('--html <file>', 'tulis juga laporan satu halaman (HTML mandiri, siap cetak A4) ke berkas ini')
    .option('--pseudonymize', 'NIP diganti hash berkunci, nama dihapus, di semua keluaran (untuk laporan yang keluar dari BKPSDM)')
    .option('--pseudonym-key-file <file>', 'berkas kunci rahasia untuk --pseudonymize (bawaan: TALENTA_PSEUDONYM_KEY atau TALENTA_PSEUDONYM_KEY_FILE)')
    .option('--force', 'tulis ke folder keluaran walau sudah berisi berkas lain (hanya berkas talenta yang ditimpa)')
    .addOption(new Option('--fail-on <level>', 'keluar dengan kode 1 bila ada masalah data pada tingkat ini').choices(['none', 'error', 'warning']).default('none'))
    .option('--top <n>', 'jumlah baris talent pool di terminal', '10')
    .option('--no-color', 'tanpa warna (juga NO_COLOR)')
    .option('-q, --quiet', 'hanya cetak kesalahan')
    .addHelpText('after', CLASSIFY_EXAMPLES)
    .action(async (inputs: string[], opts) => {
      const { runClassify } = await import('./commands/classify.js');
      setExit(await runClassify(inputs, opts, io));
    });
  const explain = program
    .command('explain')
    .description('Jejak lengkap perhitungan untuk satu pegawai: data masukan, langkah, kotak, aturan talent pool, peringkat.')
    .argument('<nip>', 'NIP 18 digit')
    .argument('[inputs...]', 'berkas yang sama seperti untuk classify');
  addInputOptions(explain)
    .option('--json', 'cetak jejak sebagai JSON')
    // ---- succession (issue 13)
    .option('--jabatan <file>', 'tabel jabatan target (bersama --kode); boleh diulang', collect)
    .option('--kode <kode>', 'setiap syarat suksesi pegawai ini untuk jabatan target berkode ini (lihat jabatan-target.csv)')
    .addHelpText('after', '\nContoh / example:\n  $ talenta explain 199010102015032001 fixtures/contoh/roster.xlsx --as-of 2026-09-30\n' + EXIT_HELP_NO_FAIL)
    .action(async (nip: string, inputs: string[], opts) => {
      const { runExplain } = await import('./commands/explain.js');
      setExit(await runExplain(nip, inputs, opts, io));
    });
  // ---- talenta suksesi (issue 13) ----
  const suksesi = program
    .command('suksesi')
    .description('Rencana suksesi: jabatan target yang (akan) kosong, kandidat per jabatan, kesiapan, bench dan risiko, proyeksi pensiun.')
    .argument('[inputs...]', 'berkas yang sama seperti untuk classify, plus tabel jabatan (opsional; dikenali dari header)');
  addInputOptions(suksesi)
    .option('--jabatan <file>', 'tabel jabatan target (KODE/NAMA JABATAN, JENJANG/ESELON, …); boleh diulang', collect)
    .option('--horizon <bulan>', 'jendela perkiraan "akan kosong" dalam bulan (bawaan: profil, 24)')
    .option('--kandidat-per-jabatan <n>', 'nomine per jabatan: calon utama + n−1 cadangan (bawaan: profil, 5)')
    .option('--jenjang <kode,…>', 'hanya jabatan target pada jenjang ini (mis. JPT_PRATAMA,ADMINISTRATOR)')
    .option('--opd <nama>', 'hanya jabatan target di perangkat daerah ini')
    .option('--tanpa-jabatan-implisit', 'dengan tabel jabatan: jangan tambahkan jabatan dari pejabat eselon di roster yang tidak ada di tabel')
    .option('-o, --output <dir>', 'folder keluaran (bawaan: laporan-suksesi-<as-of>); - = tabel jabatan target ke stdout')
    .option('--json', 'cetak satu dokumen JSON di stdout (tanpa berkas kecuali -o diberikan)')
    .option('--no-xlsx', 'jangan tulis laporan-suksesi.xlsx')
    .addOption(new Option('--format <format>', 'dengan -o -: format di stdout').choices(['csv', 'json']))
    .option('--pseudonymize', 'NIP diganti hash berkunci, nama dihapus, di semua keluaran')
    .option('--pseudonym-key-file <file>', 'berkas kunci rahasia untuk --pseudonymize')
    .option('--force', 'tulis ke folder keluaran walau sudah berisi berkas lain')
    .addOption(new Option('--fail-on <level>', 'keluar dengan kode 1 bila ada masalah data pada tingkat ini').choices(['none', 'error', 'warning']).default('none'))
    .option('--top <n>', 'jumlah jabatan di terminal', '10')
    .option('--no-color', 'tanpa warna (juga NO_COLOR)')
    .option('-q, --quiet', 'hanya cetak kesalahan')
    .addHelpText(
      'after',
      `
Contoh / examples:
  $ talenta suksesi fixtures/contoh/roster.xlsx --as-of 2026-09-30
  $ talenta suksesi fixtures/suksesi/*.csv --as-of 2026-09-30 -o laporan-suksesi/
  $ talenta suksesi roster.xlsx cact.xlsx skp.csv --jabatan jabatan.xlsx --json > suksesi.json

Tanpa tabel jabatan, setiap pejabat eselon I–IV di roster menjadi satu jabatan target.
Keluaran: laporan-suksesi.xlsx, jabatan-target.csv, kandidat-jabatan.csv, kelayakan.csv
(setiap pasangan jabatan–kandidat), proyeksi-pensiun.csv, ringkasan-suksesi.csv, hasil-suksesi.json.
${EXIT_HELP}`,
    )
    .action(async (inputs: string[], opts) => {
      const { runSuksesi } = await import('./commands/suksesi.js');
      setExit(await runSuksesi(inputs, opts, io));
    });
  const validate = program
    .command('validate')
    .description('Periksa mutu data saja: temuan per kode dengan contoh, baris roster yang dapat dipetakan, jumlah baris per berkas, dan per tabel header mana dibaca ke kolom mana, kolom yang tidak dibaca, kolom yang tidak ditemukan.')
    .argument('[inputs...]', 'berkas yang sama seperti untuk classify');
  addInputOptions(validate)
    .option('--json', 'cetak laporan validasi sebagai JSON')
    .addOption(new Option('--fail-on <level>', 'keluar dengan kode 1 bila ada temuan pada tingkat ini (untuk cron)').choices(['none', 'error', 'warning']).default('none'))
    .addHelpText('after', '\nContoh / example:\n  $ talenta validate pegawai.csv cact.xlsx skp-2025.csv --fail-on error\n' + EXIT_HELP)
    .action(async (inputs: string[], opts) => {
      const { runValidate } = await import('./commands/validate.js');
      setExit(await runValidate(inputs, opts, io));
    });
  program
    .command('init')
    .description('Tulis talenta.profile.json: aturan bawaan dengan setiap parameter eksplisit (dan skema JSON-nya untuk editor).')
    .option('--from <id>', 'mulai dari profil bawaan ini (talenta profile list)', 'permenpanrb-3-2020')
    .option('-o, --output <file>', 'nama berkas profil', 'talenta.profile.json')
    .option('--force', 'timpa berkas yang sudah ada')
    .addHelpText('after', '\nContoh / example:\n  $ talenta init --from bkn-ms-mms-kms\n  $ talenta classify roster.xlsx --profile talenta.profile.json\n' + EXIT_HELP_NO_FAIL)
    .action(async (opts) => {
      const { runInit } = await import('./commands/profile.js');
      setExit(await runInit(opts, io));
    });

  program
    .command('template')
    .description('Tulis workbook impor: satu sheet per tabel dengan header baku, kolom NIP sebagai teks, satu baris contoh, dan sheet "Nilai yang diterima".')
    .argument('[tabel]', 'roster, cact, skp, hukdis, jabatan (tabel jabatan target untuk suksesi) atau all (empat tabel classify)', 'all')
    .option('-o, --output <file>', 'berkas .xlsx', 'templat-talenta.xlsx')
    .option('--force', 'timpa berkas yang sudah ada')
    .option('--profile <file|id>', 'profil aturan (header dan nilai yang diterima)')
    .option('--lang <id|en>', 'bahasa nama sheet (bawaan id)')
    .addHelpText('after', '\nContoh / examples:\n  $ talenta template -o templat.xlsx\n  $ talenta template cact -o cact.xlsx\n  $ talenta template jabatan -o jabatan.xlsx\n' + EXIT_HELP_NO_FAIL)
    .action(async (kind: string, opts) => {
      const { runTemplate } = await import('./commands/template.js');
      setExit(await runTemplate(kind, opts, io));
    });

  const profile = program.command('profile').description('Profil aturan: daftar, tampilkan, bandingkan, skema JSON.');
  profile
    .command('list')
    .description('profil bawaan, satu baris masing-masing')
    .action(async () => {
      const { runProfileList } = await import('./commands/profile.js');
      setExit(await runProfileList(io));
    });
  profile
    .command('show')
    .description('profil efektif (bawaan atau berkas), lengkap, sebagai JSON')
    .argument('[id|file]', 'id bawaan atau berkas (bawaan: TALENTA_PROFILE atau permenpanrb-3-2020)')
    .action(async (spec: string | undefined) => {
      const { runProfileShow } = await import('./commands/profile.js');
      setExit(await runProfileShow(spec, io));
    });
  const diff = profile
    .command('diff')
    .description('parameter yang berbeda; dengan berkas masukan: berapa pegawai berubah kotak, dan siapa')
    .argument('<a>', 'profil A (id atau berkas)')
    .argument('<b>', 'profil B (id atau berkas)')
    .argument('[inputs...]', 'berkas masukan seperti untuk classify');
  addInputOptions(diff)
    .option('--json', 'cetak sebagai JSON')
    .action(async (a: string, b: string, inputs: string[], opts) => {
      const { runProfileDiff } = await import('./commands/profile.js');
      setExit(await runProfileDiff(a, b, inputs, opts, io));
    });
  profile
    .command('schema')
    .description('JSON Schema profil, untuk editor')
    .action(async () => {
      const { runProfileSchema } = await import('./commands/profile.js');
      setExit(await runProfileSchema(io));
    });
  registerCompare(program, io, setExit);
  registerAudit(program, io, setExit);
  return program;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.OK;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        return EXIT.OK;
      }
      return EXIT.USAGE;
    }
    if (err instanceof ExitError) {
      io.stderr.write(`talenta: ${escapeControls(err.message)}\n`);
      return err.exitCode;
    }
    const e = err as NodeJS.ErrnoException;
    if (e && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) {
      io.stderr.write(`talenta: kesalahan berkas / file error: ${e.message}\n`);
      return EXIT.USAGE;
    }
    io.stderr.write(
      `talenta: kesalahan internal / internal error: ${(err as Error)?.message ?? String(err)}\n` +
        `Mohon laporkan dengan perintah yang dijalankan. Jalankan dengan TALENTA_DEBUG=1 untuk detail.\n`,
    );
    if (io.env.TALENTA_DEBUG) io.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
    return 70;
  }
}

export async function run(): Promise<void> {
  // Ctrl-C, kill and a closed terminal: no temporary file left, the previous reports untouched
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      for (const t of pendingTemps) rmSync(t, { force: true });
      process.exit(signalExit(signal));
    });
  }
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT.OK);
  });
  const io: Io = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    today: localToday,
    version: toolVersion(),
  };
  const code = await main(process.argv.slice(2), io);
  process.exitCode = code;
}
