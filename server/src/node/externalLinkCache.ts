import * as l10n from '@vscode/l10n';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ILogger } from '../core/workspace';
import { GOOD_RESULT_TTL_MS, type CachedPage, type ExternalResultCache } from '../core/external/resultCache';

const FILE_NAME = 'external-links.json';
const FORMAT = 1;

/** Verdicts of web-link checks, one JSON file in a cache directory. A damaged or foreign file is ignored (and replaced at the next save). */
export class FileExternalResultCache implements ExternalResultCache {
  private constructor(private readonly file: string, private readonly entries: Map<string, CachedPage>, private readonly logger: ILogger) {}

  static open(dir: string, logger: ILogger): FileExternalResultCache {
    const file = path.join(dir, FILE_NAME);
    const entries = new Map<string, CachedPage>();
    try {
      const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { format?: unknown; entries?: Record<string, CachedPage> };
      if (raw.format === FORMAT && raw.entries && typeof raw.entries === 'object') {
        for (const [page, entry] of Object.entries(raw.entries)) {
          if (entry && typeof entry.checkedAt === 'number' && entry.verdict && typeof entry.verdict.kind === 'string') entries.set(page, entry);
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') logger.warn(l10n.t('The web link cache {file} could not be read; it is rebuilt.', { file }));
    }
    return new FileExternalResultCache(file, entries, logger);
  }

  get(page: string): CachedPage | undefined { return this.entries.get(page); }
  set(page: string, entry: CachedPage): void { this.entries.set(page, entry); }

  /** Writes the file (stale entries dropped) through a temporary file, so a crash never leaves half a cache. */
  save(now = Date.now()): void {
    const fresh: Record<string, CachedPage> = {};
    for (const [page, entry] of this.entries) if (now - entry.checkedAt < GOOD_RESULT_TTL_MS) fresh[page] = entry;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, JSON.stringify({ format: FORMAT, entries: fresh }));
      fs.renameSync(temp, this.file);
    } catch (error) {
      this.logger.warn(l10n.t('The web link cache could not be written: {error}', { error: error instanceof Error ? error.message : String(error) }));
    }
  }
}

/** The OS's per-user cache folder for this tool. */
export function defaultCacheDir(): string {
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'concept-notes', 'Cache');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'concept-notes');
  return path.join(process.env.XDG_CACHE_HOME || path.join(home, '.cache'), 'concept-notes');
}
