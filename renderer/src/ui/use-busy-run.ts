import { useState } from 'react';
import { errorText } from './error-text';

export interface RunMessage<S extends string> {
  readonly severity: S;
  readonly text: string;
}

/**
 * One action at a time with a banner message: `run(work)` marks the panel busy, clears the last
 * message, and turns a thrown error into an error message (its own text, shown to the officer).
 */
export function useBusyRun<S extends string = 'error' | 'success'>() {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<RunMessage<S | 'error'>>();

  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setMessage(undefined);
    try {
      await work();
    } catch (e) {
      setMessage({ severity: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return { busy, message, setMessage, run };
}
