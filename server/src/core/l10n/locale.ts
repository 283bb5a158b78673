// Which of our languages a BCP 47 tag (`zh-CN`, from LSP's `initialize`) or a POSIX locale
// (`zh_CN.UTF-8`, from the environment) asks for.

/** The languages the catalogue has: English (the keys themselves) and Simplified Chinese. */
export type Locale = 'en' | 'zh-cn';

/** `zh`, `zh-CN`, `zh_CN.UTF-8`, `zh-Hans`, `zh-Hans-CN`, `zh-SG` → `zh-cn`; other tags → `en`; nothing usable → undefined. */
export function normalizeLocale(tag: string | undefined): Locale | undefined {
  // POSIX: language[_territory][.codeset][@modifier]; `C` and `POSIX` name no language.
  const cleaned = tag?.trim().replace(/[.@].*$/, '').replace(/_/g, '-').toLowerCase();
  if (!cleaned || cleaned === 'c' || cleaned === 'posix') return undefined;
  const [language, ...rest] = cleaned.split('-');
  if (language !== 'zh') return 'en';
  // Traditional Chinese (zh-TW, zh-HK, zh-Hant) is not Simplified: English rather than the wrong script.
  if (rest.includes('hant') || rest.some((part) => part === 'tw' || part === 'hk' || part === 'mo')) return 'en';
  return 'zh-cn';
}

/** The CLI's language: `--locale`, else LC_ALL, LC_MESSAGES, LANG (POSIX precedence); English otherwise. */
export function localeFromEnvironment(flag: string | undefined, env: Record<string, string | undefined>): Locale {
  for (const candidate of [flag, env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    const locale = normalizeLocale(candidate);
    if (locale) return locale;
  }
  return 'en';
}
