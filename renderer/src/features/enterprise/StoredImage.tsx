import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useRepositories } from '../../db';
import { openStored, type OpenedFile } from './upload/store-upload';

/**
 * Shows a stored image by hash; `thumbnail` prefers the stored ~320 px JPEG made at upload. Bytes
 * not yet on this PC are fetched from the server; when they cannot be, the reason is shown instead.
 */
export function StoredImage({
  hash,
  mediaType,
  alt,
  thumbnail,
  maxHeight,
}: {
  hash: string;
  mediaType: string;
  alt: string;
  thumbnail?: boolean;
  maxHeight?: number | string;
}) {
  const repos = useRepositories();
  const [opened, setOpened] = useState<OpenedFile | undefined>();
  useEffect(() => {
    let alive = true;
    let created: string | undefined;
    setOpened(undefined);
    void (async () => {
      const thumb = thumbnail ? await repos.attachments.thumbnail(hash) : undefined;
      const result = thumb
        ? await openStored(repos, thumb.thumbnailHash, 'image/jpeg')
        : await openStored(repos, hash, mediaType);
      if (result.ok) created = result.url;
      if (alive) setOpened(result);
      else if (created) URL.revokeObjectURL(created);
    })();
    return () => {
      alive = false;
      if (created) URL.revokeObjectURL(created);
    };
  }, [hash, mediaType, thumbnail]);
  if (opened && !opened.ok)
    return (
      <Box
        role="note"
        aria-label={alt}
        sx={{ width: '100%', minHeight: 120, p: 1, bgcolor: 'action.hover', display: 'flex' }}
      >
        <Typography variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }}>
          {opened.message}
        </Typography>
      </Box>
    );
  return opened?.ok ? (
    <Box
      component="img"
      src={opened.url}
      alt={alt}
      sx={{
        display: 'block',
        width: '100%',
        maxHeight: maxHeight ?? 'none',
        objectFit: thumbnail ? 'cover' : 'contain',
      }}
    />
  ) : (
    <Box sx={{ width: '100%', height: 120, bgcolor: 'action.hover' }} aria-label={alt} />
  );
}
