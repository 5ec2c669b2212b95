import { normaliseName } from '../domain/identity/normalise';

const stamp = (iso: string): string => iso.slice(0, 10).replace(/-/g, '');

/**
 * The bundle's file name names the sending office's region, so a province receiving many of them
 * tells them apart: "bundel-ovop-kabupaten-banjar-20261206.ovop".
 */
export function bundleFileName(regionName: string, exportedAt: string): string {
  const region = normaliseName(regionName).replace(/ /g, '-');
  return `bundel-ovop-${region ? `${region}-` : ''}${stamp(exportedAt)}.ovop`;
}

/** "Dinas Perindustrian Kabupaten Banjar (Kabupaten Banjar, 63.03)" for the preview. */
export function senderLabel(
  office:
    { name: string; regionCode?: string | undefined; regionName?: string | undefined } | undefined,
): string {
  if (!office) return 'kantor tidak disebut';
  const region = [office.regionName, office.regionCode].filter(Boolean).join(', ');
  return region ? `${office.name} (${region})` : office.name;
}
