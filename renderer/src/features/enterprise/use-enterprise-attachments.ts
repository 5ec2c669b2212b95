import { useState } from 'react';
import type { AttachmentMeta } from '@shared/domain/attachment/attachment';
import type { Enterprise } from '@shared/domain/enterprise/enterprise.schema';
import { useUndoDelete } from '../../ui/use-undo-delete';
import { useLive, useRepositories } from '../../db';
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
  const repos = useRepositories();
  const owner = { type: 'enterprise' as const, id: enterprise.id };
  const [caption, setCaption] = useState('');
  const [messages, setMessages] = useState<readonly AttachmentMessage[]>([]);
  const state = useLive(
    async () => (await repos.attachments.listByOwner(owner)).filter((a) => a.kind === kind),
    [enterprise.id],
  );
  const items = (state.status === 'ready' ? state.value : undefined) ?? [];
  const deletion = useUndoDelete<AttachmentMeta>(
    (a) => repos.attachments.softDelete(a.id),
    (a) => repos.attachments.restore(a.id),
  );

  /**
   * Each file is checked and stored on its own: one refused file does not stop the others.
   * `checklistItemId` says which round requirement the files fulfil.
   */
  const upload = async (files: readonly File[], checklistItemId?: string) => {
    setMessages([]);
    const saved: AttachmentMeta[] = [];
    const results: AttachmentMessage[] = [];
    for (const file of files) {
      const stored = await storeUpload(repos, file, kind, owner, caption, checklistItemId);
      if (stored.ok) saved.push(stored.meta);
      else
        results.push({
          severity: 'error',
          text: `"${file.name}" tidak disimpan: ${stored.message}`,
        });
    }
    if (saved.length === 1 && saved[0])
      results.unshift({ severity: 'success', text: savedText(saved[0]) });
    else if (saved.length > 1)
      results.unshift({
        severity: 'success',
        text: `${saved.length} berkas tersimpan: ${saved.map((m) => m.originalName).join(', ')}`,
      });
    setMessages(results);
    if (saved.length > 0) setCaption('');
  };

  return {
    caption,
    setCaption,
    messages,
    items,
    ready: state.status === 'ready',
    upload,
    deletion,
  };
}
