import { useCallback, useEffect, useState } from 'react';
import { useRepositories, type StoredOffice } from '../../../db';
import { errorText } from '../../../ui/error-text';

/** The stored office profile (re-read with `reload`), or an error message. */
export function useStoredOffice() {
  const repos = useRepositories();
  const [state, setState] = useState<{ office?: StoredOffice; error?: string }>({});
  const reload = useCallback(() => {
    repos.office.get().then(
      (office) => setState({ office }),
      (e: unknown) => setState({ error: errorText(e) }),
    );
  }, [repos]);
  useEffect(reload, [reload]);
  return { ...state, reload };
}
