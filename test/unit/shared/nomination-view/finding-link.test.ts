import { describe, expect, it } from 'vitest';
import { checkReadiness } from '@shared/domain/readiness/readiness';
import { findingLink } from '@shared/nomination-view/finding-link';
import { makeReadinessInput } from '../../../support/factories/round';

describe('findingLink: every finding points at the place to fix it', () => {
  it('a food IKM without a halal certificate links to the legalitas tab for a halal credential', () => {
    const input = makeReadinessInput();
    const credentials = input.credentials.filter((c) => c.kind !== 'halal');
    const findings = checkReadiness({ ...input, credentials });
    const halal = findings.find((f) => f.code === 'halal-missing');
    expect(halal?.severity).toBe('blocking');
    const link = findingLink(halal!, {
      enterpriseId: input.enterprise.id,
      productId: input.product.id,
    });
    expect(link.href).toBe(`/ikm/${input.enterprise.id}?tab=legalitas&jenis=halal`);
    expect(link.label).toBe('Legalitas: Sertifikat Halal');
  });

  it('an expired credential links to that credential', () => {
    const input = makeReadinessInput();
    const credentials = input.credentials.map((c) =>
      c.kind === 'halal' ? { ...c, expiresOn: '2026-01-01' } : c,
    );
    const halal = checkReadiness({ ...input, credentials }).find(
      (f) => f.code === 'halal-missing',
    )!;
    const id = credentials.find((c) => c.kind === 'halal')!.id;
    expect(
      findingLink(halal, { enterpriseId: input.enterprise.id, productId: input.product.id }).href,
    ).toBe(`/ikm/${input.enterprise.id}?tab=legalitas&legalitas=${id}&field=expiresOn`);
  });

  it('product fields go to the product tab, sentra fields to the sentra page, SK to its tab', () => {
    const input = makeReadinessInput();
    const refs = {
      enterpriseId: input.enterprise.id,
      productId: input.product.id,
      sentraId: input.sentra.id,
    };
    const findings = checkReadiness({
      ...input,
      product: { ...input.product, uniquenessStory: '' },
      sentra: { ...input.sentra, unitCount: 3, decreeId: undefined },
    });
    const byCode = (code: string) =>
      findingLink(
        findings.find((f) => f.code === code)!,
        refs,
      );
    expect(byCode('uniqueness-empty').href).toBe(
      `/ikm/${input.enterprise.id}?tab=produk&produk=${input.product.id}&field=uniquenessStory`,
    );
    expect(byCode('sentra-too-few-units').href).toBe(`/sentra/${input.sentra.id}?field=unitCount`);
    expect(byCode('sentra-no-decree').href).toBe(
      `/sentra/${input.sentra.id}?tab=sk&field=decreeId`,
    );
    expect(byCode('sentra-no-decree').label).toBe('Sentra: SK penetapan sentra');
  });

  it('an IKM without a sentra links to its profile field, and missing photos to the attachments tab', () => {
    const input = makeReadinessInput();
    const refs = { enterpriseId: input.enterprise.id, productId: input.product.id };
    const { sentra: _s, decree: _d, ...rest } = input;
    const findings = checkReadiness({
      ...rest,
      enterprise: { ...input.enterprise, sentraId: undefined },
      attachments: [],
    });
    expect(
      findingLink(
        findings.find((f) => f.code === 'enterprise-no-sentra')!,
        refs,
      ).href,
    ).toBe(`/ikm/${input.enterprise.id}?tab=profil&field=sentraId`);
    expect(
      findingLink(
        findings.find((f) => f.code === 'photos-missing')!,
        refs,
      ).href,
    ).toBe(`/ikm/${input.enterprise.id}?tab=lampiran&field=photo`);
  });
});
