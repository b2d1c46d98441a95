/** `talenta profile list|show|diff|schema`: declared here; run by src/commands/profile.ts (imported when it runs). */
import type { CommandModule } from '../command.js';
import type { Texts } from '../lang.js';
import { addInputOptions, addLangOption, addOption, exitHelp, type OptionText } from '../options.js';

const TEXT = {
  description: { id: 'Profil aturan: daftar, tampilkan, bandingkan, skema JSON.', en: 'Rules profiles: list, show, compare, JSON schema.' },
  list: { id: 'profil bawaan, satu baris masing-masing, dengan keterangannya', en: 'the built-in profiles, one line each, with what each is for' },
  show: { id: 'profil efektif (bawaan atau berkas), lengkap, sebagai JSON', en: 'the effective profile (built-in or file), in full, as JSON' },
  showArg: { id: '[id|berkas]', en: '[id|file]' },
  showArgText: { id: 'id bawaan atau berkas (bawaan: TALENTA_PROFILE atau permenpanrb-3-2020)', en: 'a built-in id or a file (default: TALENTA_PROFILE or permenpanrb-3-2020)' },
  diff: {
    id: 'parameter yang berbeda; dengan berkas masukan: berapa pegawai berubah kotak, dan siapa',
    en: 'the parameters that differ; with input files: how many employees change box, and who',
  },
  a: { id: 'profil A (id atau berkas)', en: 'profile A (id or file)' },
  b: { id: 'profil B (id atau berkas)', en: 'profile B (id or file)' },
  inputsArg: { id: '[masukan...]', en: '[inputs...]' },
  inputs: { id: 'berkas masukan seperti untuk classify', en: 'input files as for classify' },
  schema: { id: 'JSON Schema profil, untuk editor', en: 'the JSON Schema of a profile, for editors' },
  diffAfter: {
    id: '\nContoh:\n  $ talenta profile diff permenpanrb-3-2020 bkn-ms-mms-kms fixtures/contoh/roster.xlsx --as-of 2026-09-30\n',
    en: '\nExample:\n  $ talenta profile diff permenpanrb-3-2020 bkn-ms-mms-kms fixtures/contoh/roster.xlsx --as-of 2026-09-30\n',
  },
} satisfies Record<string, Texts>;

const OPT = {
  json: { flags: '--json', description: { id: 'cetak sebagai JSON', en: 'print as JSON' } },
} satisfies Record<string, OptionText>;

const list: CommandModule = {
  name: 'profile list',
  register(parent, { lang }) {
    return addLangOption(parent.command('list').description(TEXT.list[lang]), lang).addHelpText('after', exitHelp(lang, false));
  },
  async run(_args, options, io) {
    const { runProfileList } = await import('../../commands/profile.js');
    return runProfileList(options, io);
  },
};

const show: CommandModule = {
  name: 'profile show',
  register(parent, { lang }) {
    return addLangOption(parent.command('show').description(TEXT.show[lang]).argument(TEXT.showArg[lang], TEXT.showArgText[lang]), lang).addHelpText(
      'after',
      exitHelp(lang, false),
    );
  },
  async run([spec], options, io) {
    const { runProfileShow } = await import('../../commands/profile.js');
    return runProfileShow(spec as string | undefined, options, io);
  },
};

const diff: CommandModule = {
  name: 'profile diff',
  register(parent, { lang }) {
    const cmd = parent.command('diff').description(TEXT.diff[lang]).argument('<a>', TEXT.a[lang]).argument('<b>', TEXT.b[lang]).argument(TEXT.inputsArg[lang], TEXT.inputs[lang]);
    addInputOptions(cmd, lang);
    addOption(cmd, lang, OPT.json);
    return cmd.addHelpText('after', TEXT.diffAfter[lang] + exitHelp(lang, false));
  },
  async run([a, b, inputs], options, io) {
    const { runProfileDiff } = await import('../../commands/profile.js');
    return runProfileDiff(a as string, b as string, inputs as string[], options, io);
  },
};

const schema: CommandModule = {
  name: 'profile schema',
  register(parent, { lang }) {
    return addLangOption(parent.command('schema').description(TEXT.schema[lang]), lang).addHelpText('after', exitHelp(lang, false));
  },
  async run(_args, _options, io) {
    const { runProfileSchema } = await import('../../commands/profile.js');
    return runProfileSchema(io);
  },
};

export const profileCommand: CommandModule = {
  name: 'profile',
  register(program, { lang }) {
    return addLangOption(program.command('profile').description(TEXT.description[lang]), lang).addHelpText('after', exitHelp(lang, false));
  },
  subcommands: [list, show, diff, schema],
};
