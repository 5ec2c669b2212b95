/**
 * How channel names become `window.api` names. Kept apart from the contract (and its schemas) so
 * the preload, which bundles whatever it imports, carries only these few lines.
 */

/** The channel name turned into the preload's function name: `file:save-bytes` → `fileSaveBytes`. */
export type ApiName<C extends string> = C extends `${infer A}:${infer B}`
  ? `${A}${PascalKebab<B>}`
  : never;
type PascalKebab<S extends string> = S extends `${infer H}-${infer T}`
  ? `${Capitalize<H>}${PascalKebab<T>}`
  : Capitalize<S>;

export function apiName<C extends string>(channel: C): ApiName<C> {
  const [area = '', rest = ''] = channel.split(':');
  const tail = rest
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  return `${area}${tail}` as ApiName<C>;
}

export type EventApiName<E extends string> = `on${Capitalize<ApiName<E>>}`;

export function eventApiName<E extends string>(channel: E): EventApiName<E> {
  const name = apiName(channel);
  return `on${name.charAt(0).toUpperCase()}${name.slice(1)}` as EventApiName<E>;
}
