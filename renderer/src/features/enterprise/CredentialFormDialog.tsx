import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import {
  CREDENTIAL_KIND_LABELS,
  CREDENTIAL_KINDS,
  credentialFormSchema,
  type Credential,
  type CredentialForm,
  type CredentialKind,
} from '@shared/domain/credential/credential';
import type { Product } from '@shared/domain/product/product';
import { FileUploadButton } from '../../ui/FileUploadButton';
import { DateFieldElement, SelectElement, TextFieldElement } from '../../ui/form-fields';
import { applySaveError } from '../../ui/save-error';
import { useRepositories } from '../../db';
import { credentialInputOf, type CredentialInput } from './enterprise-editor';
import { checkUpload } from './upload/check-upload';
import { storeUpload, uploadLimits } from './upload/store-upload';

const NIB_ISSUER = 'Lembaga OSS';
const kindOptions = CREDENTIAL_KINDS.map((k) => ({ value: k, label: CREDENTIAL_KIND_LABELS[k] }));

export interface CredentialFormDialogProps {
  enterpriseId: string;
  /** The IKM's own NIB: a new NIB legalitas starts from it. */
  enterpriseNib?: string | undefined;
  credential: Credential | undefined;
  /** The kind a new credential starts with (a link asked for e.g. Halal). */
  presetKind?: CredentialKind | undefined;
  products: readonly Product[];
  onClose: (saved: boolean) => void;
}

/** A new NIB legalitas carries the IKM's NIB (issued through OSS) until the user types otherwise. */
function nibDefaults(nib: string | undefined): Pick<CredentialInput, 'number' | 'issuer'> {
  return nib ? { number: nib, issuer: NIB_ISSUER } : { number: '', issuer: '' };
}

export function CredentialFormDialog({
  enterpriseId,
  enterpriseNib,
  credential,
  presetKind,
  products,
  onClose,
}: CredentialFormDialogProps) {
  const repos = useRepositories();
  const initialKind = credential?.kind ?? presetKind ?? 'nib';
  const { control, handleSubmit, setError, formState, getValues, setValue } = useForm<
    CredentialInput,
    unknown,
    CredentialForm
  >({
    resolver: zodResolver(credentialFormSchema),
    defaultValues: {
      ...credentialInputOf(enterpriseId, credential),
      ...(credential === undefined
        ? { kind: initialKind, ...(initialKind === 'nib' ? nibDefaults(enterpriseNib) : {}) }
        : {}),
    },
  });
  const kind = useWatch({ control, name: 'kind' });
  useEffect(() => {
    if (credential !== undefined) return;
    const prefill = nibDefaults(enterpriseNib);
    const [number, issuer] = [getValues('number'), getValues('issuer')];
    if (kind === 'nib' && number === '') {
      setValue('number', prefill.number);
      if (issuer === '') setValue('issuer', prefill.issuer);
    } else if (kind !== 'nib' && number === prefill.number && prefill.number !== '') {
      setValue('number', '');
      if (issuer === NIB_ISSUER) setValue('issuer', '');
    }
  }, [kind, credential, enterpriseNib, getValues, setValue]);
  const [banner, setBanner] = useState<string | undefined>();
  const [scan, setScan] = useState<File | undefined>();
  const [scanMessage, setScanMessage] = useState<string | undefined>();

  const chooseScan = async (file: File) => {
    const check = checkUpload(
      new Uint8Array(await file.arrayBuffer()),
      'scan',
      await uploadLimits(repos),
    );
    setScan(check.ok ? file : undefined);
    setScanMessage(check.ok ? `Dipilih: ${file.name}` : check.message);
  };

  const onSubmit = handleSubmit(async (values) => {
    const { credentials } = repos.enterprises;
    try {
      const saved = credential
        ? await credentials.update(credential.id, values, credential.updatedAt)
        : await credentials.create(values);
      if (scan) {
        const stored = await storeUpload(repos, scan, 'scan', { type: 'credential', id: saved.id });
        if (!stored.ok) throw new Error(stored.message);
        const { id: _id, createdAt: _c, updatedAt, deletedAt: _d, ...form } = saved;
        await credentials.update(saved.id, { ...form, scanHash: stored.meta.hash }, updatedAt);
      }
      onClose(true);
    } catch (error) {
      setBanner(applySaveError(error, setError));
    }
  });

  const productOptions = products.map((p) => ({ value: p.id, label: p.name }));
  return (
    <Dialog
      open
      onClose={() => onClose(false)}
      maxWidth="sm"
      fullWidth
      aria-labelledby="credential-title"
    >
      <Box component="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <DialogTitle id="credential-title">
          {credential ? 'Ubah legalitas' : 'Tambah legalitas'}
        </DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
          {banner ? <Alert severity="error">{banner}</Alert> : null}
          <SelectElement control={control} name="kind" label="Jenis *" options={kindOptions} />
          <TextFieldElement control={control} name="number" label="Nomor dokumen *" autoFocus />
          <TextFieldElement control={control} name="issuer" label="Penerbit" />
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
            <DateFieldElement control={control} name="issuedOn" label="Tanggal terbit *" />
            <DateFieldElement
              control={control}
              name="expiresOn"
              label="Berlaku sampai"
              helperText="Kosongkan bila tanpa batas"
            />
          </Box>
          {productOptions.length > 0 ? (
            <SelectElement
              control={control}
              name="productId"
              label="Khusus produk"
              options={productOptions}
              emptyLabel="Semua produk IKM ini"
            />
          ) : null}
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
            <FileUploadButton
              label="Unggah pindaian dokumen"
              accept="application/pdf,image/*"
              onFile={(f) => void chooseScan(f)}
            />
            <Typography
              variant="body2"
              color={scan || !scanMessage ? 'text.secondary' : 'error'}
              role="status"
            >
              {scanMessage ?? (credential?.scanHash ? 'Pindaian sudah tersimpan' : 'Opsional')}
            </Typography>
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(false)}>Batal</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            Simpan legalitas
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
