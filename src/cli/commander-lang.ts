/**
 * Commander in the run's language: the help layout (Usage/Options/Commands/Arguments, the
 * default and choices notes, the help and version options, the help command) and commander's own
 * error messages (unknown option or command, missing or excess arguments, invalid choice, …).
 * The language is decided before parsing (src/cli/lang.ts) and set on the program.
 */
import { Command, Help, type Argument, type Option } from 'commander';
import { fill, type Lang, type Texts } from './lang.js';

const WORDS = {
  'Usage:': { id: 'Penggunaan:', en: 'Usage:' },
  'Options:': { id: 'Opsi:', en: 'Options:' },
  'Commands:': { id: 'Perintah:', en: 'Commands:' },
  'Arguments:': { id: 'Argumen:', en: 'Arguments:' },
  'Global Options:': { id: 'Opsi global:', en: 'Global Options:' },
  '[options]': { id: '[opsi]', en: '[options]' },
  '[command]': { id: '[perintah]', en: '[command]' },
} satisfies Record<string, Texts>;

const COMMANDER_TEXT = {
  default: { id: 'bawaan', en: 'default' },
  choices: { id: 'pilihan', en: 'choices' },
  env: { id: 'variabel lingkungan', en: 'env' },
  helpOption: { id: 'tampilkan bantuan untuk perintah ini', en: 'display help for command' },
  helpCommand: { id: 'tampilkan bantuan untuk perintah', en: 'display help for command' },
  helpCommandArgs: { id: 'help [perintah]', en: 'help [command]' },
  version: { id: 'tampilkan nomor versi', en: 'output the version number' },
  afterError: { id: '(talenta --help untuk bantuan)', en: '(talenta --help for help)' },
  unknownOption: { id: "opsi tidak dikenal '{flag}'", en: "unknown option '{flag}'" },
  unknownCommand: { id: "perintah tidak dikenal '{name}'", en: "unknown command '{name}'" },
  didYouMean: { id: '(Maksud Anda {x}?)', en: '(Did you mean {x}?)' },
  missingArgument: { id: "argumen wajib '{name}' tidak diberikan", en: "missing required argument '{name}'" },
  optionMissingArgument: { id: "opsi '{flags}' memerlukan nilai", en: "option '{flags}' argument missing" },
  mandatoryOption: { id: "opsi wajib '{flags}' tidak diberikan", en: "required option '{flags}' not specified" },
  conflictingOption: { id: '{a} tidak dapat dipakai bersama {b}', en: '{a} cannot be used with {b}' },
  excessArguments: {
    id: 'terlalu banyak argumen{where}: diharapkan {expected}, diberikan {got}.',
    en: 'too many arguments{where}: expected {expected}, got {got}.',
  },
  excessWhere: { id: " untuk '{cmd}'", en: " for '{cmd}'" },
  invalidOption: { id: "nilai '{value}' untuk opsi '{flags}' tidak valid.", en: "option '{flags}' argument '{value}' is invalid." },
  invalidArgument: { id: "nilai '{value}' untuk argumen '{name}' tidak valid.", en: "command-argument value '{value}' is invalid for argument '{name}'." },
  allowedChoices: { id: 'Pilihan: {choices}.', en: 'Allowed choices are {choices}.' },
} satisfies Record<string, Texts>;

const t = (key: keyof typeof COMMANDER_TEXT, lang: Lang, p?: Record<string, string | number>) => fill(COMMANDER_TEXT[key][lang], p);

/** The help layout of commander, with its headings and notes in `lang`. */
class LocalHelp extends Help {
  constructor(private readonly lang: Lang) {
    super();
  }

  override styleTitle(str: string): string {
    return str in WORDS ? WORDS[str as keyof typeof WORDS][this.lang] : str;
  }

  override commandUsage(cmd: Command): string {
    return super
      .commandUsage(cmd)
      .split(' ')
      .map((w) => (w === '[options]' || w === '[command]' ? WORDS[w][this.lang] : w))
      .join(' ');
  }

  override subcommandTerm(cmd: Command): string {
    return super
      .subcommandTerm(cmd)
      .split(' ')
      .map((w) => (w === '[options]' ? WORDS[w][this.lang] : w))
      .join(' ');
  }

  private extras(choices: readonly string[] | undefined, defaultValue: unknown, defaultDescription: string | undefined, showDefault: boolean): string[] {
    const out: string[] = [];
    if (choices) out.push(`${t('choices', this.lang)}: ${choices.map((c) => JSON.stringify(c)).join(', ')}`);
    if (showDefault && defaultValue !== undefined) out.push(`${t('default', this.lang)}: ${defaultDescription || JSON.stringify(defaultValue)}`);
    return out;
  }

  override optionDescription(option: Option): string {
    const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
    const extra = this.extras(option.argChoices, option.defaultValue, option.defaultValueDescription, showDefault);
    if (option.envVar !== undefined) extra.push(`${t('env', this.lang)}: ${option.envVar}`);
    return extra.length > 0 ? `${option.description ? `${option.description} ` : ''}(${extra.join(', ')})` : option.description;
  }

  override argumentDescription(argument: Argument): string {
    const extra = this.extras(argument.argChoices, argument.defaultValue, argument.defaultValueDescription, true);
    return extra.length > 0 ? `${argument.description ? `${argument.description} ` : ''}(${extra.join(', ')})` : argument.description;
  }
}

/** Commander's own error message (English, `error: …`) in `lang`, prefixed `talenta: `. */
function commanderMessage(message: string, code: string | undefined, lang: Lang): string {
  const body = message.replace(/^error: /, '');
  const suggestion = (rest: string | undefined) => {
    if (!rest) return '';
    const m = /\(Did you mean (?:one of )?(.+)\?\)/.exec(rest);
    return m ? `\n${t('didYouMean', lang, { x: m[1]! })}` : '';
  };
  let m: RegExpExecArray | null;
  let out: string | null = null;
  switch (code) {
    case 'commander.unknownOption':
      if ((m = /^unknown option '(.+?)'([\s\S]*)$/.exec(body))) out = t('unknownOption', lang, { flag: m[1]! }) + suggestion(m[2]);
      break;
    case 'commander.unknownCommand':
      if ((m = /^unknown command '(.+?)'([\s\S]*)$/.exec(body))) out = t('unknownCommand', lang, { name: m[1]! }) + suggestion(m[2]);
      break;
    case 'commander.missingArgument':
      if ((m = /^missing required argument '(.+)'$/.exec(body))) out = t('missingArgument', lang, { name: m[1]! });
      break;
    case 'commander.optionMissingArgument':
      if ((m = /^option '(.+)' argument missing$/.exec(body))) out = t('optionMissingArgument', lang, { flags: m[1]! });
      break;
    case 'commander.missingMandatoryOptionValue':
      if ((m = /^required option '(.+)' not specified$/.exec(body))) out = t('mandatoryOption', lang, { flags: m[1]! });
      break;
    case 'commander.conflictingOption':
      if ((m = /^(.+) cannot be used with (.+)$/.exec(body))) out = t('conflictingOption', lang, { a: m[1]!, b: m[2]! });
      break;
    case 'commander.excessArguments':
      if ((m = /^too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(body))) {
        out = t('excessArguments', lang, { where: m[1] ? t('excessWhere', lang, { cmd: m[1] }) : '', expected: m[2]!, got: m[3]! });
      }
      break;
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.+)\.$/.exec(body);
      const tail = choices ? ` ${t('allowedChoices', lang, { choices: choices[1]! })}` : '';
      if ((m = /^option '(.+?)' argument '([\s\S]*?)' is invalid\./.exec(body))) out = t('invalidOption', lang, { flags: m[1]!, value: m[2]! }) + tail;
      else if ((m = /^command-argument value '([\s\S]*?)' is invalid for argument '(.+?)'\./.exec(body))) out = t('invalidArgument', lang, { value: m[1]!, name: m[2]! }) + tail;
      break;
    }
  }
  return `talenta: ${out ?? body}`;
}

/** A commander Command that speaks `lang` (its subcommands too). */
export class LocalCommand extends Command {
  lang: Lang = 'id';

  override createCommand(name?: string): LocalCommand {
    const c = new LocalCommand(name);
    c.lang = this.lang;
    return c;
  }

  override createHelp(): Help {
    return Object.assign(new LocalHelp(this.lang), this.configureHelp());
  }

  override error(message: string, errorOptions?: { code?: string; exitCode?: number }): never {
    super.error(commanderMessage(message, errorOptions?.code, this.lang), errorOptions);
  }
}

/** The program-wide settings, before any command is added (subcommands inherit them). */
export function localizeProgram(program: LocalCommand, lang: Lang, version: string): void {
  program.lang = lang;
  program
    .version(version, '-V, --version', t('version', lang))
    .helpOption('-h, --help', t('helpOption', lang))
    .helpCommand(t('helpCommandArgs', lang), t('helpCommand', lang))
    .showSuggestionAfterError(true)
    .showHelpAfterError(t('afterError', lang));
}
