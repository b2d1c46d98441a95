/** Atomic writes: a failure mid-write leaves the old file intact and no temporary file. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pendingTemps, renameIntoPlace, writeAtomic } from '../../src/io/atomic.js';

const dir = () => mkdtempSync(join(tmpdir(), 'talenta-atomic-'));

describe('writeAtomic', () => {
  it('replaces the file only when the write completes', async () => {
    const d = dir();
    const target = join(d, 'pegawai.csv');
    writeFileSync(target, 'old');
    await writeAtomic(target, async (write) => {
      await write('new ');
      await write(Buffer.from('content'));
    });
    expect(readFileSync(target, 'utf8')).toBe('new content');
    expect(readdirSync(d)).toEqual(['pegawai.csv']);
  });

  it('a failure mid-write leaves the old file intact and removes the temporary file', async () => {
    const d = dir();
    const target = join(d, 'pegawai.csv');
    writeFileSync(target, 'old');
    await expect(
      writeAtomic(target, async (write) => {
        await write('half of a');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(d)).toEqual(['pegawai.csv']);
    expect(pendingTemps.size).toBe(0);
  });

  it('renameIntoPlace: a writer that fails leaves the old file intact', async () => {
    const d = dir();
    const target = join(d, 'laporan-talenta.xlsx');
    writeFileSync(target, 'old workbook');
    await expect(
      renameIntoPlace(target, async (tmp) => {
        writeFileSync(tmp, 'partial');
        throw new Error('exceljs failed');
      }),
    ).rejects.toThrow('exceljs failed');
    expect(readFileSync(target, 'utf8')).toBe('old workbook');
    expect(readdirSync(d)).toEqual(['laporan-talenta.xlsx']);
  });
});
