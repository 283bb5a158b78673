import * as l10n from '@vscode/l10n';
import { parse as parseYaml } from 'yaml';
import type { FrontMatter, Range } from '../model/types';

/** Reads the fields notes use; malformed YAML is reported, never thrown. */
export function readFrontMatter(yamlText: string, range: Range): FrontMatter {
  const result: FrontMatter = { aliases: [], tags: [], definesConcepts: true, range };
  let data: unknown;
  // uniqueKeys off: the duplicate-key check is quadratic (60,000 keys took 32 s).
  try {
    data = parseYaml(yamlText, { maxAliasCount: 100, uniqueKeys: false });
  } catch (error) {
    result.error = l10n.t('Front matter is not valid YAML: {error}', { error: firstLine(error) });
    return result;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return result;
  const record = data as Record<string, unknown>;
  result.title = asString(record.title);
  result.topic = asString(record.topic);
  result.type = asString(record.type);
  result.aliases = asStringList(record.aliases ?? record.alias);
  result.tags = asStringList(record.tags ?? record.tag);
  if (record.concepts === false) result.definesConcepts = false;
  return result;
}

function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function asStringList(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/[,，、]/).map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(value)) return value.map(asString).filter((s): s is string => !!s);
  return [];
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0];
}
