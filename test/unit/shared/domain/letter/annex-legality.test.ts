import { describe, expect, it } from 'vitest';
import { asProductId } from '@shared/domain/common/ids';
import { annexLegality } from '@shared/domain/letter';
import { makeCredential } from '../../../../support/factories/register';

describe('Legalitas column of the lampiran', () => {
  it('lists only the credentials of the nominated product that are valid on the round close date', () => {
    const product = asProductId('produk-dodol');
    const other = asProductId('produk-amplang');
    const credentials = [
      makeCredential({
        productId: product,
        kind: 'spp-irt',
        number: 'PIRT-VALID',
        expiresOn: '2027-01-01',
      }),
      makeCredential({
        productId: product,
        kind: 'halal',
        number: 'HALAL-EXPIRED',
        expiresOn: '2026-06-29',
      }),
      makeCredential({
        productId: product,
        kind: 'uji-lab',
        number: 'LAB-LATER',
        issuedOn: '2026-07-02',
        expiresOn: undefined,
      }),
      makeCredential({
        productId: other,
        kind: 'halal',
        number: 'HALAL-OTHER',
        expiresOn: '2028-01-01',
      }),
      makeCredential({ kind: 'hki', number: 'HKI-ENTERPRISE', expiresOn: undefined }),
      makeCredential({
        productId: product,
        kind: 'halal',
        number: 'HALAL-DELETED',
        deletedAt: '2026-01-01T00:00:00.000Z',
      }),
    ];
    expect(annexLegality('9120301234567', credentials, product, '2026-06-30')).toBe(
      'NIB 9120301234567; SPP-IRT PIRT-VALID; HKI (Merek) HKI-ENTERPRISE',
    );
  });

  it('counts a credential valid on its last day (the close date itself)', () => {
    const product = asProductId('produk-dodol');
    const credentials = [
      makeCredential({ productId: product, kind: 'halal', number: 'H-1', expiresOn: '2026-06-30' }),
    ];
    expect(annexLegality('9120301234567', credentials, product, '2026-06-30')).toContain('H-1');
  });

  it('names the NIB once when the NIB is also recorded as a credential', () => {
    const product = asProductId('produk-dodol');
    const credentials = [
      makeCredential({ kind: 'nib', number: '9120301234567', expiresOn: undefined }),
      makeCredential({ kind: 'nib', number: '9120309999999', expiresOn: undefined }),
    ];
    expect(annexLegality('9120301234567', credentials, product, '2026-06-30')).toBe(
      'NIB 9120301234567; NIB 9120309999999',
    );
  });
});
