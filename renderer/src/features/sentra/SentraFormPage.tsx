import { useEffect, useRef, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { COMMODITIES, COMMODITY_LABELS } from '@shared/domain/common/commodity';
import {
  DECREE_SIGNER_ROLE_LABELS,
  DECREE_SIGNER_ROLES,
  sentraWarnings,
  type Sentra,
  type SentraDecree,
} from '@shared/domain/sentra/sentra';
import { formatLongDate } from '@shared/text';
import { AuditHistoryList } from '../../ui/AuditHistoryList';
import { FileUploadButton } from '../../ui/FileUploadButton';
import {
  DateFieldElement,
  NumberFieldElement,
  SelectElement,
  TextFieldElement,
} from '../../ui/form-fields';
import { PageHeader } from '../../ui/PageHeader';
import { RegionPicker } from '../../ui/RegionPicker';
import { applySaveError } from '../../ui/save-error';
import { hasEdits, useUnsavedChangesGuard } from '../../ui/use-unsaved-changes-guard';
import { useOfficeRegionCode } from '../../ui/use-office-region';
import { useRepositories } from '../../db';
import { EnterprisePicker } from '../../ui/EnterprisePicker';
import { checkUpload } from '../enterprise/upload/check-upload';
import { uploadLimits } from '../enterprise/upload/store-upload';
import { saveSentra } from './sentra-data';
import { DecreeScanLink } from './DecreeScanLink';
import {
  DECREE_MODE_LABELS,
  DECREE_MODES,
  editorValuesOf,
  sentraEditorSchema,
  type SentraEditorInput,
  type SentraEditorValues,
} from './sentra-editor.schema';

const commodityOptions = COMMODITIES.map((c) => ({ value: c, label: COMMODITY_LABELS[c] }));
const signerOptions = DECREE_SIGNER_ROLES.map((r) => ({
  value: r,
  label: DECREE_SIGNER_ROLE_LABELS[r],
}));

export default function SentraFormPage() {
  const repos = useRepositories();
  const { id } = useParams();
  const isNew = id === undefined || id === 'baru';
  const [existing, setExisting] = useState<Sentra | undefined>();
  const [loading, setLoading] = useState(!isNew);
  const [notFound, setNotFound] = useState(false);
  const [decrees, setDecrees] = useState<readonly SentraDecree[]>([]);
  const officeRegionCode = useOfficeRegionCode();

  useEffect(() => {
    void repos.sentras.decrees.list().then(setDecrees);
    if (isNew) return;
    void repos.sentras.get(id).then((s) => {
      if (s) setExisting(s);
      else setNotFound(true);
      setLoading(false);
    });
  }, [id, isNew]);

  if (loading || officeRegionCode === undefined)
    return <LinearProgress aria-label="Memuat sentra" />;
  if (notFound)
    return <Alert severity="error">Sentra tidak ditemukan; mungkin sudah dihapus.</Alert>;
  return (
    <SentraForm
      key={existing?.updatedAt ?? 'baru'}
      existing={existing}
      decrees={decrees}
      officeRegionCode={officeRegionCode}
    />
  );
}

function SentraForm({
  existing,
  decrees,
  officeRegionCode,
}: {
  existing: Sentra | undefined;
  decrees: readonly SentraDecree[];
  officeRegionCode: string;
}) {
  const repos = useRepositories();
  const navigate = useNavigate();
  const form = useForm<SentraEditorInput, unknown, SentraEditorValues>({
    resolver: zodResolver(sentraEditorSchema),
    defaultValues: existing
      ? editorValuesOf(existing)
      : { ...editorValuesOf(undefined), regionCode: officeRegionCode },
  });
  const { control, handleSubmit, setError, formState, setFocus } = form;
  // Links from readiness findings: `?tab=sk` shows the SK section, `field=unitCount` focuses that field.
  const [params] = useSearchParams();
  const linkedToDecree = params.get('tab') === 'sk';
  const linkedField = params.get('field');
  const decreeSection = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (linkedToDecree) decreeSection.current?.scrollIntoView({ block: 'start' });
    const focusable = [
      'name',
      'unitCount',
      'workerCount',
      'address',
      'notes',
      'newDecree.number',
      'newDecree.date',
      'newDecree.signedBy',
    ];
    if (linkedField !== null && focusable.includes(linkedField))
      setFocus(linkedField as 'name', { shouldSelect: false });
  }, [linkedToDecree, linkedField, setFocus]);
  const [scan, setScan] = useState<File | undefined>();
  const [scanError, setScanError] = useState<string | undefined>();
  const [banner, setBanner] = useState<string | undefined>();
  const guard = useUnsavedChangesGuard(hasEdits(formState.dirtyFields) || scan !== undefined);
  const decreeMode = useWatch({ control, name: 'decreeMode' });
  const chosenDecreeId = useWatch({ control, name: 'decreeId' });
  const unitCount = useWatch({ control, name: 'unitCount' });
  const warnings = typeof unitCount === 'number' ? sentraWarnings({ unitCount }) : [];

  const chooseScan = async (file: File) => {
    const check = checkUpload(
      new Uint8Array(await file.arrayBuffer()),
      'scan',
      await uploadLimits(repos),
    );
    if (check.ok) {
      setScan(file);
      setScanError(undefined);
    } else {
      setScan(undefined);
      setScanError(check.message);
    }
  };

  const onSubmit = handleSubmit(async (values) => {
    setBanner(undefined);
    try {
      const saved = await saveSentra(repos, values, existing, scan);
      if (!guard.allowNext()) navigate('/sentra', { state: { saved: saved.name } });
    } catch (error) {
      setBanner(applySaveError(error, setError));
    }
  });

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-label="Formulir sentra"
    >
      <PageHeader
        title={existing ? `Sentra: ${existing.name}` : 'Tambah Sentra IKM'}
        subtitle="Isian bertanda * wajib diisi."
      />
      {banner ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {banner}
        </Alert>
      ) : null}
      <Paper variant="outlined" sx={{ p: 2, mb: 2, display: 'grid', gap: 2 }}>
        <Typography variant="h2">Data sentra</Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' }, gap: 2 }}>
          <TextFieldElement control={control} name="name" label="Nama sentra *" autoFocus />
          <SelectElement
            control={control}
            name="commodity"
            label="Komoditi *"
            options={commodityOptions}
          />
        </Box>
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
        <TextFieldElement control={control} name="address" label="Alamat" />
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
          <NumberFieldElement control={control} name="unitCount" label="Jumlah unit usaha *" />
          <NumberFieldElement control={control} name="workerCount" label="Jumlah tenaga kerja *" />
        </Box>
        {warnings.map((w) => (
          <Alert key={w.code} severity="warning">
            {w.message}
          </Alert>
        ))}
        <Controller
          control={control}
          name="leadEnterpriseId"
          render={({ field }) => (
            <EnterprisePicker
              label="IKM penghela (lead firm)"
              value={field.value}
              onChange={(v) => field.onChange(v)}
              helperText="Opsional; pilih setelah IKM terdaftar"
              {...(existing ? { sentraId: existing.id } : {})}
            />
          )}
        />
        <TextFieldElement control={control} name="notes" label="Catatan" multiline minRows={2} />
      </Paper>

      <Paper
        variant="outlined"
        component="section"
        ref={decreeSection}
        id="sk-penetapan"
        aria-labelledby="sk-penetapan-title"
        sx={{
          p: 2,
          mb: 2,
          display: 'grid',
          gap: 2,
          scrollMarginTop: 72,
          ...(linkedToDecree ? { borderColor: 'primary.main', borderWidth: 2 } : {}),
        }}
      >
        <Typography variant="h2" id="sk-penetapan-title">
          SK penetapan sentra
        </Typography>
        {linkedToDecree && existing?.decreeId === undefined ? (
          <Alert severity="info">
            Sentra ini belum ber-SK: pilih SK yang sudah ada atau isi SK baru, lalu simpan.
          </Alert>
        ) : null}
        <Controller
          control={control}
          name="decreeMode"
          render={({ field }) => (
            <RadioGroup
              row
              aria-label="SK penetapan"
              value={field.value}
              onChange={(e) => field.onChange(e.target.value)}
            >
              {DECREE_MODES.map((m) => (
                <FormControlLabel
                  key={m}
                  value={m}
                  control={<Radio />}
                  label={DECREE_MODE_LABELS[m]}
                />
              ))}
            </RadioGroup>
          )}
        />
        {decreeMode === 'existing' ? (
          <Controller
            control={control}
            name="decreeId"
            render={({ field, fieldState }) => (
              <Autocomplete
                options={decrees}
                value={decrees.find((d) => d.id === field.value) ?? null}
                onChange={(_, d) => field.onChange(d?.id)}
                getOptionLabel={(d) => `${d.number} — ${formatLongDate(d.date)} (${d.signedBy})`}
                isOptionEqualToValue={(a, b) => a.id === b.id}
                noOptionsText="Belum ada SK tersimpan"
                renderInput={(params) => (
                  <TextField
                    {...params}
                    label="SK yang sudah ada *"
                    error={fieldState.error !== undefined}
                    helperText={
                      fieldState.error?.message ?? 'Satu SK boleh menetapkan beberapa sentra'
                    }
                  />
                )}
              />
            )}
          />
        ) : null}
        {decreeMode === 'new' ? (
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
            <TextFieldElement control={control} name="newDecree.number" label="Nomor SK *" />
            <DateFieldElement control={control} name="newDecree.date" label="Tanggal SK *" />
            <TextFieldElement
              control={control}
              name="newDecree.signedBy"
              label="Ditandatangani oleh *"
              placeholder="mis. Bupati Banjar"
            />
            <SelectElement
              control={control}
              name="newDecree.signerRole"
              label="Jabatan penanda tangan *"
              options={signerOptions}
            />
          </Box>
        ) : null}
        {decreeMode === 'existing' ? (
          <DecreeScanLink decree={decrees.find((d) => d.id === chosenDecreeId)} />
        ) : null}
        {decreeMode !== 'none' ? (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
            <FileUploadButton
              label="Unggah pindaian SK"
              accept="application/pdf,image/*"
              onFile={(f) => void chooseScan(f)}
            />
            <Typography
              variant="body2"
              color={scanError ? 'error' : 'text.secondary'}
              role={scanError ? 'alert' : undefined}
            >
              {scanError ?? (scan ? `Dipilih: ${scan.name}` : 'PDF atau gambar, opsional')}
            </Typography>
          </Box>
        ) : null}
      </Paper>

      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
          Simpan
        </Button>
        <Button onClick={() => navigate('/sentra')}>Kembali</Button>
      </Box>
      {existing ? (
        <Box component="details" sx={{ mt: 3 }}>
          <Box component="summary" sx={{ cursor: 'pointer', typography: 'h2', mb: 1 }}>
            Riwayat perubahan
          </Box>
          <AuditHistoryList
            entity="sentra"
            entityId={existing.id}
            fieldLabels={{ name: 'Nama sentra' }}
          />
        </Box>
      ) : null}
      {guard.dialog}
    </Box>
  );
}
