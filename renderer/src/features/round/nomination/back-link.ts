/** Router state a link to a nomination carries, so the nomination page can lead back there. */
export interface NominationBackState {
  readonly backLabel: string;
}

export function nominationBackState(backLabel: string): NominationBackState {
  return { backLabel };
}

export function backLabelOf(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('backLabel' in state)) return undefined;
  const label = (state as { backLabel: unknown }).backLabel;
  return typeof label === 'string' && label !== '' ? label : undefined;
}

export function nominationPath(id: string): string {
  return `/usulan/${encodeURIComponent(id)}`;
}
