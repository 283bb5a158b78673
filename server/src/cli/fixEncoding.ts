import * as l10n from '@vscode/l10n';
import * as fs from 'node:fs';
import { repairMojibake } from '../core/encoding';
import { decodeNoteBytes } from '../core/text/decode';
import { UsageError } from './config';

/**
 * `fix-encoding <file> [--write]`: prints the repaired text, or with `--write` keeps the
 * original as `<file>.bak` and writes the repair in place. A summary goes to stderr.
 */
export function fixEncoding(file: string | undefined, write: boolean, out: (s: string) => void, err: (s: string) => void): number {
  if (!file) throw new UsageError(l10n.t('fix-encoding needs a file: concept-notes fix-encoding <file> [--write]'));
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(l10n.t('Not a file: {file}', { file }));
  const bytes = fs.readFileSync(file);
  const decoded = decodeNoteBytes(bytes);
  if (decoded.looksBinary) throw new UsageError(l10n.t('{file} looks binary; not repaired.', { file }));
  const result = repairMojibake(decoded.text);
  const n = result.spans.length;
  if (!write) {
    out(result.text);
    err(`${n === 0 ? l10n.t('No mojibake found.') : l10n.t('Repaired {count} passage(s), confidence {confidence}. Use --write to save (a .bak copy is kept).', { count: n, confidence: result.confidence.toFixed(2) })}\n`);
    return 0;
  }
  if (n === 0) { err(`${l10n.t('No mojibake found in {file}; nothing written.', { file })}\n`); return 0; }
  fs.copyFileSync(file, file + '.bak');
  fs.writeFileSync(file, result.text, 'utf8');
  err(`${l10n.t('Repaired {count} passage(s) in {file} (original kept as {backup}).', { count: n, file, backup: `${file}.bak` })}\n`);
  return 0;
}
