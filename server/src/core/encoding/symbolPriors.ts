/**
 * Rough prior frequencies (per million characters of Chinese technical notes) of the
 * non-Han characters a damaged sequence can turn out to be. They only need to rank the
 * members of one candidate set against each other: 、 against 【 and 〝, ” against ‐ and
 * the invisible format characters, ！ against ＝ and ０, í against Í and Ð.
 */
const PER_MILLION: Record<string, number> = {
  '，': 30000, '。': 15000, '、': 8000, '：': 8000, '；': 1500, '！': 1200, '？': 1200,
  '（': 5000, '）': 5000, '“': 3000, '”': 3000, '‘': 500, '’': 800, '《': 600, '》': 600,
  '【': 400, '】': 400, '「': 200, '」': 200, '『': 40, '』': 40, '〈': 20, '〉': 20,
  '—': 800, '–': 300, '…': 600, '·': 300, '•': 200, '→': 300, '←': 50, '↔': 30, '⇒': 20,
  '✅': 200, '❌': 80, '⚠': 50, '✓': 60, '✗': 20, '≤': 40, '≥': 40, '≠': 20, '≈': 30, '×': 50,
  '～': 100, '＋': 30, '－': 30, '／': 60, '＝': 20, '＞': 20, '＜': 20, '．': 20, '０': 10, '＿': 5,
  '‐': 10, '‑': 5, '″': 5, '′': 10, '„': 5, '‚': 5, '‹': 2, '›': 2,
  'í': 40, 'é': 80, 'á': 40, 'ó': 40, 'ú': 20, 'ñ': 20, 'ü': 40, 'ö': 40, 'ä': 40, 'ç': 20,
  'Í': 2, 'Á': 3, 'Ó': 2, 'Î': 2, 'Ï': 1, 'Ð': 1, 'Ý': 1, 'Þ': 1,
};

/** ln of the prior, per character; unknown believable characters get a low floor. */
export function symbolLogPrior(char: string): number {
  const perMillion = PER_MILLION[char] ?? defaultPerMillion(char.codePointAt(0)!);
  return Math.log(perMillion / 1e6);
}

function defaultPerMillion(cp: number): number {
  if (cp >= 0x200b && cp <= 0x200f) return 0.05; // zero-width and direction marks
  if (cp >= 0x2028 && cp <= 0x202e) return 0.02; // separators and embedding controls
  if (cp >= 0x2000 && cp <= 0x200a) return 0.1; // typographic spaces
  if (cp === 0xad) return 0.05; // soft hyphen
  if (cp >= 0x3000 && cp <= 0x303f) return 2; // other CJK punctuation
  if (cp >= 0x1f300 && cp <= 0x1faff) return 3; // emoji
  return 1;
}

/** Opening bracket → its closing partner, for pairing evidence within a span. */
export const BRACKET_PAIRS: Record<string, string> = {
  '【': '】', '「': '」', '『': '』', '《': '》', '〈': '〉', '（': '）', '“': '”', '‘': '’', '〔': '〕', '〖': '〗',
};
