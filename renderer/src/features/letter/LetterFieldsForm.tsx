import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  LETTER_SIFAT,
  type Letter,
  type LetterBody,
  type LetterSifat,
  type SigningMode,
} from '@shared/domain/letter';
import type { OfficeProfile } from '@shared/domain/office';
import { isIsoDate } from '@shared/domain/common/date';
import { DateField } from '../../ui/DateField';

interface Props {
  letter: Letter;
  office: OfficeProfile;
  readOnly: boolean;
  onChange: (patch: Partial<Letter>) => void;
}

/** Date, sifat, hal, classification, addressee, body texts (with variables) and signing mode. */
export function LetterFieldsForm({ letter, office, readOnly, onChange }: Props) {
  const ro = { htmlInput: { readOnly } };
  const body = (patch: Partial<LetterBody>) => onChange({ body: { ...letter.body, ...patch } });
  const text = (
    label: string,
    value: string,
    set: (v: string) => void,
    extra: { multiline?: boolean; helperText?: string } = {},
  ) => (
    <TextField
      label={label}
      size="small"
      fullWidth
      value={value}
      onChange={(e) => set(e.target.value)}
      multiline={extra.multiline}
      minRows={extra.multiline ? 2 : undefined}
      helperText={extra.helperText}
      slotProps={ro}
    />
  );
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2}>
        <DateField
          label="Tanggal surat"
          value={letter.date}
          onChange={(iso) => (isIsoDate(iso) ? onChange({ date: iso }) : undefined)}
          readOnly={readOnly}
          sx={{ minWidth: 170 }}
        />
        <TextField
          select
          label="Sifat"
          size="small"
          value={letter.sifat}
          onChange={(e) => onChange({ sifat: e.target.value as LetterSifat })}
          disabled={readOnly}
          sx={{ minWidth: 150 }}
        >
          {LETTER_SIFAT.map((s) => (
            <MenuItem key={s} value={s}>
              {s}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Kode klasifikasi"
          size="small"
          fullWidth
          value={letter.classificationCode}
          onChange={(e) => onChange({ classificationCode: e.target.value })}
          disabled={readOnly}
        >
          {[
            ...office.classificationCodes,
            ...(office.classificationCodes.some((c) => c.code === letter.classificationCode)
              ? []
              : [{ code: letter.classificationCode, label: '(tidak ada di daftar)' }]),
          ].map((c) => (
            <MenuItem key={c.code} value={c.code}>
              {c.code} {c.label}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {text('Hal', letter.hal, (hal) => onChange({ hal }), {
        helperText: 'Huruf awal kapital, tanpa titik di akhir',
      })}
      <Typography variant="subtitle2">Tujuan (Yth.)</Typography>
      {text(
        'Jabatan tujuan',
        letter.addressee.jobTitle,
        (jobTitle) => onChange({ addressee: { ...letter.addressee, jobTitle } }),
        { helperText: 'Jabatan, bukan nama orang' },
      )}
      <Stack direction="row" spacing={2}>
        {text('Instansi', letter.addressee.agency, (agency) =>
          onChange({ addressee: { ...letter.addressee, agency } }),
        )}
        {text('di (tempat)', letter.addressee.place, (place) =>
          onChange({ addressee: { ...letter.addressee, place } }),
        )}
      </Stack>
      <Typography variant="subtitle2">Isi surat</Typography>
      <Typography variant="body2" color="text.secondary">
        Variabel: {'{tahun}'}, {'{jumlah_ikm}'} (misalnya 3 (tiga) IKM), {'{wilayah}'},{' '}
        {'{daftar_kabkota}'}, {'{surat_kementerian}'}, {'{surat_kabkota}'} (surat usulan
        kabupaten/kota)
      </Typography>
      {text('Pembuka', letter.body.opening, (opening) => body({ opening }), { multiline: true })}
      {text('Isi', letter.body.content, (content) => body({ content }), { multiline: true })}
      {text(
        'Butir-butir (satu per baris)',
        letter.body.points.join('\n'),
        (v) => body({ points: v.split('\n') }),
        { multiline: true },
      )}
      {text('Penutup', letter.body.closing, (closing) => body({ closing }), { multiline: true })}
      <Typography variant="subtitle2">Cara tanda tangan</Typography>
      <RadioGroup
        row
        value={letter.signingMode}
        onChange={(e) => onChange({ signingMode: e.target.value as SigningMode })}
        aria-label="Cara tanda tangan"
      >
        <FormControlLabel
          value="basah"
          control={<Radio size="small" />}
          label="Tanda tangan basah (cetak)"
          disabled={readOnly}
        />
        <FormControlLabel
          value="tte"
          control={<Radio size="small" />}
          label="Siap TTE (kotak dan teks jangkar)"
          disabled={readOnly}
        />
      </RadioGroup>
    </Stack>
  );
}
