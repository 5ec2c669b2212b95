/** The head of the Dinas for a region name ("Kabupaten Banjar", "Provinsi Kalimantan Selatan"). */
export function headOfDinas(regionName: string): string {
  return regionName.trim()
    ? `Kepala Dinas Perindustrian ${regionName.trim()}`
    : 'Kepala Dinas Perindustrian';
}

/**
 * The signer's jabatan after the office's region changes: it follows the new region while it is
 * empty or still what the app filled in for the previous region; a jabatan typed by hand stays.
 */
export function followSignerJobTitle(
  current: string,
  previousRegionName: string,
  nextRegionName: string,
): string {
  const typed = current.trim().toLowerCase();
  const automatic = [
    '',
    headOfDinas('').toLowerCase(),
    headOfDinas(previousRegionName).toLowerCase(),
  ];
  return automatic.includes(typed) ? headOfDinas(nextRegionName) : current;
}
