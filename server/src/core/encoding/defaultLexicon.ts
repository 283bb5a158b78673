import { lexiconFromEncoded, type ChineseLexicon } from './chineseLexicon';
import { LEXICON_DATA } from './lexiconData';

let cached: ChineseLexicon | undefined;

/** The bundled lexicon, decoded on first use: most notes never need it. */
export function defaultLexicon(): ChineseLexicon {
  return (cached ??= lexiconFromEncoded(LEXICON_DATA));
}
