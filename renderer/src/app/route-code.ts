/** Id of the inert `<template>` the build writes into index.html (vite.config.ts). */
export const ROUTE_CODE_TEMPLATE = 'route-code';

/**
 * Which page's code the URL asks for first: '' for Beranda (`#/`), the first path segment for a
 * page's list (`#/ikm`, `#/ikm?q=…`); undefined for anything deeper (a record, a form), whose code
 * the page loads as usual.
 */
export function routeCodeKey(hash: string): string | undefined {
  const path = hash.replace(/^#/, '').split(/[?#]/)[0] ?? '';
  const parts = path.split('/').filter((p) => p !== '');
  return parts.length <= 1 ? (parts[0] ?? '') : undefined;
}

/**
 * Starts fetching and compiling the code of the page the URL points at while the app's own code
 * still loads: copies that page's `modulepreload` links out of the inert template into the head.
 * Returns how many were added.
 */
export function preloadRouteCode(doc: Document, hash: string): number {
  const key = routeCodeKey(hash);
  const template = doc.getElementById(ROUTE_CODE_TEMPLATE);
  if (key === undefined || !(template instanceof HTMLTemplateElement)) return 0;
  const links = [...template.content.querySelectorAll('link')].filter(
    (link) => link.dataset.route === key,
  );
  for (const link of links) doc.head.append(doc.importNode(link));
  return links.length;
}
