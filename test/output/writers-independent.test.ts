/**
 * No writer imports another: a writer of src/output (a module that exports a `write…` function:
 * xlsx.ts, csv.ts, compare-xlsx.ts, …; or a workbook's sheets, `*-xlsx.ts` beside them) is
 * imported by no other module of src/output; what writers share lives in shared modules
 * (src/output/shared/, model.ts, xlsx-style.ts, xlsx-layout.ts, …).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUTPUT = join(import.meta.dirname, '..', '..', 'src', 'output');

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? modules(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

const files = modules(OUTPUT);
const source = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
const writers = new Set(files.filter((f) => /^export (async )?function write[A-Z]/m.test(source.get(f)!) || (dirname(f) === OUTPUT && /(^|-)xlsx\.ts$/.test(basename(f)))));

/** The src/output modules a module imports (relative imports, `.js` written for `.ts`). */
function importsOf(file: string): string[] {
  const out: string[] = [];
  for (const m of source.get(file)!.matchAll(/\bfrom '(\.{1,2}\/[^']+)\.js'/g)) out.push(resolve(dirname(file), `${m[1]}.ts`));
  return out;
}

describe('the report writers', () => {
  it('are found (the rule below checks something)', () => {
    const names = [...writers].map((f) => relative(OUTPUT, f)).sort();
    for (const w of ['xlsx.ts', 'csv.ts', 'compare-xlsx.ts', 'succession-xlsx.ts', 'template-xlsx.ts']) expect(names).toContain(w);
  });

  it('do not import each other (nor does any other output module import a writer)', () => {
    const offending = files.flatMap((f) =>
      importsOf(f)
        .filter((i) => writers.has(i) && i !== f)
        .map((i) => `${relative(OUTPUT, f)} imports ${basename(i)}`),
    );
    expect(offending).toEqual([]);
  });
});
