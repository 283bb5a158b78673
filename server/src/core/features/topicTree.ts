import type { TopicNode } from '../../../../shared/protocol';
import type { Heading, Note } from '../model/types';
import type { NoteIndex } from '../index/noteIndex';
import { relativeLabel } from './labels';
import { tagsTreeNode } from './tags';

/**
 * The sidebar tree: folders are topics, then notes, then their headings; each concept
 * sits under the heading (or note) that defines it. A note whose front matter names a
 * `topic` is listed under that topic instead of its folder. A last "Tags" node lists each tag
 * with the notes that use it.
 */
export function topicTree(index: NoteIndex): TopicNode[] {
  const root: TopicNode = { label: '', kind: 'topic', children: [] };
  const topicFolders = new Map<string, TopicNode>();
  const folderNode = (segments: string[]): TopicNode => {
    let node = root;
    let key = '';
    for (const seg of segments) {
      key += '/' + seg;
      let child = topicFolders.get(key);
      if (!child) {
        child = { label: seg, kind: 'topic', children: [] };
        node.children!.push(child);
        topicFolders.set(key, child);
      }
      node = child;
    }
    return node;
  };
  const notes = [...index.all()].sort((a, b) => relativeLabel(index, a.uri).localeCompare(relativeLabel(index, b.uri)));
  for (const note of notes) {
    const segments = relativeLabel(index, note.uri).split('/');
    segments.pop();
    // A declared topic wins over the folder: glossary/virtualization.md with
    // `topic: virtualization` sits with the virtualization notes.
    const topic = note.frontMatter?.topic;
    const place = topic && segments[0] !== topic ? [topic] : segments;
    folderNode(place).children!.push(buildNoteNode(note, index));
  }
  sortTree(root);
  // Last, after the topics: a note is found by its first row, the one under its topic.
  const tags = tagsTreeNode(index);
  return tags ? [...root.children!, tags] : root.children!;
}

function buildNoteNode(note: Note, index: NoteIndex): TopicNode {
  const node: TopicNode = { label: note.title || relativeLabel(index, note.uri), kind: 'note', uri: note.uri, children: [] };
  const stack: Array<{ heading: Heading; node: TopicNode }> = [];
  const headingNodes: Array<{ heading: Heading; node: TopicNode }> = [];
  for (const h of note.headings) {
    // The note's own title heading is the note node itself.
    if (h.level === 1 && h.text === note.title && stack.length === 0 && headingNodes.length === 0) continue;
    const hn: TopicNode = { label: h.text, kind: 'heading', uri: note.uri, range: h.range, children: [] };
    while (stack.length && stack[stack.length - 1].heading.level >= h.level) stack.pop();
    (stack.length ? stack[stack.length - 1].node.children! : node.children!).push(hn);
    stack.push({ heading: h, node: hn });
    headingNodes.push({ heading: h, node: hn });
  }
  for (const d of note.definitions) {
    const concept = index.concept(d.name);
    const label = concept && concept.name !== d.name ? `${d.name} (${concept.name})` : d.name;
    const cn: TopicNode = { label, kind: 'concept', uri: note.uri, range: d.range, detail: d.definition };
    let owner: TopicNode = node;
    for (const { heading, node: hn } of headingNodes) if (heading.range.start.line <= d.range.start.line) owner = hn;
    owner.children!.push(cn);
  }
  return node;
}

function sortTree(node: TopicNode): void {
  if (!node.children) return;
  if (node.kind === 'topic') {
    const rank = (n: TopicNode) => (n.kind === 'topic' ? 0 : 1);
    node.children.sort((a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label));
  }
  for (const c of node.children) {
    if (c.children && c.children.length === 0 && c.kind !== 'note') delete c.children;
    sortTree(c);
  }
}
