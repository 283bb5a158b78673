/** What a page is known by: the URL without its fragment, normalized by the URL parser. Undefined for what is not an http(s) URL. */
export function pageKey(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    parsed.hash = '';
    return parsed.href;
  } catch {
    return undefined;
  }
}

/** The fragment of a link, without `#`; undefined when there is none. */
export function fragmentOf(url: string): string | undefined {
  const i = url.indexOf('#');
  return i < 0 || i === url.length - 1 ? undefined : url.slice(i + 1);
}

/** Host and port: the unit the per-host limit counts. */
export function hostOf(url: string): string {
  try { return new URL(url).host.toLowerCase(); } catch { return ''; }
}

export function isWebUrl(target: string): boolean {
  return /^https?:\/\//i.test(target);
}

/** `example.com` skips example.com and its subdomains. */
export function isSkippedHost(url: string, skipHosts: readonly string[]): boolean {
  if (skipHosts.length === 0) return false;
  let hostname: string;
  try { hostname = new URL(url).hostname.toLowerCase(); } catch { return false; }
  return skipHosts.some((h) => {
    const skip = h.trim().toLowerCase().replace(/^\*\./, '');
    return skip !== '' && (hostname === skip || hostname.endsWith('.' + skip));
  });
}
