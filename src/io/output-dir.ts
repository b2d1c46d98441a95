/**
 * The output folder rules shared by every command that writes reports: created when missing;
 * talenta overwrites only its own files; a folder holding anything else needs --force (and even
 * then only talenta's files are written); an input file is never overwritten.
 */
import { access, constants, mkdir, readdir, realpath } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n.js';
import { writeError } from './atomic.js';

export type OutputDirProblem = 'outputIsFile' | 'outputForeign' | 'outputInput' | 'outputMkdir';

export async function prepareOutputDir(
  dir: string,
  inputFiles: string[],
  ours: ReadonlySet<string>,
  force: boolean,
  message: (problem: OutputDirProblem, params: Record<string, string>) => string,
  lang: Lang = 'id',
): Promise<void> {
  let entries: string[] = [];
  try {
    entries = await readdir(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') throw new UsageError(message('outputIsFile', { dir }));
    if (code !== 'ENOENT') throw new UsageError(message('outputMkdir', { dir, code: code ?? '' }));
  }
  const inputPaths = new Set<string>();
  for (const f of inputFiles) {
    if (f === '(stdin)' || f === '-') continue;
    inputPaths.add(await realpath(f).catch(() => resolve(f)));
  }
  const realDir = await realpath(dir).catch(() => dir);
  for (const name of ours) {
    const target = join(realDir, name);
    if (inputPaths.has(target)) throw new UsageError(message('outputInput', { file: target }));
  }
  const foreign = entries.filter((e) => !ours.has(e) && !e.startsWith('.'));
  if (foreign.length > 0 && !force) {
    throw new UsageError(message('outputForeign', { dir, files: `${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}` }));
  }
  await mkdir(dir, { recursive: true }).catch((err: NodeJS.ErrnoException) => {
    throw new UsageError(message('outputMkdir', { dir, code: err.code ?? err.message }));
  });
  // a folder that cannot be written is said so now (not as a missing temporary file later)
  await access(dir, constants.W_OK).catch((err: unknown) => {
    throw writeError(err, dir, 0, lang, dir);
  });
}
