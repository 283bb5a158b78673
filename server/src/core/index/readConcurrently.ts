// Reads files a few at a time and hands each to `use` in list order, so the disk works
// while the previous note is parsed. A failed read is passed on as an error, never thrown.
import * as l10n from '@vscode/l10n';
import type { CancellationToken } from '../workspace';

export async function readConcurrently<T>(
  uris: string[], read: (uri: string) => Promise<T>, width: number, token: CancellationToken,
  use: (uri: string, value: T | undefined, error: unknown) => Promise<void>,
): Promise<void> {
  const reads: Array<Promise<{ value?: T; error?: unknown }> | undefined> = [];
  const start = (i: number) => {
    if (i < uris.length) reads[i] = read(uris[i]).then((value) => ({ value }), (error: unknown) => ({ error: error ?? new Error(l10n.t('read failed')) }));
  };
  for (let i = 0; i < Math.min(width, uris.length); i++) start(i);
  for (let i = 0; i < uris.length; i++) {
    if (token.isCancellationRequested) return;
    const result = (await reads[i])!;
    reads[i] = undefined; // a read note is not kept twice
    start(i + width);
    await use(uris[i], result.value, result.error);
  }
}
