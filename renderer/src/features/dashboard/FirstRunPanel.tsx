import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Step from '@mui/material/Step';
import StepContent from '@mui/material/StepContent';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { FIRST_RUN_LINKS } from '@shared/dashboard';

/** Shown while the register is empty: profile first, then import or the first sentra. */
export function FirstRunPanel({ officeComplete }: { officeComplete: boolean }) {
  return (
    <Paper
      variant="outlined"
      component="section"
      sx={{ p: 3, maxWidth: 760 }}
      aria-labelledby="mulai-judul"
    >
      <Typography id="mulai-judul" variant="h2" component="h2" gutterBottom>
        Selamat datang di OVOP Desk
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Register masih kosong. Tiga langkah berikut menyiapkan aplikasi untuk periode OVOP pertama
        Anda.
      </Typography>
      <Stepper orientation="vertical" activeStep={officeComplete ? 1 : 0} nonLinear>
        <Step completed={officeComplete} expanded>
          <StepLabel>Isi profil instansi</StepLabel>
          <StepContent>
            <Typography variant="body2" sx={{ mb: 1 }}>
              Kop surat, penanda tangan dan wilayah dinas dipakai pada surat usulan dan laporan
              rekap.
            </Typography>
            <Button
              component={RouterLink}
              to={FIRST_RUN_LINKS.officeProfile}
              variant={officeComplete ? 'outlined' : 'contained'}
            >
              {officeComplete ? 'Periksa profil instansi' : 'Buka Pengaturan → Profil Instansi'}
            </Button>
          </StepContent>
        </Step>
        <Step expanded>
          <StepLabel>Masukkan data sentra IKM dan IKM</StepLabel>
          <StepContent>
            <Typography variant="body2" sx={{ mb: 1 }}>
              Impor dari berkas Excel yang sudah ada, atau catat sentra pertama satu per satu.
            </Typography>
            <Button
              component={RouterLink}
              to={FIRST_RUN_LINKS.import}
              variant={officeComplete ? 'contained' : 'outlined'}
              sx={{ mr: 1 }}
            >
              Impor data
            </Button>
            <Button component={RouterLink} to={FIRST_RUN_LINKS.firstSentra} variant="outlined">
              Tambah sentra pertama
            </Button>
          </StepContent>
        </Step>
        <Step expanded>
          <StepLabel>Buat periode OVOP</StepLabel>
          <StepContent>
            <Typography variant="body2" sx={{ mb: 1 }}>
              Setelah register terisi, buat periode (mis. OVOP 2026) lalu catat usulan dari tiap
              kabupaten/kota.
            </Typography>
            <Button component={RouterLink} to={FIRST_RUN_LINKS.rounds} variant="text">
              Ke halaman Usulan
            </Button>
          </StepContent>
        </Step>
      </Stepper>
    </Paper>
  );
}
