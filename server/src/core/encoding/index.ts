// The encoding repair toolkit: detect and reverse UTF-8 text mis-decoded with a legacy
// 8-bit code page (mojibake). Plain library code: no editor or protocol types.
export { repairMojibake, type RepairOptions, type RepairResult, type RepairedSpan } from './mojibake';
export { findMojibakeSpans, type MojibakeSpanInfo } from './detect';
export { damageAs, CODE_PAGES, type CodePage } from './codePages';
export { createLexicon, parseJiebaDict, type ChineseLexicon } from './chineseLexicon';
