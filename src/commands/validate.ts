/** `talenta validate <inputs…>`: read exactly as classify does; report data quality only. */
import { classify, prepareInputs } from '../core/classify.js';
import { validationReport } from '../core/validate.js';
import { UsageError } from '../errors.js';
import { groupMessage, resolveLang } from '../i18n.js';
import { loadInputs } from '../io/inputs.js';
import { resolveProfile } from '../io/profile-file.js';
import { failOnOutcome } from './options.js';
import { issueJson } from '../output/json.js';
import { renderValidation } from '../output/validate-text.js';
import { terminalWidth } from '../output/width.js';
import { escapeControls } from '../output/terminal-safe.js';
import { inputSpecs, parseAsOf, parseInputOptions, type ClassifyCliOptions, type Io } from './classify.js';

export async function runValidate(files: string[], o: ClassifyCliOptions, io: Io): Promise<number> {
  const lang = resolveLang(o.lang, io.env);
  const failOn = o.failOn ?? 'none';
  if (!['none', 'error', 'warning'].includes(failOn)) {
    throw new UsageError(`--fail-on menerima error, warning atau none (diberikan: "${failOn}").`);
  }
  const { asOf, year, delimiter, maxInputBytes } = parseInputOptions(o, io);
  const profile = (await resolveProfile(o.profile ?? io.env.TALENTA_PROFILE)).profile;
  const { tables, files: loaded } = await loadInputs(inputSpecs(files, o), { delimiter, encoding: o.encoding, stdin: io.stdin, lang, maxInputBytes });
  const prepared = prepareInputs(tables, profile);
  const result = classify(prepared, profile, { asOf: parseAsOf(asOf, io.today()), year });
  const report = validationReport(prepared, result);
  if (o.json) {
    const doc = {
      schemaVersion: 1,
      files: loaded,
      tables: report.tables,
      missingTables: report.missing,
      roster: report.roster,
      counts: report.counts,
      groups: report.groups.map((g) => ({
        code: g.code,
        severity: g.severity,
        count: g.count,
        message: groupMessage(g.examples, lang),
        examples: g.examples.map((i) => issueJson(i, lang)),
      })),
    };
    io.stdout.write(JSON.stringify(doc, null, 2) + '\n');
  } else {
    io.stdout.write(escapeControls(renderValidation(report, lang, terminalWidth(io.stdout, io.env))));
  }
  const outcome = failOnOutcome(failOn, report.counts, lang);
  if (outcome.reason && !o.quiet) io.stderr.write(`${outcome.reason}\n`);
  return outcome.code;
}
