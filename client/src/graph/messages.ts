// What the graph page and the extension say to each other (postMessage), typed once.
import type { NoteGraph, Range } from '../../../shared/protocol';

/** The page's labels, translated by the extension (the page has no strings of its own). */
export interface GraphStrings {
  scope: string; local: string; workspace: string; depth: string; topic: string; allTopics: string;
  notes: string; concepts: string; tags: string; search: string;
}

export type ToPage =
  | { type: 'strings'; strings: GraphStrings }
  | { type: 'graph'; graph: NoteGraph; topics: string[] };

export type FromPage =
  | { type: 'ready' }
  | { type: 'open'; uri: string; range?: Range }
  | { type: 'scope'; scope: 'local' | 'workspace'; depth: number }
  | { type: 'rendered'; nodes: number; edges: number; firstFrameMs: number }
  | { type: 'settled'; frames: number; layoutMs: number }
  | { type: 'fps'; fps: number };
