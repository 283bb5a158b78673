// The graph view's page: d3-force lays out the graph a few ticks per animation frame (so
// thousands of nodes never block the editor), and a 2D canvas draws it in the theme's
// colours. Every string comes from the extension, already translated.
import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import type { GraphNode, NoteGraph } from '../../../shared/protocol';
import type { GraphStrings, ToPage, FromPage } from '../../src/graph/messages';

declare function acquireVsCodeApi(): { postMessage(message: FromPage): void };

interface Node extends SimulationNodeDatum, GraphNode { radius: number }
type Edge = SimulationLinkDatum<Node> & { kind: string };

const vscode = acquireVsCodeApi();
const canvas = document.getElementById('graph') as HTMLCanvasElement;
const tooltip = document.getElementById('tooltip') as HTMLDivElement;
const context = canvas.getContext('2d')!;
const controls = {
  scope: document.getElementById('scope') as HTMLSelectElement,
  depth: document.getElementById('depth') as HTMLSelectElement,
  topic: document.getElementById('topic') as HTMLSelectElement,
  search: document.getElementById('search') as HTMLInputElement,
  kinds: [...document.querySelectorAll<HTMLInputElement>('input[data-kind]')],
};

/** Layout work per frame: the rest of the frame is left to the page and the editor. */
const TICK_BUDGET_MS = 8;
let nodes: Node[] = [];
let edges: Edge[] = [];
let view = { x: 0, y: 0, scale: 1 };
let hovered: Node | undefined;
let strings: GraphStrings | undefined;
let receivedAt = 0;
let firstFrameReported = false;
let frames = 0;
let framesSince = 0;
const simulation = forceSimulation<Node, Edge>().stop();

window.addEventListener('message', (event: MessageEvent<ToPage>) => {
  const message = event.data;
  if (message.type === 'strings') applyStrings(message.strings);
  if (message.type === 'graph') show(message.graph, message.topics);
});

function applyStrings(s: GraphStrings): void {
  strings = s;
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) element.textContent = s[element.dataset.text as keyof GraphStrings] ?? '';
  controls.search.placeholder = s.search;
}

function show(graph: NoteGraph, topics: string[]): void {
  receivedAt = performance.now();
  firstFrameReported = false;
  const previous = new Map(nodes.map((n) => [n.id, n]));
  nodes = graph.nodes.map((n) => {
    const old = previous.get(n.id);
    return { ...n, x: old?.x, y: old?.y, radius: radiusOf(n) };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  edges = graph.edges.filter((e) => byId.has(e.from) && byId.has(e.to)).map((e) => ({ source: byId.get(e.from)!, target: byId.get(e.to)!, kind: e.kind }));
  const current = controls.topic.value;
  controls.topic.replaceChildren(option('', strings?.allTopics ?? ''), ...topics.map((t) => option(t, t)));
  controls.topic.value = topics.includes(current) ? current : '';
  simulation.nodes(nodes)
    .force('link', forceLink<Node, Edge>(edges).distance(40).strength(0.4))
    .force('charge', forceManyBody<Node>().strength(-40).theta(0.9).distanceMax(600))
    .force('center', forceCenter(0, 0))
    .alpha(previous.size > 0 ? 0.5 : 1);
  requestAnimationFrame(frame);
}

function option(value: string, label: string): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}

function radiusOf(n: GraphNode): number {
  const base = n.kind === 'note' ? 4 : n.kind === 'concept' ? 3 : 5;
  return base + Math.min(Math.sqrt(n.weight), 8);
}

function frame(): void {
  const started = performance.now();
  while (simulation.alpha() > simulation.alphaMin() && performance.now() - started < TICK_BUDGET_MS) simulation.tick();
  draw();
  frames++;
  framesSince++;
  if (!firstFrameReported) {
    firstFrameReported = true;
    vscode.postMessage({ type: 'rendered', nodes: nodes.length, edges: edges.length, firstFrameMs: performance.now() - receivedAt });
  }
  if (simulation.alpha() > simulation.alphaMin()) requestAnimationFrame(frame);
  else vscode.postMessage({ type: 'settled', frames, layoutMs: performance.now() - receivedAt });
}

function visible(n: Node): boolean {
  if (!controls.kinds.find((k) => k.dataset.kind === n.kind)?.checked) return false;
  const topic = controls.topic.value;
  return !topic || n.kind !== 'note' || n.topic === topic;
}

function colours() {
  const style = getComputedStyle(document.body);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    note: v('--vscode-charts-blue', '#3794ff'),
    concept: v('--vscode-charts-orange', '#d18616'),
    tag: v('--vscode-charts-green', '#89d185'),
    edge: v('--vscode-editorWidget-border', '#888888'),
    text: v('--vscode-editor-foreground', '#cccccc'),
    match: v('--vscode-editor-findMatchBorder', '#f0c000'),
  };
}

function draw(): void {
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  if (canvas.width !== width * ratio || canvas.height !== height * ratio) { canvas.width = width * ratio; canvas.height = height * ratio; }
  const c = colours();
  const query = controls.search.value.trim().toLowerCase();
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  context.translate(width / 2 + view.x, height / 2 + view.y);
  context.scale(view.scale, view.scale);
  context.globalAlpha = 0.35;
  context.strokeStyle = c.edge;
  context.lineWidth = 1 / view.scale;
  context.beginPath();
  for (const e of edges) {
    const s = e.source as Node;
    const t = e.target as Node;
    if (!visible(s) || !visible(t)) continue;
    context.moveTo(s.x ?? 0, s.y ?? 0);
    context.lineTo(t.x ?? 0, t.y ?? 0);
  }
  context.stroke();
  const showLabels = nodes.length < 150 || view.scale > 1.6;
  for (const n of nodes) {
    if (!visible(n)) continue;
    const matches = query !== '' && n.label.toLowerCase().includes(query);
    context.globalAlpha = query === '' || matches ? 1 : 0.25;
    context.fillStyle = c[n.kind];
    context.beginPath();
    context.arc(n.x ?? 0, n.y ?? 0, n.radius, 0, Math.PI * 2);
    context.fill();
    if (matches) { context.strokeStyle = c.match; context.lineWidth = 2 / view.scale; context.stroke(); }
    if (showLabels || matches || n === hovered) {
      context.fillStyle = c.text;
      context.font = `${11 / view.scale}px sans-serif`;
      context.fillText(n.label, (n.x ?? 0) + n.radius + 2, (n.y ?? 0) + 4 / view.scale);
    }
  }
  context.globalAlpha = 1;
}

/** The graph point under a mouse position. */
function toGraph(event: MouseEvent): { x: number; y: number } {
  const box = canvas.getBoundingClientRect();
  return {
    x: (event.clientX - box.left - box.width / 2 - view.x) / view.scale,
    y: (event.clientY - box.top - box.height / 2 - view.y) / view.scale,
  };
}

function nodeAt(event: MouseEvent): Node | undefined {
  const p = toGraph(event);
  let best: Node | undefined;
  let bestDistance = Infinity;
  for (const n of nodes) {
    if (!visible(n)) continue;
    const d = Math.hypot((n.x ?? 0) - p.x, (n.y ?? 0) - p.y);
    if (d <= n.radius + 3 / view.scale && d < bestDistance) { best = n; bestDistance = d; }
  }
  return best;
}

let drag: { x: number; y: number; moved: boolean } | undefined;
canvas.addEventListener('mousedown', (e) => { drag = { x: e.clientX, y: e.clientY, moved: false }; });
window.addEventListener('mouseup', (e) => {
  if (drag && !drag.moved) {
    const n = nodeAt(e);
    if (n?.uri) vscode.postMessage({ type: 'open', uri: n.uri, range: n.range });
  }
  drag = undefined;
});
canvas.addEventListener('mousemove', (e) => {
  if (drag) {
    view = { ...view, x: view.x + e.clientX - drag.x, y: view.y + e.clientY - drag.y };
    drag.moved ||= Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 2;
    drag.x = e.clientX;
    drag.y = e.clientY;
    draw();
    return;
  }
  const n = nodeAt(e);
  if (n !== hovered) { hovered = n; draw(); }
  if (!n) { tooltip.hidden = true; return; }
  tooltip.hidden = false;
  tooltip.style.left = `${e.clientX + 12}px`;
  tooltip.style.top = `${e.clientY + 12}px`;
  // Note text is shown as text, never as markup.
  tooltip.textContent = n.detail ? `${n.label} — ${n.detail}` : n.label;
});
canvas.addEventListener('wheel', (e) => {
  e.preventDefault();
  const factor = Math.exp(-e.deltaY * 0.0015);
  view = { ...view, scale: Math.min(Math.max(view.scale * factor, 0.05), 8) };
  draw();
}, { passive: false });

for (const input of [...controls.kinds, controls.topic]) input.addEventListener('change', draw);
controls.search.addEventListener('input', draw);
controls.search.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter') return;
  const query = controls.search.value.trim().toLowerCase();
  const match = nodes.find((n) => visible(n) && n.label.toLowerCase().includes(query));
  if (match) { view = { x: -(match.x ?? 0) * view.scale, y: -(match.y ?? 0) * view.scale, scale: view.scale }; draw(); }
});
for (const select of [controls.scope, controls.depth]) {
  select.addEventListener('change', () => vscode.postMessage({ type: 'scope', scope: controls.scope.value === 'local' ? 'local' : 'workspace', depth: Number(controls.depth.value) }));
}
setInterval(() => { if (framesSince > 0) vscode.postMessage({ type: 'fps', fps: framesSince }); framesSince = 0; }, 1000);
vscode.postMessage({ type: 'ready' });
