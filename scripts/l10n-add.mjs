// Adds or updates translations in l10n/bundle.l10n.zh-cn.json, keeping one entry per line
// in sorted key order: `node scripts/l10n-add.mjs '{"English": "中文"}'` (or no argument to re-sort).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'l10n', 'bundle.l10n.zh-cn.json');
const bundle = { ...JSON.parse(fs.readFileSync(file, 'utf8')), ...JSON.parse(process.argv[2] ?? '{}') };
const keys = Object.keys(bundle).sort();
const lines = keys.map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(bundle[k])}`);
fs.writeFileSync(file, keys.length ? `{\n${lines.join(',\n')}\n}\n` : '{}\n');
