import { useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { OfficeProfile } from '@shared/domain/office';
import { openBytes } from '../../../platform/api';
import { emblemDataUrl } from './emblem-file';

/** Upload (PNG/JPEG, header checked first) and preview of the regional emblem on the kop. */
export function EmblemField({ form }: { form: UseFormReturn<OfficeProfile> }) {
  const emblem = useWatch({ control: form.control, name: 'emblem' });
  const [problem, setProblem] = useState<string>();
  const choose = async () => {
    const result = await openBytes('Pilih lambang daerah', [
      { name: 'Gambar PNG atau JPEG', extensions: ['png', 'jpg', 'jpeg'] },
    ]);
    if (!result.opened) return;
    const checked = emblemDataUrl(result.bytes);
    if (!checked.ok) {
      setProblem(checked.reason);
      return;
    }
    setProblem(undefined);
    form.setValue('emblem', checked.dataUrl, { shouldDirty: true, shouldValidate: true });
  };
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', gridColumn: '1 / -1' }}>
      <Box
        sx={{
          width: 72,
          height: 80,
          border: 1,
          borderColor: 'divider',
          display: 'grid',
          placeItems: 'center',
          bgcolor: 'background.default',
        }}
      >
        {emblem ? (
          <img
            src={emblem}
            alt="Pratinjau lambang daerah"
            style={{ maxWidth: 68, maxHeight: 76 }}
          />
        ) : (
          <Typography variant="caption">Belum ada</Typography>
        )}
      </Box>
      <Stack spacing={1}>
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" onClick={() => void choose()}>
            Unggah lambang
          </Button>
          {emblem && (
            <Button
              color="inherit"
              onClick={() => form.setValue('emblem', undefined, { shouldDirty: true })}
            >
              Hapus lambang
            </Button>
          )}
        </Stack>
        <Typography variant="body2" color="text.secondary">
          Lambang daerah di kiri kop, PNG atau JPEG paling besar 1 MB. Tidak ada logo lain di kop.
        </Typography>
        {problem && <Alert severity="error">{problem}</Alert>}
      </Stack>
    </Stack>
  );
}
