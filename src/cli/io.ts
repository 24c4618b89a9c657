/** Where a command writes: real streams in the CLI, buffers in tests. */
export interface CliIO {
  /** Writes a line to standard output. */
  out(line: string): void;
  /** Writes a line to standard error. */
  err(line: string): void;
  /** Rewrites the current status line (progress bar); a no-op when stderr is not a terminal. */
  status(line: string): void;
}

/** The process's own streams. */
export function processIO(): CliIO {
  exitQuietlyOnClosedPipe();
  const tty = Boolean(process.stderr.isTTY);
  let statusShown = false;
  const clearStatus = () => {
    if (statusShown) process.stderr.write('\r\x1b[K');
    statusShown = false;
  };
  return {
    out: (line) => {
      clearStatus();
      process.stdout.write(line + '\n');
    },
    err: (line) => {
      clearStatus();
      process.stderr.write(line + '\n');
    },
    status: (line) => {
      if (!tty) return;
      process.stderr.write('\r\x1b[K' + line);
      statusShown = true;
    },
  };
}

/** `nn-debugger train --json | head` closes our stdout early: that is the reader's choice, not an error. */
function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}
