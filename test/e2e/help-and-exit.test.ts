/**
 * What the help and the exit says (issue "Reports and words", the README and the docs), in
 * process: the output files classify writes are all named in its help; a command without
 * --fail-on does not offer exit code 1; the explain example's NIP is in the shipped sample;
 * the missing-table message points to a README section that exists; `-o - --json` is refused;
 * an exit 1 from --fail-on says why on stderr (and not with -q).
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_FILES } from '../../src/commands/classify.js';
import { failOnOutcome } from '../../src/commands/options.js';
import { talenta } from './in-process.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'fixtures', 'contoh', 'roster.xlsx');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('help texts', () => {
  it('classify --help names every file of the report folder', async () => {
    const r = await talenta(['classify', '--help']);
    expect(r.code).toBe(0);
    const help = r.stdout.replace(/\s+/g, ' ');
    for (const f of Object.values(OUTPUT_FILES)) expect({ f, named: help.includes(f) }).toEqual({ f, named: true });
  });

  it.each(['explain', 'init', 'template'])('%s --help offers no exit code 1 (it has no --fail-on)', async (cmd) => {
    const r = await talenta([cmd, '--help']);
    expect(r.stdout).not.toContain('--fail-on');
    expect(r.stdout).not.toMatch(/^\s+1\s/m);
    expect(r.stdout).toMatch(/^\s+2\s/m);
  });

  it('classify and validate --help do offer it', async () => {
    for (const cmd of ['classify', 'validate']) expect((await talenta([cmd, '--help'])).stdout).toMatch(/^\s+1\s+selesai, tetapi ada masalah data/m);
  });

  it("the explain example's NIP (help and README) is an employee of the shipped sample", async () => {
    const help = (await talenta(['explain', '--help'])).stdout;
    const nip = /talenta explain (\d{18})/.exec(help)?.[1];
    expect(nip).toBeDefined();
    expect(README).toContain(`talenta explain ${nip} `);
    const r = await talenta(['explain', nip!, SAMPLE, '--as-of', '2026-09-30']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(`NIP ${nip} — `)).toBe(true);
  });
});

describe('messages', () => {
  it('a missing table points to a README section that exists', async () => {
    const r = await talenta(['classify', SAMPLE.replace('roster.xlsx', 'csv/cact.csv'), '--as-of', '2026-09-30']);
    expect(r.code).toBe(2);
    const section = /README \("([^"]+)"\)/.exec(r.stderr)?.[1];
    expect(section).toBeDefined();
    expect(README.split('\n').some((l) => /^#+ /.test(l) && l.replace(/^#+ /, '').trim() === section)).toBe(true);
  });

  it('-o - --json is refused (exit 2) instead of silently writing CSV', async () => {
    const r = await talenta(['classify', SAMPLE, '--as-of', '2026-09-30', '-o', '-', '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--json tidak dapat digabung dengan -o -');
  });
});

describe('--fail-on', () => {
  it('the exit code: error fails on errors only, warning on errors or warnings, none never', () => {
    expect(failOnOutcome('error', { error: 0, warning: 5 }, 'id').code).toBe(0);
    expect(failOnOutcome('error', { error: 1, warning: 0 }, 'id').code).toBe(1);
    expect(failOnOutcome('warning', { error: 0, warning: 1 }, 'id').code).toBe(1);
    expect(failOnOutcome('warning', { error: 0, warning: 0 }, 'id').code).toBe(0);
    expect(failOnOutcome('none', { error: 9, warning: 9 }, 'id').code).toBe(0);
    expect(failOnOutcome('warning', { error: 0, warning: 0 }, 'id').reason).toBeNull();
  });

  it('exit 1 says why on stderr, in the run language; -q keeps it quiet', async () => {
    // the sample has 4 errors and 5 warnings (README: "Masalah data: 4 error, 5 warning")
    const r = await talenta(['classify', SAMPLE, '--as-of', '2026-09-30', '--json', '--fail-on', 'error']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('talenta: kode keluar 1 (--fail-on error): 4 galat di antara masalah data');
    const en = await talenta(['validate', SAMPLE, '--as-of', '2026-09-30', '--fail-on', 'warning', '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('talenta: exit 1 (--fail-on warning): 4 error, 5 warning among the data problems');
    const quiet = await talenta(['classify', SAMPLE, '--as-of', '2026-09-30', '--json', '--fail-on', 'error', '-q']);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).not.toContain('kode keluar 1');
  });
});

describe('numbers on the terminal', () => {
  // the sample: box 4 holds 45 of the 446 mapped employees = 10.09 %; the top talent score is
  // 100.125 (SKP 100, potential 100.25: (100 + 100.25) / 2), two decimals 100.13
  it('Indonesian writes the decimal comma, English the point', async () => {
    const id = (await talenta(['classify', SAMPLE, '--as-of', '2026-09-30', '-o', join(tmpdir(), `talenta-num-${process.pid}-id`), '--force'])).stdout;
    expect(id).toContain('[4] 45 (10,1%)');
    expect(id).toContain('100,13');
    expect(id).not.toMatch(/\d\.\d+%/);
    const en = (await talenta(['classify', SAMPLE, '--as-of', '2026-09-30', '--lang', 'en', '-o', join(tmpdir(), `talenta-num-${process.pid}-en`), '--force'])).stdout;
    expect(en).toContain('[4] 45 (10.1%)');
    expect(en).toContain('100.13');
  });
});
