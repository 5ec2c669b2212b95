import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import { useRepositories } from '../../db';
import { objectUrlFor } from './upload/store-upload';

/** Shows a stored image by hash; `thumbnail` prefers the stored ~320 px JPEG made at upload. */
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
  const [url, setUrl] = useState<string | undefined>();
  useEffect(() => {
    let alive = true;
    let created: string | undefined;
    void (async () => {
      const thumb = thumbnail ? await repos.attachments.thumbnail(hash) : undefined;
      created = thumb
        ? await objectUrlFor(repos, thumb.thumbnailHash, 'image/jpeg')
        : await objectUrlFor(repos, hash, mediaType);
      if (alive) setUrl(created);
      else if (created) URL.revokeObjectURL(created);
    })();
    return () => {
      alive = false;
      if (created) URL.revokeObjectURL(created);
    };
  }, [hash, mediaType, thumbnail]);
  return url ? (
    <Box
      component="img"
      src={url}
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
