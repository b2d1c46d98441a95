/**
 * The language of a run, decided from argv and the environment before commander parses anything,
 * so that the help, commander's own messages, the usage errors and the reports all speak it.
 */
import { resolveLang, type Lang } from '../i18n.js';

export type { Lang };

/** A text in every language: a missing translation fails to compile. */
export type Texts = Record<Lang, string>;

/** `--lang en`, `--lang=en` (the last one wins; nothing after `--`), else TALENTA_LANG, else id. */
export function langFromArgv(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  let flag: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang' && i + 1 < argv.length) flag = argv[++i];
    else if (a.startsWith('--lang=')) flag = a.slice('--lang='.length);
  }
  return resolveLang(flag, env);
}

/** `{name}` placeholders filled from `params`. */
export function fill(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
