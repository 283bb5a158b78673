// The fast scan hands a few small pieces (a heading with markup, a bold opening, a TODO
// line with emphasis) to remark. A piece in one of remark's superlinear shapes (10,000 `*`
// in a row) would cost seconds, so the scan declines the note instead and the caller's
// guard picks the line scan.
import type { Root } from 'mdast';
import type { IMdParser } from '../parser';
import { fullParseRisk } from '../parseGuard';

export class FastScanDeclined extends Error {}

export function parseSnippet(parser: IMdParser, source: string): Root {
  const risk = fullParseRisk(source);
  if (risk) throw new FastScanDeclined(risk);
  return parser.parse(source);
}
