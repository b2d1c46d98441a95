/** The one registry of commands (src/cli/registry.ts) holds every command README documents, and no other. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandNames } from '../../src/cli/registry.js';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

/** The commands README shows: `talenta X` in code spans and at the start of code lines; `profile` subcommands too. */
function documented(readme: string): Set<string> {
  const names = new Set<string>();
  const words = /^[a-z]+$/;
  for (const m of readme.matchAll(/`talenta ([a-z]+)(?: ([a-z]+))?/g)) {
    names.add(m[1]!);
    if (m[1] === 'profile' && m[2]) names.add(`profile ${m[2]}`);
  }
  for (const m of readme.matchAll(/^(?:\$ )?talenta ([a-z]+)(.*)$/gm)) {
    if (!words.test(m[1]!)) continue;
    names.add(m[1]!);
    // `talenta profile list | show [ID|FILE] | diff A B [inputs…] | schema`
    if (m[1] === 'profile') for (const part of m[2]!.split('|')) if (/^\s*([a-z]+)\b/.test(part)) names.add(`profile ${/^\s*([a-z]+)/.exec(part)![1]}`);
  }
  return names;
}

describe('the command registry', () => {
  const registered = commandNames();

  it('every command README documents is registered', () => {
    const missing = [...documented(README)].filter((n) => !registered.includes(n));
    expect(missing).toEqual([]);
  });

  it('every registered command is documented in README', () => {
    const docs = documented(README);
    expect(registered.filter((n) => !docs.has(n))).toEqual([]);
  });

  it('the README scan finds what it should (checked on a sample)', () => {
    expect([...documented('`talenta audit` and\n```\ntalenta profile list | show [ID] | diff A B | schema\n$ talenta suksesi x\n```\ntalenta writes its files')].sort()).toEqual(
      ['audit', 'profile', 'profile diff', 'profile list', 'profile schema', 'profile show', 'suksesi', 'writes'].sort(),
    );
  });

  it('each leaf command has a run, each group has subcommands', () => {
    const walk = (list: typeof COMMANDS): string[] => list.flatMap((c) => (c.subcommands ? walk(c.subcommands) : c.run ? [] : [c.name]));
    expect(walk(COMMANDS)).toEqual([]);
    expect(registered).toEqual([
      'classify',
      'explain',
      'suksesi',
      'validate',
      'init',
      'template',
      'profile',
      'profile list',
      'profile show',
      'profile diff',
      'profile schema',
      'compare',
      'audit',
    ]);
  });
});
