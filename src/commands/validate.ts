/** `talenta validate <inputs…>`: read exactly as classify does; report data quality only. */
import { classify, prepareInputs } from '../core/classify.js';
import { validationReport } from '../core/validate.js';
import { resolveLang } from '../i18n.js';
import { loadInputs } from '../io/inputs.js';
import { resolveProfile } from '../io/profile-file.js';
import { failOnOutcome } from './options.js';
import { validateDocument } from '../output/validate-json.js';
import { renderValidation } from '../output/validate-text.js';
import { terminalWidth } from '../output/width.js';
import { escapeControls } from '../output/terminal-safe.js';
import { inputSpecs, parseFailOn, parseInputOptions, type InputCliOptions } from './shared/inputs.js';
import type { Io } from './shared/io.js';

export interface ValidateCliOptions extends InputCliOptions {
  json?: boolean;
  failOn?: string;
  quiet?: boolean;
}

export async function runValidate(files: string[], o: ValidateCliOptions, io: Io): Promise<number> {
  const lang = resolveLang(o.lang, io.env);
  const failOn = parseFailOn(o.failOn, lang);
  const { asOf, year, delimiter, maxInputBytes } = parseInputOptions(o, io);
  const profile = (await resolveProfile(o.profile ?? io.env.TALENTA_PROFILE, lang)).profile;
  const { tables, files: loaded } = await loadInputs(inputSpecs(files, { ...o, lang }, 'validate'), { delimiter, encoding: o.encoding, stdin: io.stdin, lang, maxInputBytes });
  const prepared = prepareInputs(tables, profile);
  const result = classify(prepared, profile, { asOf, year });
  const report = validationReport(prepared, result);
  if (o.json) io.stdout.write(JSON.stringify(validateDocument(report, loaded, lang), null, 2) + '\n');
  else io.stdout.write(escapeControls(renderValidation(report, lang, terminalWidth(io.stdout, io.env))));
  const outcome = failOnOutcome(failOn, report.counts, lang);
  if (outcome.reason && !o.quiet) io.stderr.write(`${outcome.reason}\n`);
  return outcome.code;
}
