import { describe, expect, it } from 'vitest';
import { detailLinkOf } from '../../../../../renderer/src/features/enterprise/enterprise-link';

const link = (query: string) => detailLinkOf(new URLSearchParams(query));

describe('links into an IKM page', () => {
  it.each([
    ['tab=profil&field=nib', { tab: 'identitas', field: 'nib' }],
    ['tab=produk', { tab: 'produk' }],
    ['tab=foto', { tab: 'foto' }],
    ['tab=dokumen', { tab: 'dokumen' }],
    ['tab=lampiran&field=photo', { tab: 'foto', field: 'photo' }],
    ['tab=lampiran&field=surat-pernyataan', { tab: 'dokumen', field: 'surat-pernyataan' }],
    ['tab=entah', { tab: 'identitas' }],
    ['', { tab: 'identitas' }],
  ])('?%s opens %j', (query, expected) => {
    expect(link(query)).toEqual(expected);
  });

  it('presets the add-credential form to the kind named by jenis=, or by field= on the legalitas tab', () => {
    expect(link('tab=legalitas&jenis=halal')).toEqual({
      tab: 'legalitas',
      credentialKind: 'halal',
    });
    expect(link('tab=legalitas&field=halal')).toEqual({
      tab: 'legalitas',
      credentialKind: 'halal',
      field: 'halal',
    });
    expect(link('jenis=spp-irt')).toEqual({ tab: 'legalitas', credentialKind: 'spp-irt' });
    expect(link('tab=legalitas&jenis=sertifikat-palsu')).toEqual({ tab: 'legalitas' });
  });

  it('points at one credential or product when the link names it', () => {
    expect(link('tab=legalitas&legalitas=lg-7&field=expiresOn')).toEqual({
      tab: 'legalitas',
      credentialId: 'lg-7',
      field: 'expiresOn',
    });
    expect(link('tab=produk&produk=pr-2&field=uniquenessStory')).toEqual({
      tab: 'produk',
      productId: 'pr-2',
      field: 'uniquenessStory',
    });
    // A product id on another tab is not acted upon.
    expect(link('tab=foto&produk=pr-2')).toEqual({ tab: 'foto' });
  });
});
