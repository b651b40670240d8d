import type { LoadMode } from '../server/load-client.js';
import type { SyntheticLoad } from '../server/synthetic-load.js';

/** One load level of one target. Figures without samples are NaN (null once in JSON). */
export type ServerRow = {
  target: string;
  mode: LoadMode;
  clients: number;
  p50: number;
  p99: number;
  eventP99: number;
  firstTokenP50: number;
  cpuPercent: number;
  /** CPU µs per token streamed, all of the target's threads (absent in older results). */
  cpuUsPerToken?: number;
  /** Bytes the target wrote per token (write/writev calls: sockets and disk). */
  bytesPerToken?: number;
  /** write/writev calls per token. */
  writesPerToken?: number;
  /** The embedded database thread's part of the CPU and of the bytes (server only). */
  databaseCpuUsPerToken?: number | undefined;
  databaseBytesPerToken?: number | undefined;
  lost: number;
  duplicated: number;
  doubleRuns: number;
  completed: number;
  /** Requests the target turned away (a refused stream or start), which end without an answer. */
  refused?: number;
  errors: string[];
};

export type TargetResults = {
  rows: ServerRow[];
  /** RSS growth per idle open stream, KB. */
  idleKbPerStream: number;
  /** JavaScript heap + external growth per idle open stream, KB (absent in older results). */
  idleHeapKbPerStream?: number;
  idleClients: number;
};

export type Verdict = { goal: string; measured: string; met: boolean };

/** The server half of bench/results/latest.json (its top-level keys, as before the browser half). */
export type ServerResults = {
  /** Absent in results written before it was recorded. */
  serverMeasuredAt?: string;
  load: SyntheticLoad;
  smoke: boolean;
  pinned: boolean;
  /** Where the embedded database's thread ran (absent in older results). */
  databaseThread?: string;
  server: TargetResults;
  baseline: TargetResults;
  verdicts: Verdict[];
};
