import type { NoteIndex } from '../index/noteIndex';
import type { Note, Range } from '../model/types';
import type { WorkspaceEdit } from '../fixes/types';
import { relativeLabel } from './labels';
import { OPEN_TASK_MARKER } from '../../../../shared/protocol';


export interface OpenItem { marker: string; text: string; range: Range }
export interface OpenItemsNote { uri: string; label: string; items: OpenItem[] }
export interface OpenItemsTopic { topic: string; count: number; notes: OpenItemsNote[] }
export interface OpenItemsResult {
  topics: OpenItemsTopic[];
  /** Open items per marker over the whole workspace, before the marker filter. */
  counts: Record<string, number>;
}

/**
 * Every open task and TODO marker, grouped topic → note, as the Open Questions view shows
 * them. A note's topic is its front-matter `topic`, else its folder ('' at the root).
 * `markers` keeps only those markers (all when absent).
 */
export function openItems(index: NoteIndex, markers?: readonly string[]): OpenItemsResult {
  const wanted = markers ? new Set(markers) : undefined;
  const counts: Record<string, number> = {};
  const byTopic = new Map<string, OpenItemsNote[]>();
  for (const note of index.all()) {
    const all = itemsOf(note);
    for (const item of all) counts[item.marker] = (counts[item.marker] ?? 0) + 1;
    const items = wanted ? all.filter((i) => wanted.has(i.marker)) : all;
    if (!items.length) continue;
    const label = relativeLabel(index, note.uri);
    const topic = note.frontMatter?.topic ?? label.split('/').slice(0, -1).join('/');
    const notes = byTopic.get(topic) ?? [];
    notes.push({ uri: note.uri, label, items });
    byTopic.set(topic, notes);
  }
  const topics = [...byTopic].map(([topic, notes]) => ({
    topic,
    count: notes.reduce((n, note) => n + note.items.length, 0),
    notes: notes.sort((a, b) => a.label.localeCompare(b.label)),
  }));
  return { topics: topics.sort((a, b) => a.topic.localeCompare(b.topic)), counts };
}

function itemsOf(note: Note): OpenItem[] {
  const tasks = note.tasks.filter((t) => !t.checked).map((t) => ({ marker: OPEN_TASK_MARKER, text: t.text, range: t.range }));
  const todos = note.todos.map((t) => ({ marker: t.marker, text: t.text, range: t.range }));
  return [...tasks, ...todos].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The edit that ticks the open task starting on `line`: `[ ]` becomes `[x]`. */
export function markTaskDoneEdit(note: Note, line: number): WorkspaceEdit | undefined {
  const task = note.tasks.find((t) => !t.checked && t.range.start.line === line);
  if (!task) return undefined;
  const text = note.text.split(/\r\n|\n|\r/, line + 1)[line] ?? '';
  const box = /^(?:\s*>)*\s*(?:[-*+]|\d{1,9}[.)])\s+\[( )\]/.exec(text);
  if (!box) return undefined;
  const character = box[0].length - 2;
  return { changes: { [note.uri]: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, newText: 'x' }] } };
}
