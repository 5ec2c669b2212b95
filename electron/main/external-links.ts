/**
 * External links leave the app only through this allow-list: https, no credentials, a host that
 * is one of these domains or a subdomain of one. Everything else is dropped silently.
 */
const EXTERNAL_LINK_DOMAINS: readonly string[] = [
  'kemenperin.go.id',
  'opendatacommons.org',
  'openfontlicense.org',
  'scripts.sil.org',
];

export function isAllowedExternalUrl(
  url: string,
  domains: readonly string[] = EXTERNAL_LINK_DOMAINS,
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '')
    return false;
  if (parsed.port !== '') return false;
  const host = parsed.hostname.toLowerCase();
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
