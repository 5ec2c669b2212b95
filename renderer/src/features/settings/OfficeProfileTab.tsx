import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import { officeProfileSchema, type OfficeProfile } from '@shared/domain/office';
import { useRepositories, type StoredOffice } from '../../db';
import { EmblemField } from './office/EmblemField';
import { FormSection } from './office/FormControls';
import { LayoutSection } from './office/LayoutSection';
import { NumberingSection } from './office/NumberingSection';
import { OfficeIdentitySection } from './office/OfficeIdentitySection';
import { SignerSection } from './office/SignerSection';
import { useStoredOffice } from './office/use-stored-office';
import { errorText } from '../../ui/error-text';

/** Pengaturan → Profil Instansi: everything a letter needs about the Dinas that sends it. */
export default function OfficeProfileTab() {
  const { office, error, reload } = useStoredOffice();
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!office) return <LinearProgress aria-label="Memuat profil instansi" />;
  return <OfficeProfileForm stored={office} onSaved={reload} />;
}

function OfficeProfileForm({ stored, onSaved }: { stored: StoredOffice; onSaved: () => void }) {
  const repos = useRepositories();
  const form = useForm<OfficeProfile>({
    resolver: zodResolver(officeProfileSchema),
    defaultValues: stored.profile,
    mode: 'onTouched',
  });
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string }>();
  const submit = form.handleSubmit(
    async (profile) => {
      try {
        const saved = await repos.office.save(profile);
        form.reset(saved);
        setMessage({
          severity: 'success',
          text: 'Profil instansi disimpan. Berlaku untuk surat baru dan konsep; surat final tidak berubah.',
        });
        onSaved();
      } catch (e) {
        setMessage({ severity: 'error', text: errorText(e) });
      }
    },
    () => setMessage({ severity: 'error', text: 'Periksa lagi isian yang ditandai merah.' }),
  );
  return (
    <Box
      component="form"
      noValidate
      aria-label="Profil instansi"
      onSubmit={(e) => void submit(e)}
      sx={{ maxWidth: 1100 }}
    >
      {!stored.complete && (
        <Alert severity="info" sx={{ mb: 2 }}>
          Profil instansi belum lengkap. Surat usulan baru dapat difinalkan setelah profil ini
          disimpan.
        </Alert>
      )}
      <OfficeIdentitySection form={form} />
      <FormSection title="Lambang daerah">
        <EmblemField form={form} />
      </FormSection>
      <SignerSection form={form} />
      <LayoutSection form={form} />
      <NumberingSection form={form} />
      <Stack
        direction="row"
        spacing={2}
        sx={{
          alignItems: 'center',
          position: 'sticky',
          bottom: 0,
          py: 1.5,
          bgcolor: 'background.default',
        }}
      >
        <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
          Simpan profil instansi
        </Button>
        {message && (
          <Alert
            severity={message.severity}
            role={message.severity === 'error' ? 'alert' : 'status'}
            sx={{ flex: 1 }}
          >
            {message.text}
          </Alert>
        )}
      </Stack>
    </Box>
  );
}
