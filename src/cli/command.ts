/**
 * The one shape of a command: `register` declares it (arguments, options, help) in the run's
 * language; `run` does it and returns the exit code. `run` imports the implementation when it is
 * called, so `talenta --help` loads no reader, core or writer.
 */
import type { Command } from 'commander';
import type { Io } from '../commands/shared/io.js';
import type { Lang } from './lang.js';

interface RegisterCtx {
  lang: Lang;
}

export interface CommandModule {
  /** the name as README writes it: `classify`, `profile diff` */
  name: string;
  register(program: Command, ctx: RegisterCtx): Command;
  /**
   * `args`: the command's arguments in order (commander's processed values); `options`: its
   * options, `lang` already decided for the run. A plain function (it never reads `this`), so the
   * registry may hand it on detached from its module.
   */
  run?: (args: unknown[], options: Record<string, unknown>, io: Io) => Promise<number>;
  /** a group (`profile`): its subcommands, registered under the command `register` returns */
  subcommands?: readonly CommandModule[];
}
