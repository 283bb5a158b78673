import type { Note, Range } from '../../model/types';
import type { ChineseLexicon } from '../../encoding/chineseLexicon';
import { isHan } from '../../encoding/chineseLexicon';
import { LineIndex } from '../../text/lineIndex';
import { isDomainTerm } from '../../encoding/domainTerms';

/** Why a word looks like a term worth defining. */
export type TermShape = 'acronym' | 'camel-case' | 'code-name' | 'proper-name' | 'latin-in-cjk' | 'cjk-word';

/** One use of a term-like word in a note's prose (or a backticked name), by UTF-16 offset. */
export interface TermCandidate { term: string; shape: TermShape; start: number; end: number }

const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*/g;
const ACRONYM = /^(?:[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*|[a-z][A-Z]{2,}[A-Za-z0-9]*)$/;
const CAMEL_CASE = /^(?:[a-z]+[A-Z][A-Za-z0-9]*|[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*)$/;
const PROPER_NAME = /^[A-Z][a-z]{2,}$/;
/** A backticked name: one identifier-like token, not a path, command line or expression. */
const CODE_NAME = /^[A-Za-z][A-Za-z0-9_.+-]{1,39}$/;
const SENTENCE_END = /[.!?:;。！？：；]/;
const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/;

/**
 * Common English words that Chinese prose borrows as plain words; a Latin word next to
 * Chinese text is otherwise taken for a name (`用 docker 启动`, `runz、runsz 尚未…`).
 */
const PLAIN_WORDS = new Set(('the and for with from that this are was not but you all can has have use used using ' +
  'get set new one two how why what when which via per etc like see also more less than then only just into out ' +
  'app api web code file files data list note notes todo yes step demo test blog link page docs book paper ' +
  'case user mode time type base core test tests host guest bug fix run log logs key value').split(' '));

const TASK_MARKERS = new Set(['TODO', 'FIXME', 'XXX']);

/** Chinese words rarer than this in general text (ln of their share) count as domain words. */
const RARE_WORD_LOG_PROB = Math.log(2e-6);
/** Words of the field the lexicon raises (`页表`, `虚拟化`) that are still everyday words of any note. */
const EVERYDAY_FIELD_WORDS = new Set(('文档 章节 目录 概述 总结 参考 示例 用法 原理 机制 流程 步骤 场景 方案 对比 选择 优化 实践 ' +
  '创建 删除 更新 查看 修改 启动 停止 重启 初始化 对象 实例 类型 字段 默认值 版本 依赖 构建 配置 配置文件 参数 工具 命令 ' +
  '代码 源码 脚本 函数 接口 实现 抽象 模块 组件 插件 框架 资源 标签 安全 性能 故障 恢复 备份 升级 发布 请求 响应 事件 消息 ' +
  '服务器 客户端 服务端 终端 控制台 问题 日志 监控 指标 权限 策略 连接 读取 写入 读写 部署').split(' '));
const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}/g;

/**
 * Term-like words of one note, from its prose and its backticked names, with no regard
 * to the concepts known so far (the caller filters those): cached per note object.
 */
export function termCandidates(note: Note, lexicon: () => ChineseLexicon): TermCandidate[] {
  const out: TermCandidate[] = [];
  const text = note.text;
  const lines = new LineIndex(text);
  const chineseNote = mostlyChinese(note.proseSpans.map(([from, to]) => text.slice(from, to)).join('\n'));
  const headings = disjointOffsets(lines, note.headings.map((h) => h.range));
  const linkTexts = disjointOffsets(lines, note.links.filter((l) => l.kind !== 'autolink').map((l) => l.range));
  for (const [from, to] of note.proseSpans) {
    const span = text.slice(from, to);
    for (const m of span.matchAll(LATIN_WORD)) {
      const start = from + m.index!;
      const shape = latinShape(m[0], text, start, start + m[0].length) ?? (chineseNote ? nameInWordList(m[0], lines, start) : undefined);
      // Link texts are other pages' titles (`…_CSDN博客`), and headings are written in
      // title case: capitals there name nothing.
      if (!shape || insideAny(linkTexts, start) || (shape === 'proper-name' && insideAny(headings, start))) continue;
      out.push({ term: m[0], shape, start, end: start + m[0].length });
    }
    if (!/[\u3400-\u9fff]/.test(span)) continue;
    for (const m of span.matchAll(HAN_RUN)) pushChineseWords(out, m[0], from + m.index!, lexicon());
  }
  for (const range of inlineCodeOffsets(note, lines)) {
    const inner = text.slice(range[0], range[1]).replace(/^`+\s?|\s?`+$/g, '');
    if (!CODE_NAME.test(inner) || inner.length < 3 || TASK_MARKERS.has(inner)) continue;
    const start = text.indexOf(inner, range[0]);
    out.push({ term: inner, shape: 'code-name', start, end: start + inner.length });
  }
  return out;
}

function latinShape(word: string, text: string, start: number, end: number): TermShape | undefined {
  if (ACRONYM.test(word) && /[A-Z].*[A-Z]/.test(word) && word.length <= 12) return 'acronym';
  if (CAMEL_CASE.test(word)) return 'camel-case';
  if (word.length < 3) return undefined;
  const before = previousVisible(text, start);
  const after = nextVisible(text, end);
  if (isCjkNeighbour(before) || isCjkNeighbour(after)) {
    return PLAIN_WORDS.has(word.toLowerCase()) || /^\d/.test(word) ? undefined : 'latin-in-cjk';
  }
  // A capitalised word inside an English sentence names something: `AWS Nitro`.
  if (PROPER_NAME.test(word) && before !== '' && !SENTENCE_END.test(before) && before !== '\n') return 'proper-name';
  return undefined;
}

/** Prose written mostly in Chinese: at least a third of its letters are Han. */
function mostlyChinese(text: string): boolean {
  const han = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > 0 && han * 3 >= han + latin;
}

const ENGLISH_GLUE = /(?:^|[^A-Za-z])(?:a|an|the|of|on|in|to|is|are|was|and|or|with|without|for|by|at|as|from|based|that|this|it|be)(?=$|[^A-Za-z])/i;

/**
 * In a Chinese note, a line of bare Latin words with no English sentence glue is a list of
 * names (`runc runv runz runsz`): each word there that is not a plain word is one.
 */
function nameInWordList(word: string, lines: LineIndex, offset: number): TermShape | undefined {
  if (word.length < 3 || PLAIN_WORDS.has(word.toLowerCase()) || /^\d/.test(word)) return undefined;
  const line = lines.lineText(lines.positionAt(offset).line);
  return ENGLISH_GLUE.test(line) ? undefined : 'latin-in-cjk';
}

function isCjkNeighbour(char: string): boolean {
  return char !== '' && (isHan(char.codePointAt(0)!) || CJK_PUNCTUATION.test(char));
}

/** The nearest character before `at` that is not a space or tab ('' at the start, '\n' at a line start). */
function previousVisible(text: string, at: number): string {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c !== ' ' && c !== '\t') return c === '\r' ? '\n' : c;
  }
  return '';
}

function nextVisible(text: string, at: number): string {
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\t') return c === '\r' ? '\n' : c;
  }
  return '';
}

/**
 * Dictionary words of a run of Han characters, longest match first (how jieba's
 * dictionary is meant to be read); only nouns of the field or rare in general text are
 * kept, so `虚拟化` or `页表` count and `问题` or `系统` do not.
 */
function pushChineseWords(out: TermCandidate[], run: string, base: number, lexicon: ChineseLexicon): void {
  let i = 0;
  while (i < run.length) {
    let matched = 1;
    for (let len = Math.min(lexicon.maxWordLength, run.length - i); len >= 2; len--) {
      const word = run.slice(i, i + len);
      const logProb = lexicon.wordLogProb(word);
      if (logProb === undefined) continue;
      matched = len;
      const wordClass = lexicon.wordClass(word);
      const fieldWord = isDomainTerm(word) && !EVERYDAY_FIELD_WORDS.has(word);
      if ((fieldWord || logProb < RARE_WORD_LOG_PROB) && (wordClass === 'noun' || wordClass === 'verbal-noun')) {
        out.push({ term: word, shape: 'cjk-word', start: base + i, end: base + i + len });
      }
      break;
    }
    i += matched;
  }
}

/** Ranges as disjoint offset ranges, sorted (links nest, headings hold links). */
function disjointOffsets(lines: LineIndex, ranges: Range[]): Array<[number, number]> {
  const offsets = ranges.map((r): [number, number] => [lines.offsetAt(r.start), lines.offsetAt(r.end)]).sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of offsets) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push(r);
  }
  return merged;
}

function insideAny(disjoint: Array<[number, number]>, offset: number): boolean {
  let lo = 0;
  let hi = disjoint.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = disjoint[mid];
    if (offset < start) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Offsets of inline code spans: code ranges on one line that start with a backtick. */
function inlineCodeOffsets(note: Note, lines: LineIndex): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const r of note.codeRanges) {
    if (r.start.line !== r.end.line) continue;
    const start = lines.offsetAt(r.start);
    if (note.text[start] === '`') out.push([start, lines.offsetAt(r.end)]);
  }
  return out;
}
