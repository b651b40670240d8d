import type { SyntheticLoad } from '../server/synthetic-load.js';

/** How the clients' two channels meet the instances. */
export type ClusterScenario = 'one instance' | 'two instances' | 'two instances, crossed';

/** One load level of one scenario; figures without samples are NaN (null once in JSON). */
export type ClusterRow = {
  scenario: ClusterScenario;
  clients: number;
  tokenP50: number;
  tokenP99: number;
  eventP50: number;
  eventP99: number;
  firstTokenP50: number;
  /** % of one core, per instance. */
  cpuPercentEach: number[];
  lost: number;
  duplicated: number;
  doubleRuns: number;
  completed: number;
  /** Requests the target turned away (a refused stream or start), which end without an answer. */
  refused?: number;
  errors: string[];
};

/** The `cluster` key of bench/results/latest.json. */
export type ClusterResults = {
  measuredAt: string;
  load: SyntheticLoad;
  smoke: boolean;
  pinned: boolean;
  rows: ClusterRow[];
};
