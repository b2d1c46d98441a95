/**
 * The module graph of src: no import cycle anywhere (every static import, type imports
 * included), and `talenta --help` loads no command implementation, core, reader or writer (the
 * commands' `run` imports them when it runs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The static imports of a module (`import … from`, `export … from`, `import '…'`): [target, type-only]. */
export function staticImports(text: string): { spec: string; typeOnly: boolean }[] {
  // comments out, so an example in a comment is not an import
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const out: { spec: string; typeOnly: boolean }[] = [];
  const re = /(?:^|[\n;])\s*(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g;
  for (let m; (m = re.exec(code));) out.push({ spec: m[3]!, typeOnly: Boolean(m[2]) });
  return out;
}

type Graph = Map<string, { to: string; typeOnly: boolean }[]>;

function graph(): Graph {
  const g: Graph = new Map();
  for (const file of sources(SRC)) {
    const edges = staticImports(readFileSync(file, 'utf8'))
      .filter((i) => i.spec.startsWith('.'))
      .map((i) => ({ to: resolve(dirname(file), i.spec.replace(/\.js$/, '.ts')), typeOnly: i.typeOnly }));
    g.set(file, edges);
  }
  return g;
}

/** Every cycle's first occurrence, as a list of files (the first repeated at the end). */
export function findCycles(g: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of g.get(n) ?? []) {
      if (state.get(m) === 'open') cycles.push([...stack.slice(stack.indexOf(m)), m]);
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of [...g.keys()].sort()) if (!state.has(n)) visit(n);
  return cycles;
}

const rel = (f: string) => relative(SRC, f);

describe('the module graph of src', () => {
  const g = graph();

  it('the import scanner sees every form (checked on a sample)', () => {
    const sample = `import { a } from './a.js';\nimport type { B } from './b.js';\nexport { c } from './c.js';\nexport type { D } from './d.js';\nimport './e.js';\nimport * as f from './f.js';\n// import { x } from './commented.js';\nconst later = await import('./dynamic.js');`;
    expect(staticImports(sample)).toEqual([
      { spec: './a.js', typeOnly: false },
      { spec: './b.js', typeOnly: true },
      { spec: './c.js', typeOnly: false },
      { spec: './d.js', typeOnly: true },
      { spec: './e.js', typeOnly: false },
      { spec: './f.js', typeOnly: false },
    ]);
  });

  it('the cycle finder finds a planted cycle and prints it', () => {
    expect(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('every import resolves to a file of src', () => {
    const missing = [...g].flatMap(([f, es]) => es.filter((e) => !g.has(e.to)).map((e) => `${rel(f)} → ${rel(e.to)}`));
    expect(missing).toEqual([]);
  });

  it('has no import cycle (type imports included)', () => {
    const cycles = findCycles(new Map([...g].map(([f, es]) => [f, es.map((e) => e.to)])));
    expect(cycles.map((c) => c.map(rel).join(' → '))).toEqual([]);
  });

  it('talenta --help loads no command implementation, core module, reader or renderer', () => {
    // what cli.ts loads before a command runs: its runtime (not type-only) imports, transitively
    const seen = new Set<string>();
    const walk = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const e of g.get(f) ?? []) if (!e.typeOnly) walk(e.to);
    };
    walk(join(SRC, 'cli.ts'));
    const loaded = [...seen].map(rel).sort();
    const heavy = loaded.filter((f) => /^(core|output)\//.test(f) && f !== 'output/terminal-safe.ts').concat(loaded.filter((f) => /^commands\/[^/]+\.ts$/.test(f)));
    expect(heavy).toEqual([]);
    // and it does load the registry and every command's declaration
    expect(loaded).toContain('cli/registry.ts');
    expect(loaded.filter((f) => f.startsWith('cli/commands/')).length).toBeGreaterThanOrEqual(9);
  });
});
