import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';

/** The Markdown parser the service is given; tests and benchmarks may pass another. */
export interface IMdParser {
  parse(text: string): Root;
}

/**
 * The reference parser: CommonMark via remark-parse, plus GFM (tables, task lists,
 * footnotes, literal autolinks — all common in notes) and YAML/TOML front matter.
 */
export function createRemarkParser(): IMdParser {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
  return { parse: (text) => processor.parse(text) as Root };
}
