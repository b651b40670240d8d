import cliProgress from 'cli-progress';

/** Reports the phases of a build: a progress bar on a terminal, plain lines otherwise. */
export interface ProgressReporter {
  /** Starts a phase of `total` steps. */
  start(phase: string, total: number): void;
  tick(): void;
  /** Ends the current phase, with an optional closing line. */
  end(summary?: string): void;
  /** A line of its own (between phases). */
  log(line: string): void;
}

export interface ProgressReporterOptions {
  /** Where lines go. @default console.log */
  log?: (line: string) => void;
  /** Draw a bar on this terminal stream; plain lines when absent or not a TTY. */
  stream?: NodeJS.WriteStream;
}

/** Creates a reporter: cli-progress bars when `stream` is a TTY, else one line per phase. */
export function createProgressReporter(options: ProgressReporterOptions = {}): ProgressReporter {
  const log = options.log ?? ((line: string) => console.log(line));
  const stream = options.stream?.isTTY ? options.stream : undefined;
  let bar: cliProgress.SingleBar | undefined;
  let phase = '';
  let startedAt = 0;
  return {
    start(name, total) {
      phase = name;
      startedAt = performance.now();
      if (stream) {
        bar = new cliProgress.SingleBar(
          {
            stream,
            format: `${name.padEnd(16)} [{bar}] {value}/{total}`,
            hideCursor: true,
            clearOnComplete: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0);
      } else {
        log(`${name}: ${total} steps...`);
      }
    },
    tick() {
      bar?.increment();
    },
    end(summary) {
      bar?.stop();
      bar = undefined;
      const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
      log(summary ?? `${phase}: done in ${seconds} s`);
    },
    log(line) {
      log(line);
    },
  };
}
