import { useEffect, useState } from 'react';
import { useRepositories } from '../db';

/**
 * The office's own region code for new records: its kab/kota ("63.03"), or its province ("63")
 * for a province office; '' while no office profile names a region; undefined while reading.
 */
export function useOfficeRegionCode(): string | undefined {
  const repos = useRepositories();
  const [code, setCode] = useState<string | undefined>();
  useEffect(() => {
    let alive = true;
    repos.office.get().then(
      (office) => {
        if (alive) setCode(office.profile.regionCode);
      },
      () => {
        if (alive) setCode('');
      },
    );
    return () => {
      alive = false;
    };
  }, [repos]);
  return code;
}
