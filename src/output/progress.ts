/**
 * Progress on stderr: only on a TTY, never with --quiet or --json, and only once a run has
 * taken about a second (short runs stay silent). One line, rewritten in place.
 */
export class Progress {
  private readonly start = Date.now();
  private shown = false;

  constructor(
    private readonly stream: { write(s: string): unknown; isTTY?: boolean },
    private readonly enabled: boolean,
    private readonly delayMs = 1000,
  ) {}

  static for(stream: { write(s: string): unknown; isTTY?: boolean }, opts: { quiet?: boolean; json?: boolean }): Progress {
    return new Progress(stream, Boolean(stream.isTTY) && !opts.quiet && !opts.json);
  }

  phase(text: string): void {
    if (!this.enabled || Date.now() - this.start < this.delayMs) return;
    this.shown = true;
    const secs = ((Date.now() - this.start) / 1000).toFixed(1);
    this.stream.write(`\r\u001b[2K${text} (${secs} s)`);
  }

  done(): void {
    if (this.shown) this.stream.write('\r\u001b[2K');
    this.shown = false;
  }
}
