// Prints the benchmark tables: ours vs peer with ratio and target per corpus, then scaling.
import type { BenchResults, CorpusResult, Measured, Verdict } from './results';
import type { Latency } from './oursHover';

type Row = string[];
interface Timed { ms?: number; error?: string; timedOutAfterMs?: number }

function table(rows: Row[]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell = '', c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd()).join('\n');
}

export function time(ms: number | undefined): string {
  if (ms === undefined) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
}

/** A time, "> limit" for a run that timed out, FAILED for one that broke. */
function timeOf(m: Timed): string {
  if (m.timedOutAfterMs !== undefined) return `> ${time(m.timedOutAfterMs)}`;
  return m.error ? 'FAILED' : time(m.ms);
}

/** ours/peer; a bound when one side timed out. */
function ratioOf(ours: Timed, peer: Timed): string {
  if (ours.ms !== undefined && peer.ms !== undefined && peer.ms > 0) return times(ours.ms / peer.ms);
  if (ours.ms !== undefined && peer.timedOutAfterMs) return `< ${times(ours.ms / peer.timedOutAfterMs)}`;
  if (ours.timedOutAfterMs && peer.ms) return `> ${times(ours.timedOutAfterMs / peer.ms)}`;
  return '—';
}

const mb = (m: Measured) => (m.error ? 'FAILED' : m.rssMB === undefined ? '—' : `${m.rssMB.toFixed(0)} MB`);
const times = (r: number | undefined) => (r === undefined ? '—' : `${r.toFixed(2)}×`);
const verdict = (v: Verdict | undefined) => (v ? `${v.target} ${v.pass ? 'PASS' : 'MISS'}` : '');
const latency = (l: Latency) => (l.requests === 0 ? 'no samples' : `${l.p50?.toFixed(2)} / ${l.p99?.toFixed(2)} ms (n=${l.requests})`);
const counts = (m: { diagnostics?: number; linkDiagnostics?: number } | undefined, withLink: boolean) =>
  (m?.diagnostics === undefined ? '—' : withLink ? `${m.diagnostics} (link ${m.linkDiagnostics})` : `${m.diagnostics}`);

function startRows(label: string, c: CorpusResult['cold'] | CorpusResult['warm'], peerMark = ''): Row[] {
  const rows: Row[] = [
    [label, 'all notes have diagnostics', timeOf(c.ours), `${timeOf(c.peer)}${peerMark}`, ratioOf(c.ours, c.peer), verdict(c.verdict)],
    ['', '  diagnostics then (ours: all, link.*)', counts(c.ours, true), counts(c.peer, false), '', ''],
  ];
  if (c.ours.settled) {
    rows.push(['', 'index done (ours; peer = above)', time(c.ours.settled.ms), timeOf(c.peer), ratioOf({ ms: c.ours.settled.ms }, c.peer), '']);
    rows.push(['', '  diagnostics then', counts(c.ours.settled, true), counts(c.peer, false), '', '']);
  }
  return rows;
}

export function printCorpus(name: string, r: CorpusResult): void {
  const rows: Row[] = [['scenario', '', 'ours', 'peer', 'ours/peer', 'target']];
  rows.push(...startRows('cold start', r.cold));
  rows.push(['', 'peak RSS', mb(r.cold.ours), mb(r.cold.peer), times(r.cold.rssRatio), verdict(r.cold.rssVerdict)]);
  rows.push(...startRows('warm start', r.warm, ' ¹'));
  const e = r.edit;
  rows.push(['edit one note', 'library, in-process', timeOf(e.ours), timeOf(e.peer), ratioOf(e.ours, e.peer), verdict(e.verdict)]);
  rows.push(['', '  notes re-checked / broken links', e.ours.ms === undefined ? '—' : `${e.ours.notesChecked} / ${e.ours.brokenAfter}`, e.peer.ms === undefined ? '—' : `${e.peer.notesChecked} / ${e.peer.brokenAfter}`, '', '']);
  if (e.oursOverLsp) rows.push(['', '  ours over LSP (incl. 150 ms debounce)', timeOf(e.oursOverLsp), 'n/a', '', '']);
  const h = r.hover.ours;
  if ('error' in h) {
    rows.push(['hover / definition', '', 'FAILED', 'n/a', '', '']);
  } else {
    const [idleV, reV] = r.hover.verdicts ?? [];
    rows.push(['hover, idle', 'p50 / p99', latency(h.idle.hover), 'n/a', '', verdict(idleV)]);
    rows.push(['definition, idle', 'p50 / p99', latency(h.idle.definition), 'n/a', '', '']);
    rows.push([`hover, re-index (${h.reindex.seconds ?? '?'} s)`, 'p50 / p99', latency(h.reindex.hover), 'n/a', '', verdict(reV)]);
    rows.push(['definition, re-index', 'p50 / p99', latency(h.reindex.definition), 'n/a', '', '']);
  }
  console.log(`\n${name}: ${r.notes} notes, ${r.megabytes.toFixed(1)} MB`);
  console.log(table(rows));
  if (e.heading) console.log(`  edit: renamed "${e.heading.slug}" in ${e.heading.file}:${e.heading.line + 1}${e.heading.linkers.length ? `, linked from ${e.heading.linkers.join(', ')}` : ''}`);
  if (!('error' in h)) console.log(`  hover: ${h.targets} concept mentions in ${h.openNotes} open notes`);
  for (const note of [e.note, r.warm.note]) if (note) console.log(`  ${note}`);
  const failures = [['ours cold', r.cold.ours], ['peer cold', r.cold.peer], ['ours warm', r.warm.ours], ['peer warm', r.warm.peer], ['ours edit', e.ours], ['ours edit over LSP', e.oursOverLsp ?? {}], ['peer edit', e.peer], ['ours hover', h]] as const;
  for (const [what, m] of failures) if ('error' in m && m.error) console.log(`  ${what} FAILED: ${m.error.split('\n')[0]}`);
}

export function printScaling(results: BenchResults): void {
  if (results.scaling.length === 0) return;
  const rows: Row[] = [['workspace', 'notes', 'MB', 'ours ready', 'ours done', 'ours ms/MB', 'ours RSS', 'ours diags (link)', 'peer time', 'peer ms/MB', 'peer RSS', 'peer diags', 'ours/peer']];
  for (const s of results.scaling) {
    rows.push([s.workspace, String(s.notes), s.megabytes.toFixed(1),
      timeOf(s.ours), time(s.ours.settled?.ms), s.ours.msPerMB?.toFixed(0) ?? '—', mb(s.ours), counts(s.ours, true),
      timeOf(s.peer), s.peer.msPerMB?.toFixed(0) ?? '—', mb(s.peer), counts(s.peer, false), ratioOf(s.ours, s.peer)]);
  }
  console.log('\nscaling (cold start, fresh cache; ready = all notes have diagnostics, done = index done)');
  console.log(table(rows));
  for (const g of results.scalingGrowth) {
    const fmt = (o: Record<string, number | undefined>) => Object.entries(o).map(([k, v]) => `${k} ${times(v)}`).join(', ');
    console.log(`  ${g.tool}: ${fmt(g.time)}${g.indexDone ? `; ${fmt(g.indexDone)}` : ''}; ${fmt(g.rss)}  ${g.verdicts.map(verdict).join('  ')}`);
  }
  for (const s of results.scaling) {
    for (const [tool, m] of [['ours', s.ours], ['peer', s.peer]] as const) {
      if (m.error) console.log(`  ${s.workspace} ${tool} FAILED: ${m.error.split('\n')[0]}`);
      else if (m.timedOutAfterMs) console.log(`  ${s.workspace}: ${tool} stopped after ${time(m.timedOutAfterMs)} (its time is a lower bound, no RSS or counts)`);
    }
  }
}

export function printCliffs(results: BenchResults): void {
  if (results.cliffs.length === 0) return;
  const rows: Row[] = [['cliff note', 'MB', 'ours check', 'ours RSS', 'ours findings', 'peer', 'peer findings', 'ours/peer', 'target']];
  for (const c of results.cliffs) {
    rows.push([c.note, c.megabytes.toFixed(1), timeOf(c.ours), mb(c.ours), c.ours.diagnostics === undefined ? '—' : String(c.ours.diagnostics),
      timeOf(c.peer), c.peer.diagnostics === undefined ? '—' : String(c.peer.diagnostics), ratioOf(c.ours, c.peer), verdict(c.verdict)]);
  }
  console.log('\ncliff notes (ours: `concept-notes check`, process start to exit; peer: cold start, stopped at its limit)');
  console.log(table(rows));
}
