/**
 * Run a child process and measure its wall time and peak RSS: under GNU time (`/usr/bin/time -f
 * '%e %M'`, maximum resident set size of the child) when it is there, else by polling
 * /proc/<pid>/status (VmHWM, the kernel's own high-water mark) every 20 ms.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Measured {
  /** wall time in seconds (high-resolution, measured around the child) */
  wallS: number;
  /** peak resident set size in bytes, or null when it could not be measured */
  peakRss: number | null;
  /** exit code (or 128 + signal) */
  code: number;
  /** the last part of the child's stderr */
  stderr: string;
  /** how the RSS was measured */
  rssSource: 'gnu-time' | 'proc' | 'none';
}

export interface RunOptions {
  /** file to receive the child's stdout (default: discarded) */
  stdoutFile?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

const GNU_TIME = '/usr/bin/time';
let gnuTime: boolean | null = null;

/** GNU time is present when `/usr/bin/time -f %M true` writes a number. */
export function hasGnuTime(): boolean {
  if (gnuTime === null) {
    gnuTime = false;
    if (existsSync(GNU_TIME)) {
      const r = spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' });
      gnuTime = r.status === 0 && /^\d+\s*$/.test(r.stderr.trim().split('\n').pop() ?? '');
    }
  }
  return gnuTime;
}

function readHwm(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

const STDERR_KEEP = 64 * 1024;

export function measure(cmd: string, args: string[], opts: RunOptions = {}): Promise<Measured> {
  const useTime = hasGnuTime();
  const timeFile = path.join(os.tmpdir(), `talenta-bench-time-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const out = opts.stdoutFile ? openSync(opts.stdoutFile, 'w') : 'ignore';
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '%e %M', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const child = spawn(file, argv, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', out, 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => {
    stderr = (stderr + d).slice(-STDERR_KEEP);
  });
  let polled: number | null = null;
  const timer =
    !useTime && process.platform === 'linux'
      ? setInterval(() => {
          const v = child.pid === undefined ? null : readHwm(child.pid);
          if (v !== null) polled = Math.max(polled ?? 0, v);
        }, 20)
      : null;
  return new Promise((resolve, reject) => {
    child.on('error', (err) => {
      if (timer) clearInterval(timer);
      if (typeof out === 'number') closeSync(out);
      reject(err);
    });
    child.on('close', (code, signal) => {
      const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
      if (timer) clearInterval(timer);
      if (typeof out === 'number') closeSync(out);
      let peakRss: number | null = polled;
      let rssSource: Measured['rssSource'] = polled === null ? 'none' : 'proc';
      if (useTime) {
        try {
          const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
          const m = /^([\d.]+) (\d+)$/.exec(last);
          if (m) {
            peakRss = Number(m[2]) * 1024;
            rssSource = 'gnu-time';
          }
        } catch {
          /* no time output: the RSS stays unknown */
        }
        rmSync(timeFile, { force: true });
      }
      resolve({ wallS, peakRss, code: code ?? 128 + (signal ? os.constants.signals[signal] : 0), stderr, rssSource });
    });
  });
}
