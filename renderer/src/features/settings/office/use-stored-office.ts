import { useCallback, useEffect, useState } from 'react';
import { appContext } from '../../letter/letter-db';
import { loadOffice, type StoredOffice } from './office-store';

/** The stored office profile (re-read with `reload`), or an error message. */
export function useStoredOffice() {
  const [state, setState] = useState<{ office?: StoredOffice; error?: string }>({});
  const reload = useCallback(() => {
    appContext()
      .then(loadOffice)
      .then(
        (office) => setState({ office }),
        (e: unknown) => setState({ error: e instanceof Error ? e.message : String(e) }),
      );
  }, []);
  useEffect(reload, [reload]);
  return { ...state, reload };
}
