// Builds a note service over an in-memory workspace, and reads `|` cursors out of inline fixtures.
import { createNoteService, createRemarkParser, InMemoryWorkspace, type NoteService, type Position } from '../../../server/src/core';
import { silentLogger } from '../../../server/src/core/workspace';

export interface Fixture { service: NoteService; workspace: InMemoryWorkspace; uri(path: string): string }

export async function indexed(files: Record<string, string>): Promise<Fixture> {
  const workspace = new InMemoryWorkspace('file:///ws', files);
  const service = createNoteService(workspace, createRemarkParser(), silentLogger);
  await service.indexWorkspace();
  return { service, workspace, uri: (p) => workspace.uri(p) };
}

/** Writes `source` (with one `|` cursor) as an open document and returns where the cursor was. */
export function openWithCursor(fixture: Fixture, path: string, source: string): { uri: string; position: Position; text: string } {
  const at = source.indexOf('|');
  if (at === -1) throw new Error('fixture has no | cursor');
  const text = source.slice(0, at) + source.slice(at + 1);
  const uri = fixture.uri(path);
  fixture.service.setDocumentText(uri, text);
  return { uri, position: positionAt(text, at), text };
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Position of the `at`-th `needle` in `text`, `offset` characters in. */
export function positionOf(text: string, needle: string, offset = 0, at = 0): Position {
  let index = -1;
  for (let i = 0; i <= at; i++) {
    index = text.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`"${needle}" not found`);
  }
  return positionAt(text, index + offset);
}

export const cancelledToken = { isCancellationRequested: true };

export const GLOSSARY = [
  '---',
  'type: glossary',
  '---',
  '',
  '# 虚拟化术语',
  '',
  '- **EPT** (Extended Page Tables, 扩展页表)：Intel VT-x 的二级地址转换。',
  '- **vCPU** (virtual CPU)：客户机看到的一个处理器，是宿主机上的一个线程。',
  '- **cgroups** (control groups)：按组限制进程资源的机制。',
  '- **命名空间** (namespaces)：隔离系统资源视图的内核机制。',
  '',
].join('\n');
