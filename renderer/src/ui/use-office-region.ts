import { useEffect, useState } from 'react';
import { appRepositories } from '../db';

/**
 * The office's own region code for new records: its kab/kota ("63.03"), or its province ("63")
 * for a province office; '' while no office profile names a region; undefined while reading.
 */
export function useOfficeRegionCode(): string | undefined {
  const [code, setCode] = useState<string | undefined>();
  useEffect(() => {
    let alive = true;
    appRepositories()
      .office.get()
      .then(
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
  }, []);
  return code;
}
