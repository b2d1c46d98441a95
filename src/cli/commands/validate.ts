/** `talenta validate`: declared here; run by src/commands/validate.ts (imported when it runs). */
import type { CommandModule } from '../command.js';
import type { Texts } from '../lang.js';
import { addFailOn, addInputOptions, addOption, COMMON, exitHelp, type OptionText } from '../options.js';

const TEXT = {
  description: {
    id: 'Periksa mutu data saja: temuan per kode dengan contoh, baris roster yang dapat dipetakan, jumlah baris per berkas, dan per tabel header mana dibaca ke kolom mana, kolom yang tidak dibaca, kolom yang tidak ditemukan.',
    en: 'Check data quality only: findings per code with examples, the roster rows that can be mapped, rows per file, and per table which header was read into which column, the columns not read, the columns not found.',
  },
  inputsArg: { id: '[masukan...]', en: '[inputs...]' },
  inputs: { id: 'berkas yang sama seperti untuk classify', en: 'the same files as for classify' },
  after: {
    id: '\nContoh:\n  $ talenta validate pegawai.csv cact.xlsx skp-2025.csv --fail-on error\n',
    en: '\nExample:\n  $ talenta validate pegawai.csv cact.xlsx skp-2025.csv --fail-on error\n',
  },
} satisfies Record<string, Texts>;

const OPT = {
  json: { flags: '--json', description: { id: 'cetak laporan validasi sebagai JSON', en: 'print the validation report as JSON' } },
} satisfies Record<string, OptionText>;

export const validateCommand: CommandModule = {
  name: 'validate',
  register(program, { lang }) {
    const cmd = program.command('validate').description(TEXT.description[lang]).argument(TEXT.inputsArg[lang], TEXT.inputs[lang]);
    addInputOptions(cmd, lang);
    addOption(cmd, lang, OPT.json);
    addFailOn(cmd, lang);
    addOption(cmd, lang, COMMON.quiet);
    return cmd.addHelpText('after', TEXT.after[lang] + exitHelp(lang, true));
  },
  async run([inputs], options, io) {
    const { runValidate } = await import('../../commands/validate.js');
    return runValidate(inputs as string[], options, io);
  },
};
