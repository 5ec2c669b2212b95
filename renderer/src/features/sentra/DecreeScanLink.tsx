import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { AttachmentMeta } from '@shared/domain/attachment/attachment';
import type { SentraDecree } from '@shared/domain/sentra/sentra';
import { useRepositories } from '../../db';
import { openStored } from '../enterprise/upload/store-upload';

/** The stored scan of the sentra's SK: its file name and a link that opens it. */
export function DecreeScanLink({ decree }: { decree: SentraDecree | undefined }) {
  const repos = useRepositories();
  const [scan, setScan] = useState<
    { meta: AttachmentMeta; url: string } | { problem: string } | 'none' | undefined
  >();
  const hash = decree?.scanHash;
  const decreeId = decree?.id;
  useEffect(() => {
    let alive = true;
    let created: string | undefined;
    setScan(undefined);
    if (decreeId === undefined || hash === undefined) {
      setScan('none');
      return undefined;
    }
    void (async () => {
      const metas = await repos.attachments.listByOwner({
        type: 'decree',
        id: decreeId,
      });
      const meta = metas.find((m) => m.hash === hash && m.deletedAt === undefined);
      const opened = meta ? await openStored(repos, meta.hash, meta.mediaType) : undefined;
      if (opened?.ok) created = opened.url;
      if (!alive) {
        if (created) URL.revokeObjectURL(created);
        return;
      }
      if (!meta || !opened) setScan('none');
      else setScan(opened.ok ? { meta, url: opened.url } : { problem: opened.message });
    })();
    return () => {
      alive = false;
      if (created) URL.revokeObjectURL(created);
    };
  }, [decreeId, hash]);

  if (decree === undefined || scan === undefined) return null;
  if (scan === 'none') {
    return (
      <Typography variant="body2" color="text.secondary">
        SK {decree.number} belum punya pindaian tersimpan.
      </Typography>
    );
  }
  if ('problem' in scan)
    return (
      <Typography variant="body2" color="text.secondary" role="note">
        Pindaian SK {decree.number}: {scan.problem}
      </Typography>
    );
  return (
    <Box
      role="group"
      aria-label="Pindaian SK tersimpan"
      sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}
    >
      <Typography variant="body2">Pindaian SK {decree.number} tersimpan:</Typography>
      <Link href={scan.url} target="_blank" rel="noopener" underline="always">
        Buka pindaian SK ({scan.meta.originalName})
      </Link>
    </Box>
  );
}
