// The index cache on disk, in the folder the editor gives the extension for storage
// (never in the workspace). One file: a JSON header line padded to HEADER_BYTES — format,
// entry count and a checksum of the payload — then one JSON line per note. Records are
// written a batch at a time, so saving never holds a second copy of the whole index (one
// v8-serialized buffer for all of it added 66 MB to the server's peak on a 2,254-note
// workspace, and per-note v8 buffers still 77 MB: off-heap memory is returned late). A file that is truncated, corrupted, from
// another format or unreadable is ignored and rebuilt; it never breaks indexing. Written to
// a temporary file and renamed, so a crash mid-write leaves the old one.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as crypto from 'node:crypto';
import * as l10n from '@vscode/l10n';
import type { CachedNote, INoteCache } from '../core/index/noteCache';
import { toCached } from '../core/index/noteCache';
import type { ILogger, Note } from '../core';

const MAGIC = 'concept-notes-index-cache';
/** Bump whenever the Note model or what a parse produces changes: old caches are then ignored. */
export const CACHE_FORMAT = 3;
const HEADER_BYTES = 256;
/** Records are gathered into writes of about this many characters. */
const WRITE_CHARS = 1 << 20;
const FILE_NAME = 'notes.cache';

interface Header { magic: string; format: number; entries: number; sha1: string }

export class FileNoteCache implements INoteCache {
  private loaded = new Map<string, CachedNote>();
  private kept = new Map<string, CachedNote>();
  private dirty = false;
  readonly file: string;

  private constructor(dir: string, private readonly logger: ILogger) {
    this.file = path.join(dir, FILE_NAME);
  }

  /** Opens the cache in `dir`; whatever is wrong with the file, the result is usable. */
  static open(dir: string, logger: ILogger): FileNoteCache {
    const cache = new FileNoteCache(dir, logger);
    cache.load();
    return cache;
  }

  get size(): number { return this.loaded.size; }

  keyOf(uri: string, bytes: Uint8Array, optionsSignature: string): string {
    return crypto.createHash('sha1').update(uri).update('\0').update(optionsSignature).update('\0').update(bytes).digest('base64');
  }

  get(key: string): CachedNote | undefined {
    const entry = this.kept.get(key) ?? this.loaded.get(key);
    if (entry) this.kept.set(key, entry);
    return entry;
  }

  put(key: string, note: Note): void {
    this.kept.set(key, toCached(note));
    this.dirty = true;
  }

  async save(): Promise<void> {
    if (!this.dirty && this.kept.size === this.loaded.size) return;
    await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    const handle = await fs.promises.open(temporary, 'w');
    try {
      const sha1 = crypto.createHash('sha1');
      let position = HEADER_BYTES;
      let pending = '';
      const flush = async () => {
        const chunk = Buffer.from(pending, 'utf8');
        sha1.update(chunk);
        await handle.write(chunk, 0, chunk.length, position);
        position += chunk.length;
        pending = '';
      };
      for (const entry of this.kept) {
        pending += JSON.stringify(entry) + '\n';
        if (pending.length >= WRITE_CHARS) await flush();
      }
      await flush();
      const header: Header = { magic: MAGIC, format: CACHE_FORMAT, entries: this.kept.size, sha1: sha1.digest('hex') };
      const headerLine = Buffer.from(JSON.stringify(header).padEnd(HEADER_BYTES - 1) + '\n');
      await handle.write(headerLine, 0, headerLine.length, 0);
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temporary, this.file);
    // What was saved is now what is on disk; entries used from here on are still kept.
    this.loaded = this.kept;
    this.kept = new Map(this.kept);
    this.dirty = false;
  }

  private load(): void {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(this.file);
    } catch {
      return; // no cache yet
    }
    const problem = this.read(bytes);
    if (problem) {
      this.logger.warn(l10n.t('The index cache {file} was ignored ({problem}); it will be rebuilt.', { file: this.file, problem }));
      this.loaded = new Map();
      this.dirty = true;
    }
  }

  private read(bytes: Buffer): string | undefined {
    const newline = bytes.indexOf(10);
    if (newline === -1) return l10n.t('no header');
    let header: Header;
    try {
      header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as Header;
    } catch {
      return l10n.t('unreadable header');
    }
    if (header.magic !== MAGIC) return l10n.t('not an index cache');
    if (header.format !== CACHE_FORMAT) return l10n.t('format {found}, expected {expected}', { found: String(header.format), expected: CACHE_FORMAT });
    const payload = bytes.subarray(newline + 1);
    if (crypto.createHash('sha1').update(payload).digest('hex') !== header.sha1) return l10n.t('checksum mismatch');
    const lines = payload.toString('utf8').split('\n');
    if (lines.pop() !== '' || lines.length !== header.entries) return l10n.t('wrong entry count');
    for (const line of lines) {
      let entry: unknown;
      try {
        entry = JSON.parse(line);
      } catch {
        return l10n.t('unreadable record');
      }
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !looksLikeCachedNote(entry[1])) return l10n.t('malformed entry');
      this.loaded.set(entry[0], entry[1]);
    }
    return undefined;
  }
}

function looksLikeCachedNote(value: unknown): value is CachedNote {
  const v = value as CachedNote | undefined;
  return !!v && typeof v === 'object' && typeof v.uri === 'string' && Array.isArray(v.headings) && Array.isArray(v.links)
    && Array.isArray(v.definitions) && Array.isArray(v.proseSpans) && (v.parseMode === 'full' || v.parseMode === 'fast' || v.parseMode === 'cheap');
}
