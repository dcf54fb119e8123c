import { SingleBar } from 'cli-progress';

/** Progress of a long command: a bar with ETA on a terminal, nothing otherwise. */
export interface Progress {
  readonly tick: (count?: number) => void;
  readonly stop: () => void;
}

/**
 * A cli-progress bar with rate and ETA on stderr when it is a terminal; a
 * silent no-op when not (pipes, CI, tests), so logs stay clean.
 */
export function createProgress(total: number, isTty: boolean, label: string): Progress {
  if (!isTty || total === 0) return { tick: () => undefined, stop: () => undefined };
  const bar = new SingleBar({
    format: `${label} [{bar}] {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}`,
    stream: process.stderr,
    hideCursor: true,
    etaBuffer: 50,
    fps: 5,
  });
  let done = 0;
  const started = Date.now();
  bar.start(total, 0, { rate: '0' });
  return {
    tick(count = 1) {
      done += count;
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1) : '0' });
    },
    stop: () => bar.stop(),
  };
}
