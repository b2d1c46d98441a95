/** Every command of talenta, in the order of `talenta --help`. src/cli.ts walks this list. */
import type { CommandModule } from './command.js';
import { auditCommand } from './commands/audit.js';
import { classifyCommand } from './commands/classify.js';
import { compareCommand } from './commands/compare.js';
import { explainCommand } from './commands/explain.js';
import { initCommand } from './commands/init.js';
import { profileCommand } from './commands/profile.js';
import { suksesiCommand } from './commands/suksesi.js';
import { templateCommand } from './commands/template.js';
import { validateCommand } from './commands/validate.js';

export const COMMANDS: readonly CommandModule[] = [
  classifyCommand,
  explainCommand,
  suksesiCommand,
  validateCommand,
  initCommand,
  templateCommand,
  profileCommand,
  compareCommand,
  auditCommand,
];

/** Every command's full name (`profile diff` for a subcommand), groups included. */
export function commandNames(list: readonly CommandModule[] = COMMANDS): string[] {
  return list.flatMap((c) => [c.name, ...commandNames(c.subcommands ?? [])]);
}
