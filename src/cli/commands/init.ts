/** `talenta init`: declared here; run by src/commands/profile.ts (imported when it runs). */
import type { CommandModule } from '../command.js';
import type { Texts } from '../lang.js';
import { addLangOption, addOption, COMMON, exitHelp, type OptionText } from '../options.js';

const TEXT = {
  description: {
    id: 'Tulis talenta.profile.json: aturan bawaan dengan setiap parameter eksplisit (dan skema JSON-nya untuk editor).',
    en: 'Write talenta.profile.json: the built-in rules with every parameter explicit (and its JSON schema for editors).',
  },
  after: {
    id: '\nContoh:\n  $ talenta init --from bkn-ms-mms-kms\n  $ talenta classify roster.xlsx --profile talenta.profile.json\n',
    en: '\nExamples:\n  $ talenta init --from bkn-ms-mms-kms\n  $ talenta classify roster.xlsx --profile talenta.profile.json\n',
  },
} satisfies Record<string, Texts>;

const OPT = {
  from: { flags: '--from <id>', description: { id: 'mulai dari profil bawaan ini (talenta profile list)', en: 'start from this built-in profile (talenta profile list)' } },
  output: { flags: { id: '-o, --output <berkas>', en: '-o, --output <file>' }, description: { id: 'nama berkas profil', en: 'the profile file name' } },
} satisfies Record<string, OptionText>;

export const initCommand: CommandModule = {
  name: 'init',
  register(program, { lang }) {
    const cmd = program.command('init').description(TEXT.description[lang]);
    addOption(cmd, lang, OPT.from, { default: 'permenpanrb-3-2020' });
    addOption(cmd, lang, OPT.output, { default: 'talenta.profile.json' });
    addOption(cmd, lang, COMMON.forceFile);
    addLangOption(cmd, lang);
    return cmd.addHelpText('after', TEXT.after[lang] + exitHelp(lang, false));
  },
  async run(_args, options, io) {
    const { runInit } = await import('../../commands/profile.js');
    return runInit(options, io);
  },
};
