import { useState } from 'react';
import type { AttachmentMeta } from '@shared/domain/attachment/attachment';
import type { Enterprise } from '@shared/domain/enterprise/enterprise.schema';
import { useUndoDelete } from '../../ui/use-undo-delete';
import { appRepositories, useLive } from '../../db';
import { storeUpload } from './upload/store-upload';

export interface AttachmentMessage {
  readonly severity: 'error' | 'success';
  readonly text: string;
}

/**
 * The photos or documents of one IKM with the caption to give the next upload, the upload itself
 * (its result as a banner message) and delete with undo.
 */
export function useEnterpriseAttachments(
  enterprise: Pick<Enterprise, 'id'>,
  kind: 'photo' | 'document',
  savedText: (meta: AttachmentMeta) => string,
) {
  const owner = { type: 'enterprise' as const, id: enterprise.id };
  const [caption, setCaption] = useState('');
  const [message, setMessage] = useState<AttachmentMessage | undefined>();
  const state = useLive(
    async () =>
      (await appRepositories().attachments.listByOwner(owner)).filter((a) => a.kind === kind),
    [enterprise.id],
  );
  const items = (state.status === 'ready' ? state.value : undefined) ?? [];
  const deletion = useUndoDelete<AttachmentMeta>(
    (a) => appRepositories().attachments.softDelete(a.id),
    (a) => appRepositories().attachments.restore(a.id),
  );

  const upload = async (file: File, checklistItemId?: string) => {
    setMessage(undefined);
    const stored = await storeUpload(file, kind, owner, caption, checklistItemId);
    if (!stored.ok) {
      setMessage({ severity: 'error', text: stored.message });
      return;
    }
    setMessage({ severity: 'success', text: savedText(stored.meta) });
    setCaption('');
  };

  return { caption, setCaption, message, items, ready: state.status === 'ready', upload, deletion };
}
