// Shape of bench/results/bench.json and the targets the numbers are judged against.
import type { HoverResult } from './oursHover';

export interface Measured {
  ms?: number;
  rssMB?: number;
  diagnostics?: number;
  linkDiagnostics?: number;
  /** Ours only: until indexing was reported done (the server may publish a quicker first pass). */
  settled?: { ms: number; diagnostics: number; linkDiagnostics: number };
  error?: string;
  /** Set when the measurement ran past its limit: the tool took longer than this. */
  timedOutAfterMs?: number;
}
export interface Verdict { target: string; pass: boolean }

export interface StartComparison {
  ours: Measured;
  peer: Measured;
  /** ours / peer time. */
  ratio?: number;
  verdict?: Verdict;
  note?: string;
}

export interface EditComparison {
  heading?: { file: string; line: number; slug: string; kind: string; linkers: string[] };
  /** Our core in-process (like the peer): what the ratio compares. */
  ours: { ms?: number; notesChecked?: number; brokenBefore?: number; brokenAfter?: number; error?: string; timedOutAfterMs?: number };
  /** Our server over LSP, from didChange to the last fresh publish (includes the 150 ms debounce). */
  oursOverLsp?: { ms?: number; notesRepublished?: number; brokenBefore?: number; brokenAfter?: number; error?: string; timedOutAfterMs?: number };
  peer: { ms?: number; notesChecked?: number; brokenBefore?: number; brokenAfter?: number; error?: string; timedOutAfterMs?: number };
  ratio?: number;
  verdict?: Verdict;
  note?: string;
}

export interface CorpusResult {
  notes: number;
  megabytes: number;
  cold: StartComparison & { rssRatio?: number; rssVerdict?: Verdict };
  warm: StartComparison;
  edit: EditComparison;
  hover: { ours: HoverResult | { error: string }; peer: 'n/a'; verdicts?: Verdict[] };
}

export interface ScalingRow {
  workspace: string;
  notes: number;
  megabytes: number;
  ours: Measured & { msPerMB?: number };
  peer: Measured & { msPerMB?: number };
  ratio?: number;
}

/** One cliff note: `concept-notes check` (ours) and the peer's cold start on the same folder. */
export interface CliffRow {
  note: string;
  megabytes: number;
  ours: Measured;
  peer: Measured;
  ratio?: number;
  verdict?: Verdict;
}

export interface Growth { tool: 'ours' | 'peer'; time: Record<string, number | undefined>; indexDone?: Record<string, number | undefined>; rss: Record<string, number | undefined>; verdicts: Verdict[] }

export interface BenchResults {
  machine: { cpus: number; node: string; platform: string };
  startedAt: string;
  totalSeconds?: number;
  /** sha1 prefix of dist/server.js at the start (and at the end, when it changed meanwhile). */
  serverBuilds: string[];
  options: { quick: boolean; corpora: string[] };
  corpora: Record<string, CorpusResult>;
  scaling: ScalingRow[];
  scalingGrowth: Growth[];
  cliffs: CliffRow[];
  errors: string[];
}

export const TARGETS = {
  coldRatio: 1.0,
  warmRatio: 0.25,
  editRatio: 0.5,
  hoverIdleP99Ms: 20,
  hoverReindexP99Ms: 100,
  rssRatio: 1.0,
  growthX4: 4.6,
  cliffMs: 2000,
};

export function atMost(value: number | undefined, limit: number, target: string): Verdict | undefined {
  return value === undefined ? undefined : { target, pass: value <= limit };
}
