import { describe, expect, it } from 'vitest';
import {
  CREDENTIAL_KIND_LABELS,
  credentialSchema,
  credentialState,
  credentialsForProduct,
} from '@shared/domain/credential/credential';
import { asProductId } from '@shared/domain/common/ids';
import { makeCredential } from '../../../../support/factories/register';

describe('credentialState', () => {
  it.each([
    [undefined, '2026-06-30', 'valid'],
    ['2026-12-31', '2026-06-30', 'valid'],
    ['2026-08-30', '2026-06-30', 'valid'], // 61 days left
    ['2026-08-29', '2026-06-30', 'expiring-soon'], // 60 days left
    ['2026-06-30', '2026-06-30', 'expiring-soon'], // last day still valid
    ['2026-06-29', '2026-06-30', 'expired'],
  ] as const)('expires %s, on %s → %s', (expiresOn, onDate, state) => {
    expect(credentialState({ expiresOn }, onDate)).toBe(state);
  });
});

describe('credential schema', () => {
  it('refuses an end date before the issue date', () => {
    const result = credentialSchema.safeParse(
      makeCredential({ issuedOn: '2025-01-01', expiresOn: '2024-12-31' }),
    );
    expect(result.error?.issues[0]).toEqual(
      expect.objectContaining({
        path: ['expiresOn'],
        message: 'Tanggal berakhir tidak boleh sebelum tanggal terbit',
      }),
    );
  });

  it('refuses an unknown kind and a missing number in Indonesian', () => {
    const messages = credentialSchema
      .safeParse({ ...makeCredential(), kind: 'pirt', number: '' })
      .error?.issues.map((i) => i.message);
    expect(messages).toContain('Pilih jenis legalitas');
    expect(messages).toContain('Nomor dokumen wajib diisi');
  });

  it('labels kinds in Indonesian', () => {
    expect(CREDENTIAL_KIND_LABELS['uji-lab']).toBe('Hasil Uji Laboratorium');
    expect(CREDENTIAL_KIND_LABELS.hki).toBe('HKI (Merek)');
  });
});

describe('credentialsForProduct', () => {
  it('keeps enterprise-wide credentials and those of the product, not of another product', () => {
    const a = asProductId('a');
    const wide = makeCredential({ kind: 'nib' });
    const mine = makeCredential({ productId: a });
    const other = makeCredential({ productId: asProductId('b') });
    expect(credentialsForProduct([wide, mine, other], a)).toEqual([wide, mine]);
  });
});
