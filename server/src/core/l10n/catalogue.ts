// The process-wide language of every message the server and CLI produce. The Chinese bundle
// is bundled at build time (a JSON import), so neither needs the editor to supply it.
import * as l10n from '@vscode/l10n';
import zhCn from '../../../../l10n/bundle.l10n.zh-cn.json';
import type { Locale } from './locale';

export type { Locale } from './locale';
export { normalizeLocale, localeFromEnvironment } from './locale';

const BUNDLES: Record<Locale, Record<string, string>> = { en: {}, 'zh-cn': zhCn };

let current: Locale = 'en';

/** Switches every later `l10n.t` to `locale`. Messages already produced keep their language. */
export function useLocale(locale: Locale): void {
  current = locale;
  l10n.config({ contents: BUNDLES[locale] });
}

export function currentLocale(): Locale {
  return current;
}
