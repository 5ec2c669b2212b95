/** Notices the About dialog must show for data and fonts we bundle. */
export interface LicenceNotice {
  readonly title: string;
  readonly text: string;
}

export const licenceNotices: readonly LicenceNotice[] = [
  {
    title: 'Data wilayah (idn-area-data 3.1.2)',
    text:
      'Kode dan nama wilayah administrasi pemerintahan menurut Kepmendagri 300.2.2-2138/2025 ' +
      '(diubah dengan 2430/2025). Data © kontributor idn-area-data, dilisensikan di bawah Open ' +
      'Database License (ODbL) 1.0; kode program berlisensi MIT.',
  },
  {
    title: 'Huruf Arimo dan Tinos',
    text:
      'Huruf Arimo (sans, metrik setara Arial) dan Tinos (serif, metrik setara Times) © Google, ' +
      'dilisensikan di bawah SIL Open Font License 1.1. Berkas TrueType-nya disertakan dari paket ' +
      '@expo-google-fonts/arimo dan @expo-google-fonts/tinos dan ditanam ke dalam setiap PDF; ' +
      'tampilan aplikasi memakai Arimo dari paket @fontsource.',
  },
  {
    title: 'Huruf Noto Naskh Arabic',
    text:
      'Huruf Noto Naskh Arabic untuk nama dalam aksara Arab (Arab-Melayu) © The Noto Project Authors, ' +
      'dilisensikan di bawah SIL Open Font License 1.1; disertakan dari paket ' +
      '@expo-google-fonts/noto-naskh-arabic dan ditanam ke dalam PDF yang memuat aksara Arab.',
  },
  {
    title: 'Pustaka',
    text:
      'Electron, React, MUI, Dexie, pdfmake, fflate, hash-wasm, ExcelJS, zod, react-hook-form (lisensi MIT); ' +
      'lihat berkas lisensi masing-masing paket.',
  },
];
