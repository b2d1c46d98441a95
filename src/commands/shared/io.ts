/** What a command may touch of the world: streams, environment, the clock, the file system. */
import type { WriteFs } from '../../io/atomic.js';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  /** today's date (the only clock use; injected for tests) */
  today: () => string;
  version: string;
  /** how output files are created (default node's fs; tests inject a full disk or a read-only folder) */
  writeFs?: WriteFs;
}
