import { SEEDED_CLASSIFICATION_CODES } from './classification-codes';
import type { LetterLayout, OfficeProfile } from './office-profile.schema';

const DEFAULT_NUMBER_TEMPLATE = '{kode}/{urut}/{unit}/{tahun}';
const DEFAULT_TTE_ANCHOR = '${ttd_pengirim}';

export function defaultLayout(): LetterLayout {
  return {
    paper: 'A4',
    marginsCm: { top: 2, right: 2, bottom: 2.5, left: 3 },
    font: 'sans',
    fontSize: 12,
    lineSpacing: 1.15,
    firstLineIndent: true,
    ruleStyle: 'double',
    underlineSignerName: true,
    leadingZeroDay: false,
  };
}

/** An empty office profile with every layout default from letters.md; fields to fill are blank. */
export function defaultOfficeProfile(id = 'kantor'): OfficeProfile {
  return {
    id,
    level: 'provinsi',
    regionCode: '',
    provinceName: '',
    regionName: '',
    pemdaLine: '',
    officeName: 'DINAS PERINDUSTRIAN',
    address: '',
    phone: '',
    fax: '',
    website: '',
    email: '',
    postalCode: '',
    city: '',
    headTitle: 'KEPALA DINAS PERINDUSTRIAN',
    signer: {
      jobTitle: 'Kepala Dinas Perindustrian',
      name: '',
      rank: '',
      nip: '',
      authority: 'none',
    },
    layout: defaultLayout(),
    copyToStyle: 'standard',
    numberTemplate: DEFAULT_NUMBER_TEMPLATE,
    unitCode: '',
    classificationCodes: SEEDED_CLASSIFICATION_CODES.map((c) => ({ ...c })),
    tteAnchor: DEFAULT_TTE_ANCHOR,
  };
}
