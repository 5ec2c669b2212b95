import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { Link as RouterLink, useNavigate } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { normaliseNib } from '@shared/domain/common/nib';
import {
  enterpriseFormSchema,
  SIZE_CLASS_LABELS,
  sizeClass,
  type Enterprise,
  type EnterpriseForm,
} from '@shared/domain/enterprise/enterprise';
import { DuplicateNibError, useRepositories } from '../../db';
import { FileUploadButton } from '../../ui/FileUploadButton';
import { CheckboxElement, NumberFieldElement, TextFieldElement } from '../../ui/form-fields';
import { RegionPicker } from '../../ui/RegionPicker';
import { applySaveError } from '../../ui/save-error';
import { hasEdits, useUnsavedChangesGuard } from '../../ui/use-unsaved-changes-guard';
import { SentraPicker } from '../../ui/SentraPicker';
import { enterpriseInputOf, type EnterpriseInput } from './enterprise-editor';
import { storeUpload } from './upload/store-upload';

const grid2 = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
  gap: 2,
} as const;

export interface IdentityFormProps {
  existing: Enterprise | undefined;
  onSaved: (e: Enterprise) => void;
  /** A field named by a link (`?tab=profil&field=nib`): focused once the form shows. */
  focusField?: string | undefined;
  /** Where a new IKM starts: the office's own kab/kota (or province). */
  officeRegionCode?: string | undefined;
}

export function IdentityForm({
  existing,
  onSaved,
  focusField,
  officeRegionCode,
}: IdentityFormProps) {
  const repos = useRepositories();
  const navigate = useNavigate();
  const form = useForm<EnterpriseInput, unknown, EnterpriseForm>({
    resolver: zodResolver(enterpriseFormSchema),
    defaultValues: existing
      ? enterpriseInputOf(existing)
      : { ...enterpriseInputOf(undefined), regionCode: officeRegionCode ?? '' },
  });
  const { control, handleSubmit, setError, formState, setValue, setFocus } = form;
  useEffect(() => {
    const fields = Object.keys(enterpriseInputOf(undefined)).concat('yearFounded', 'sentraId');
    if (focusField !== undefined && fields.includes(focusField))
      setFocus(focusField as keyof EnterpriseInput, { shouldSelect: false });
  }, [focusField, setFocus]);
  const guard = useUnsavedChangesGuard(hasEdits(formState.dirtyFields), formState.isSubmitting);
  const [banner, setBanner] = useState<string | undefined>();
  const [duplicate, setDuplicate] = useState<DuplicateNibError | undefined>();
  const [proofMessage, setProofMessage] = useState<string | undefined>();
  const workers = useWatch({ control, name: 'workerCount' });
  const investment = useWatch({ control, name: 'investmentRupiah' });
  const proofHash = useWatch({ control, name: 'siinasProofHash' });
  const size =
    typeof workers === 'number' && typeof investment === 'number'
      ? sizeClass(workers, investment)
      : undefined;

  const onSubmit = handleSubmit(async (values) => {
    setBanner(undefined);
    setDuplicate(undefined);
    const { enterprises } = repos;
    try {
      const saved = existing
        ? await enterprises.update(existing.id, values, existing.updatedAt)
        : await enterprises.create(values);
      if (!guard.allowNext()) onSaved(saved);
    } catch (error) {
      if (error instanceof DuplicateNibError) {
        setDuplicate(error);
        setError('nib', { type: 'server', message: 'NIB ini sudah terdaftar' });
        return;
      }
      setBanner(applySaveError(error, setError));
    }
  });

  const uploadProof = async (file: File) => {
    if (!existing) return;
    const owner = { type: 'enterprise' as const, id: existing.id };
    const stored = await storeUpload(repos, file, 'scan', owner, 'Bukti akun SIINas');
    if (!stored.ok) {
      setProofMessage(stored.message);
      return;
    }
    setProofMessage(`Bukti tersimpan: ${stored.meta.originalName}`);
    setValue('siinasProofHash', stored.meta.hash, { shouldDirty: true });
  };

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-label="Formulir identitas IKM"
      sx={{ display: 'grid', gap: 2 }}
    >
      {banner ? <Alert severity="error">{banner}</Alert> : null}
      {duplicate ? (
        <Alert
          severity="error"
          action={
            <Button
              component={RouterLink}
              to={`/ikm/${duplicate.existingId}`}
              color="inherit"
              size="small"
            >
              Buka
            </Button>
          }
        >
          NIB ini sudah terdaftar untuk {duplicate.existingName}
          {duplicate.existingDeleted ? ' (sudah dihapus; pulihkan IKM tersebut)' : ''}
        </Alert>
      ) : null}
      <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 2 }}>
        <Typography variant="h2">Identitas usaha</Typography>
        <Box sx={grid2}>
          <TextFieldElement
            control={control}
            name="name"
            label="Nama IKM *"
            autoFocus={!existing}
          />
          <TextFieldElement control={control} name="ownerName" label="Nama pemilik *" />
          <TextFieldElement
            control={control}
            name="nib"
            label="NIB *"
            normalise={normaliseNib}
            helperText="13 digit angka dari OSS"
          />
          <NumberFieldElement control={control} name="yearFounded" label="Tahun berdiri" />
          <TextFieldElement
            control={control}
            name="phone"
            label="Telepon"
            placeholder="0812-3456-7890"
          />
          <TextFieldElement control={control} name="email" label="E-mail" type="email" />
        </Box>
        <TextFieldElement control={control} name="address" label="Alamat" />
        <Controller
          control={control}
          name="regionCode"
          render={({ field, fieldState }) => (
            <RegionPicker
              value={field.value}
              onChange={field.onChange}
              depth="desa"
              error={fieldState.error?.message}
            />
          )}
        />
      </Paper>
      <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 2 }}>
        <Typography variant="h2">Skala usaha (Permenperin 64/2016)</Typography>
        <Box sx={grid2}>
          <NumberFieldElement control={control} name="workerCount" label="Jumlah tenaga kerja *" />
          <NumberFieldElement
            control={control}
            name="investmentRupiah"
            label="Nilai investasi (Rp) *"
            helperText="Tanpa tanah dan bangunan"
          />
        </Box>
        <Box aria-live="polite">
          {size ? (
            <Chip
              label={`Skala usaha: ${SIZE_CLASS_LABELS[size]}`}
              color={size === 'di-luar-ikm' ? 'warning' : 'primary'}
            />
          ) : (
            <Typography variant="body2" color="text.secondary">
              Isi tenaga kerja dan investasi untuk menghitung skala usaha.
            </Typography>
          )}
        </Box>
      </Paper>
      <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 2 }}>
        <Typography variant="h2">Sentra dan SIINas</Typography>
        <Controller
          control={control}
          name="sentraId"
          render={({ field, fieldState }) => (
            <SentraPicker
              label="Sentra IKM"
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
        <CheckboxElement
          control={control}
          name="isLeadFirm"
          label="IKM penghela (lead firm) sentra"
        />
        <Box sx={grid2}>
          <TextFieldElement control={control} name="siinasAccount" label="Akun SIINas" />
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
            <FileUploadButton
              label="Unggah bukti SIINas"
              accept="application/pdf,image/*"
              disabled={!existing}
              onFile={(f) => void uploadProof(f)}
            />
            <Typography variant="body2" color="text.secondary" role="status">
              {proofMessage ??
                (proofHash
                  ? 'Bukti sudah tersimpan'
                  : existing
                    ? 'Belum ada bukti'
                    : 'Simpan IKM dulu untuk mengunggah bukti')}
            </Typography>
          </Box>
        </Box>
        <TextFieldElement control={control} name="notes" label="Catatan" multiline minRows={2} />
      </Paper>
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
          Simpan
        </Button>
        <Button onClick={() => navigate('/ikm')}>Kembali</Button>
      </Box>
      {guard.dialog}
    </Box>
  );
}
