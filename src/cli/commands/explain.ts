/** `talenta explain`: declared here; run by src/commands/explain.ts (imported when it runs). */
import type { CommandModule } from '../command.js';
import type { Texts } from '../lang.js';
import { addInputOptions, addOption, exitHelp, type OptionText } from '../options.js';

const TEXT = {
  description: {
    id: 'Jejak lengkap perhitungan untuk satu pegawai: data masukan, langkah, kotak, aturan talent pool, peringkat.',
    en: 'The full trace of the computation for one employee: input rows, steps, box, talent-pool rules, rank.',
  },
  nip: { id: 'NIP 18 digit', en: 'an 18-digit NIP' },
  inputsArg: { id: '[masukan...]', en: '[inputs...]' },
  inputs: { id: 'berkas yang sama seperti untuk classify', en: 'the same files as for classify' },
  after: {
    id: '\nContoh:\n  $ talenta explain 199010102015032001 fixtures/contoh/roster.xlsx --as-of 2026-09-30\n',
    en: '\nExample:\n  $ talenta explain 199010102015032001 fixtures/contoh/roster.xlsx --as-of 2026-09-30\n',
  },
} satisfies Record<string, Texts>;

const OPT = {
  json: { flags: '--json', description: { id: 'cetak jejak sebagai JSON', en: 'print the trace as JSON' } },
  jabatan: {
    flags: { id: '--jabatan <berkas>', en: '--jabatan <file>' },
    description: { id: 'tabel jabatan target (bersama --kode); boleh diulang', en: 'target positions table (with --kode); repeatable' },
  },
  kode: {
    flags: '--kode <kode>',
    description: {
      id: 'setiap syarat suksesi pegawai ini untuk jabatan target berkode ini (lihat jabatan-target.csv)',
      en: 'every succession check of this employee for the target post with this code (see jabatan-target.csv)',
    },
  },
} satisfies Record<string, OptionText>;

export const explainCommand: CommandModule = {
  name: 'explain',
  register(program, { lang }) {
    const cmd = program.command('explain').description(TEXT.description[lang]).argument('<nip>', TEXT.nip[lang]).argument(TEXT.inputsArg[lang], TEXT.inputs[lang]);
    addInputOptions(cmd, lang);
    addOption(cmd, lang, OPT.json);
    addOption(cmd, lang, OPT.jabatan, { repeat: true });
    addOption(cmd, lang, OPT.kode);
    return cmd.addHelpText('after', TEXT.after[lang] + exitHelp(lang, false));
  },
  async run([nip, inputs], options, io) {
    const { runExplain } = await import('../../commands/explain.js');
    return runExplain(nip as string, inputs as string[], options, io);
  },
};
