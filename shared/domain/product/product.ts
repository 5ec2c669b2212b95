import type { Product } from './product.schema';

export * from './product.schema';

/** Market reach in Indonesian, e.g. "lokal, nasional, ekspor (Jepang, Belanda)". */
export function marketSummary(market: Product['market']): string {
  const parts: string[] = [];
  if (market.local) parts.push('lokal');
  if (market.regional) parts.push('regional');
  if (market.national) parts.push('nasional');
  if (market.export) {
    parts.push(
      market.exportDestinations.length > 0
        ? `ekspor (${market.exportDestinations.join(', ')})`
        : 'ekspor',
    );
  }
  return parts.length > 0 ? parts.join(', ') : 'belum diisi';
}
