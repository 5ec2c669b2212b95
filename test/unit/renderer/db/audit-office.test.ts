import { describe, expect, it } from 'vitest';
import { enterpriseRepository } from '../../../../renderer/src/db';
import { officeRepository } from '../../../../renderer/src/db/repositories/office-repository';
import { formOf, makeContext } from '../../../support/factories/db';
import { provinceOffice } from '../../../support/factories/letter';
import { makeEnterprise } from '../../../support/factories/register';

describe('audit rows name the office that made the change', () => {
  it("a province officer's edit to a kab/kota's IKM is recorded as the province's", async () => {
    const ctx = await makeContext({ userName: 'Sari' });
    const enterprises = enterpriseRepository(ctx);
    // Before any profile is saved the row names the user only.
    const created = await enterprises.create(
      formOf(makeEnterprise({ name: 'UD Kerupuk Haruan', regionCode: '63.03.07.2001' })),
    );
    await officeRepository(ctx).save(provinceOffice({ id: 'kantor' }));
    await enterprises.update(
      created.id,
      { ...formOf(created), name: 'UD Kerupuk Haruan Baru' },
      created.updatedAt,
    );
    const rows = await ctx.db.audit
      .where('[entity+entityId]')
      .equals(['enterprise', created.id])
      .sortBy('at');
    expect(rows.map((r) => [r.action, r.user, r.office])).toEqual([
      ['create', 'Sari', undefined],
      ['update', 'Sari', 'DINAS PERINDUSTRIAN (Provinsi Kalimantan Selatan)'],
    ]);
  });
});
