import { useCallback, useEffect, useState } from 'react';
import { appRepositories } from '../../../db/app-repositories';
import type { StoredOffice } from './office-store';
import { errorText } from '../../../ui/error-text';

/** The stored office profile (re-read with `reload`), or an error message. */
export function useStoredOffice() {
  const [state, setState] = useState<{ office?: StoredOffice; error?: string }>({});
  const reload = useCallback(() => {
    appRepositories()
      .office.get()
      .then(
        (office) => setState({ office }),
        (e: unknown) => setState({ error: errorText(e) }),
      );
  }, []);
  useEffect(reload, [reload]);
  return { ...state, reload };
}
