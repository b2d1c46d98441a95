/**
 * Faults and hostile input: outputs only as regular files, report sets replaced whole
 * or not at all, write errors as sentences, input guards, the profile nesting limit. Faults are
 * injected through the writer's file system (Io.writeFs); special files are a FIFO and symlinks
 * made in a temp folder — no test touches a device of the machine.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { WriteFs } from '../../src/io/atomic.js';
import { deviceKind } from '../../src/io/inputs.js';
import { jsonDepth } from '../../src/io/profile-file.js';
import { ROOT, tempDir } from '../e2e/helpers.js';
import { talenta } from '../e2e/in-process.js';

const CSV = join(ROOT, 'fixtures', 'contoh', 'csv');
const INPUTS = ['pegawai.csv', 'cact.csv', 'skp-2024.csv', 'skp-2025.csv', 'hukdis.csv'].map((f) => join(CSV, f));
const AS_OF = ['--as-of', '2026-09-30'];
const SET = ['hasil-talenta.json', 'laporan-talenta.xlsx', 'masalah-data.csv', 'pegawai.csv', 'ringkasan.csv', 'talent-pool.csv'];

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);
/** The regular files of a folder and their bytes (a FIFO is listed, never read: that would block) */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, lstatSync(join(dir, f)).isFile() ? readFileSync(join(dir, f)) : 'not a file']),
  );

/** A file system whose `open` fails with `code` from the n-th file on (1-based); earlier files are written for real. */
function failingFs(code: string, from: number, opts: { afterBytes?: number } = {}): WriteFs & { opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    async open(path) {
      opened.push(path);
      const err = Object.assign(new Error(`${code}: injected, open '${path}'`), { code });
      if (opts.afterBytes === undefined && opened.length >= from) throw err;
      const fh = await open(path, 'wx');
      let bytes = 0;
      return {
        write: async (chunk: string | Buffer) => {
          bytes += Buffer.byteLength(chunk);
          // a disk that fills up in the middle of the n-th file
          if (opened.length >= from && bytes > (opts.afterBytes ?? 0)) throw Object.assign(new Error(`${code}: no space left on device, write`), { code });
          return typeof chunk === 'string' ? fh.write(chunk) : fh.write(chunk);
        },
        close: () => fh.close(),
      };
    },
  };
}

async function previousRun(): Promise<string> {
  const dir = join(tempDir('talenta-faults-'), 'laporan');
  const r = await talenta(['classify', ...INPUTS, ...AS_OF, '-o', dir, '-q']);
  expect(r.code).toBe(0);
  expect(readdirSync(dir).sort()).toEqual(SET);
  return dir;
}

describe('outputs are regular files only', () => {
  it('a FIFO given as --html is refused (exit 2) and stays a FIFO; nothing else is written', async () => {
    const d = tempDir('talenta-faults-');
    const fifo = join(d, 'laporan.html');
    mkfifo(fifo);
    const out = join(d, 'out');
    const r = await talenta(['classify', ...INPUTS, ...AS_OF, '-o', out, '-q', '--html', fifo]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(fifo);
    expect(r.stderr).toContain('bukan berkas biasa');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    // the report set was staged with it and is not written either
    expect(readdirSync(out)).toEqual([]);
  });

  it('a FIFO in place of pegawai.csv is refused and left alone; the previous set stays as it was', async () => {
    const dir = await previousRun();
    const before = snapshot(dir);
    execFileSync('rm', [join(dir, 'pegawai.csv')]);
    mkfifo(join(dir, 'pegawai.csv'));
    const r = await talenta(['classify', ...INPUTS, ...AS_OF, '-o', dir, '-q', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pegawai\.csv is a FIFO \(named pipe\), not a regular file/);
    expect(lstatSync(join(dir, 'pegawai.csv')).isFIFO()).toBe(true);
    expect(snapshot(dir)).toEqual({ ...before, 'pegawai.csv': 'not a file' });
  });

  it('a folder in place of an output file is refused', async () => {
    const d = tempDir('talenta-faults-');
    mkdirSync(join(d, 'laporan.html'));
    const r = await talenta(['classify', ...INPUTS, ...AS_OF, '--json', '--html', join(d, 'laporan.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sebuah folder');
  });

  it('a symlink is followed: the file it points to is replaced, the link stays a link', async () => {
    const d = tempDir('talenta-faults-');
    mkdirSync(join(d, 'arsip'));
    const dated = join(d, 'arsip', 'laporan-2026-09.html');
    writeFileSync(dated, 'old report');
    symlinkSync('arsip/laporan-2026-09.html', join(d, 'latest.html'));
    // a dangling link creates its target
    symlinkSync('arsip/baru.html', join(d, 'next.html'));
    const r = await talenta(['classify', ...INPUTS, ...AS_OF, '--json', '--html', join(d, 'latest.html')]);
    expect(r.code).toBe(0);
    expect(lstatSync(join(d, 'latest.html')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(d, 'latest.html'))).toBe('arsip/laporan-2026-09.html');
    expect(readFileSync(dated, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    const r2 = await talenta(['classify', ...INPUTS, ...AS_OF, '--json', '--html', join(d, 'next.html')]);
    expect(r2.code).toBe(0);
    expect(lstatSync(join(d, 'next.html')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(d, 'arsip', 'baru.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a symlink to a FIFO is refused, naming both', async () => {
    const d = tempDir('talenta-faults-');
    mkfifo(join(d, 'pipe'));
    symlinkSync('pipe', join(d, 'link.html'));
    const r = await talenta(['classify', ...INPUTS, ...AS_OF, '--json', '--html', join(d, 'link.html'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(d, 'link.html')} → ${join(d, 'pipe')} is a FIFO`);
    expect(lstatSync(join(d, 'pipe')).isFIFO()).toBe(true);
  });
});

describe('a report set is replaced whole or not at all', () => {
  it('a full disk at the JSON (after four complete CSVs): exit 2, the folder, the size and the fix; the previous set untouched, no temporary file', async () => {
    const dir = await previousRun();
    const before = snapshot(dir);
    // the 5th file opened is hasil-talenta.json (4 CSVs first); the disk fills 1,000 bytes into it
    const fs = failingFs('ENOSPC', 5, { afterBytes: 1000 });
    const r = await talenta(['classify', ...INPUTS, ...AS_OF, '-o', dir, '-q'], { writeFs: fs });
    expect(fs.opened.map((p) => p.replace(/^.*\/\.(.*)\.\d+\.tmp$/, '$1'))).toEqual(['pegawai.csv', 'talent-pool.csv', 'masalah-data.csv', 'ringkasan.csv', 'hasil-talenta.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Ruang disk habis di folder ${dir}`);
    expect(r.stderr).toContain('hasil-talenta.json');
    expect(r.stderr).toMatch(/\d MB sudah ditulis/);
    expect(r.stderr).toContain('-o');
    expect(r.stderr).not.toContain('no space left on device, write');
    expect(snapshot(dir)).toEqual(before);
  });

  it('the same in English', async () => {
    const dir = await previousRun();
    const r = await talenta(['classify', ...INPUTS, ...AS_OF, '-o', dir, '-q', '--lang', 'en'], { writeFs: failingFs('ENOSPC', 2) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /No space left in the folder .* while writing talent-pool\.csv \(ENOSPC\); [\d.]+ MB had been written .* the previous report is untouched\. Free some space .* -o\./,
    );
  });

  it('a failure in the workbook (after every CSV and the JSON) leaves the previous set as it was', async () => {
    const dir = await previousRun();
    const before = snapshot(dir);
    // exceljs creates the workbook's file itself: a folder planted at its temporary name makes it fail
    const fs = failingFs('EIO', 99);
    const tmpXlsx = join(dir, `.laporan-talenta.xlsx.${process.pid}.tmp`);
    mkdirSync(tmpXlsx);
    const r = await talenta(['classify', ...INPUTS, ...AS_OF, '-o', dir, '-q'], { writeFs: fs });
    expect(fs.opened).toHaveLength(5);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('laporan-talenta.xlsx');
    execFileSync('rmdir', [tmpXlsx]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a run that succeeds replaces every file, and removes the set files it no longer writes (--no-xlsx)', async () => {
    const dir = await previousRun();
    const r = await talenta(['classify', ...INPUTS, ...AS_OF, '-o', dir, '-q', '--no-xlsx', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(SET.filter((f) => f !== 'laporan-talenta.xlsx'));
    // the new set is the English one
    expect(readFileSync(join(dir, 'ringkasan.csv'), 'utf8')).toContain('mapped');
  });
});

describe('a folder that cannot be written is said so', () => {
  for (const [code, id, en] of [
    ['EACCES', 'izin ditolak', 'permission denied'],
    ['EROFS', 'sistem berkasnya hanya-baca', 'the file system is read-only'],
  ] as const) {
    it(`${code}: the folder, why, and the fix — not ENOENT`, async () => {
      const dir = join(tempDir('talenta-faults-'), 'laporan');
      const r = await talenta(['classify', ...INPUTS, ...AS_OF, '-o', dir, '-q'], { writeFs: failingFs(code, 1) });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `talenta: Folder ${dir} tidak dapat ditulis: ${id} (${code}); tidak ada berkas run ini yang tertinggal di sana, laporan sebelumnya tetap utuh. Periksa izin folder itu atau pilih folder lain dengan -o.\n`,
      );
      expect(readdirSync(dir)).toEqual([]);
      const e = await talenta(['classify', ...INPUTS, ...AS_OF, '-o', dir, '-q', '--lang', 'en'], { writeFs: failingFs(code, 1) });
      expect(e.stderr).toContain(`The folder ${dir} cannot be written: ${en} (${code})`);
    });
  }
});

describe('input guards', () => {
  it('character and block devices and sockets are refused; files and FIFOs are read', () => {
    const st = (kind: 'char' | 'block' | 'socket' | 'fifo' | 'file') => ({
      isCharacterDevice: () => kind === 'char',
      isBlockDevice: () => kind === 'block',
      isSocket: () => kind === 'socket',
    });
    expect(deviceKind(st('char'))).toBe('char');
    expect(deviceKind(st('block'))).toBe('block');
    expect(deviceKind(st('socket'))).toBe('socket');
    expect(deviceKind(st('fifo'))).toBeNull();
    expect(deviceKind(st('file'))).toBeNull();
  });

  it('a roster through a FIFO is read like the file', async () => {
    const d = tempDir('talenta-faults-');
    const fifo = join(d, 'pegawai.csv');
    mkfifo(fifo);
    const feed = new Promise<void>((res, rej) => {
      const w = createWriteStream(fifo);
      w.on('error', rej);
      w.end(readFileSync(INPUTS[0]!), () => res());
    });
    const [r] = await Promise.all([talenta(['validate', fifo, ...INPUTS.slice(1), ...AS_OF, '--json']), feed]);
    expect(r.code).toBe(0);
    const plain = await talenta(['validate', ...INPUTS, ...AS_OF, '--json']);
    expect(JSON.parse(r.stdout).roster).toEqual(JSON.parse(plain.stdout).roster);
  });

  it('a file over the input limit is refused before it is read (TALENTA_MAX_INPUT_MB, --max-input-mb)', async () => {
    const d = tempDir('talenta-faults-');
    const big = join(d, 'pegawai.csv');
    const head = readFileSync(INPUTS[0]!, 'utf8');
    writeFileSync(
      big,
      head +
        head
          .split('\n')
          .slice(1)
          .join('\n')
          .repeat(Math.ceil((2.5 * 2 ** 20) / head.length)),
    );
    const r = await talenta(['validate', big, ...INPUTS.slice(1), ...AS_OF], { env: { TALENTA_MAX_INPUT_MB: '2' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${big} lebih besar dari batas masukan 2 MB (3 MB)`);
    expect(r.stderr).toContain('--max-input-mb');
    // the option wins over the variable
    const ok = await talenta(['validate', big, ...INPUTS.slice(1), ...AS_OF, '--max-input-mb', '3'], { env: { TALENTA_MAX_INPUT_MB: '2' } });
    expect(ok.code).toBe(0);
    const en = await talenta(['validate', big, ...INPUTS.slice(1), ...AS_OF, '--max-input-mb', '1', '--lang', 'en']);
    expect(en.stderr).toContain('is larger than the input limit of 1 MB (3 MB); reading stopped');
  });

  it('endless stdin stops at the limit with exit 2', async () => {
    let sent = 0;
    const line = Buffer.from('199001012020011001,Nama,2025,Baik\n'.repeat(1000));
    const endless = new Readable({
      read() {
        sent += line.length;
        this.push(line);
      },
    });
    const r = await talenta(['validate', '-', ...INPUTS, ...AS_OF], { stdin: endless, env: { TALENTA_MAX_INPUT_MB: '1' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(stdin) lebih besar dari batas masukan 1 MB (datanya masih terus mengalir)');
    // stopped soon after the limit, not at the end of an endless stream
    expect(sent).toBeLessThan(2 * 2 ** 20);
  });

  it('a bad limit is a usage error', async () => {
    for (const v of ['0', '-5', '1.5', 'banyak', '5000']) {
      const r = await talenta(['validate', ...INPUTS, ...AS_OF, '--max-input-mb', v]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--max-input-mb harus bilangan bulat 1–4095 (MB) (diberikan: "${v}")`);
    }
    const r = await talenta(['validate', ...INPUTS, ...AS_OF], { env: { TALENTA_MAX_INPUT_MB: 'x' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('TALENTA_MAX_INPUT_MB harus');
  });
});

describe('a profile nested too deeply', () => {
  it('200,000 levels: exit 2, "nested too deeply" (not a stack overflow)', async () => {
    const d = tempDir('talenta-faults-');
    const file = join(d, 'dalam.json');
    writeFileSync(file, `{"a":${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    const r = await talenta(['classify', ...INPUTS, ...AS_OF, '--json', '--profile', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: profil bersarang terlalu dalam`);
    expect(existsSync(join(d, 'laporan-talenta-2026-09-30'))).toBe(false);
  });

  it('the depth counts brackets outside strings only', () => {
    expect(jsonDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(jsonDepth('{"a":"[[[[{{{{\\"[[["}')).toBe(1);
    expect(jsonDepth('[]')).toBe(1);
    expect(jsonDepth('1')).toBe(0);
    // stops counting past the limit
    expect(jsonDepth('['.repeat(1000), 10)).toBe(11);
  });
});
