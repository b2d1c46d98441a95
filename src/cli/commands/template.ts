/** `talenta template`: declared here; run by src/commands/template.ts (imported when it runs). */
import type { CommandModule } from '../command.js';
import type { Texts } from '../lang.js';
import { addLangOption, addOption, COMMON, exitHelp, type OptionText } from '../options.js';

const TEXT = {
  description: {
    id: 'Tulis workbook impor: satu sheet per tabel dengan header baku, kolom NIP sebagai teks, satu baris contoh, dan sheet "Nilai yang diterima".',
    en: 'Write an import workbook: one sheet per table with the standard headers, the NIP column as text, one example row, and an "Accepted values" sheet.',
  },
  tableArg: { id: '[tabel]', en: '[table]' },
  table: {
    id: 'roster, cact, skp, hukdis, jabatan (tabel jabatan target untuk suksesi) atau all (empat tabel classify)',
    en: 'roster, cact, skp, hukdis, jabatan (the target positions table for suksesi) or all (the four tables of classify)',
  },
  after: {
    id: '\nContoh:\n  $ talenta template -o templat.xlsx\n  $ talenta template cact -o cact.xlsx\n  $ talenta template jabatan -o jabatan.xlsx\n',
    en: '\nExamples:\n  $ talenta template -o templat.xlsx\n  $ talenta template cact -o cact.xlsx\n  $ talenta template jabatan -o jabatan.xlsx\n',
  },
} satisfies Record<string, Texts>;

const OPT = {
  output: { flags: { id: '-o, --output <berkas>', en: '-o, --output <file>' }, description: { id: 'berkas .xlsx', en: 'the .xlsx file' } },
  profile: {
    flags: { id: '--profile <id|berkas>', en: '--profile <id|file>' },
    description: { id: 'profil aturan (header dan nilai yang diterima)', en: 'rules profile (headers and accepted values)' },
  },
} satisfies Record<string, OptionText>;

export const templateCommand: CommandModule = {
  name: 'template',
  register(program, { lang }) {
    const cmd = program.command('template').description(TEXT.description[lang]).argument(TEXT.tableArg[lang], TEXT.table[lang], 'all');
    addOption(cmd, lang, OPT.output, { default: 'templat-talenta.xlsx' });
    addOption(cmd, lang, COMMON.forceFile);
    addOption(cmd, lang, OPT.profile);
    addLangOption(cmd, lang);
    return cmd.addHelpText('after', TEXT.after[lang] + exitHelp(lang, false));
  },
  async run([kind], options, io) {
    const { runTemplate } = await import('../../commands/template.js');
    return runTemplate(kind as string | undefined, options, io);
  },
};
