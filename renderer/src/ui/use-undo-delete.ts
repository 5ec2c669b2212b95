import { useState } from 'react';

/**
 * Delete with undo: `remove(item)` runs `softDelete` and then remembers the item for the undo
 * snackbar; `undo()` restores it; `dismiss()` forgets it.
 */
export function useUndoDelete<T>(
  softDelete: (item: T) => Promise<unknown>,
  restore: (item: T) => Promise<unknown>,
) {
  const [deleted, setDeleted] = useState<T | undefined>();
  return {
    deleted,
    remove: (item: T): void => {
      void softDelete(item).then(() => {
        setDeleted(item);
      });
    },
    undo: (): void => {
      if (deleted !== undefined) void restore(deleted);
      setDeleted(undefined);
    },
    dismiss: (): void => setDeleted(undefined),
  };
}
