import { beforeEach, describe, expect, it } from 'vitest';
import type { Letter } from '@shared/domain/letter';
import type { RepositoryContext } from '../../../../../renderer/src/db/context';
import { indexedDbBlobStore } from '../../../../../renderer/src/db/blob-store';
import {
  letterRepository,
  type LetterRepository,
} from '../../../../../renderer/src/db/repositories/letter-repository';
import {
  officeRepository,
  ownOfficeId,
} from '../../../../../renderer/src/db/repositories/office-repository';
import { exportRegisterBytes } from '../../../../../renderer/src/features/import-export/export-register';
import { loadAnnexCandidates } from '../../../../../renderer/src/features/letter/letter-sources';
import { buildNewLetter } from '../../../../../renderer/src/features/letter/new-letter';
import { makeContext } from '../../../../support/factories/db';
import { provinceOffice } from '../../../../support/factories/letter';
import {
  pdfLikeBytes,
  seedRoundWithNominations,
} from '../../../../support/factories/letter-register';
import { buildAppRepositories } from '../../../../../renderer/src/db/app-repositories';

let ctx: RepositoryContext;
let letters: LetterRepository;
const render = (letter: Letter) => Promise.resolve(pdfLikeBytes(`nomor ${letter.number ?? ''}`));

beforeEach(async () => {
  ctx = await makeContext({ userName: 'Rina', start: '2026-03-01T08:00:00.000Z' });
  letters = letterRepository(ctx, indexedDbBlobStore(ctx.db));
  await officeRepository(ctx).save(provinceOffice({ id: await ownOfficeId(ctx.db) }));
});

describe('letter register export', () => {
  it('lists number, date, hal, addressee, tembusan, signer, status and the cancel reason', async () => {
    const { round } = await seedRoundWithNominations(ctx, ['divalidasi']);
    const candidates = await loadAnnexCandidates(buildAppRepositories(ctx), round.id);
    const draft = await letters.create(
      buildNewLetter(
        provinceOffice({ id: await ownOfficeId(ctx.db) }),
        { id: round.id, year: 2026 },
        candidates,
        'dirjen',
        {
          letterId: ctx.newId(),
          now: '2026-03-01T08:00:00.000Z',
          date: '2026-03-01',
        },
      ),
    );
    const ready = draft.annexes
      .flatMap((a) => a.rows)
      .map((r) => ({ nominationId: r.nominationId, ready: true }));
    const final = await letters.finalise(draft.id, ready, render);
    await letters.cancel(final.id, 'Salah alamat');

    const csv = new TextDecoder().decode(
      await exportRegisterBytes(buildAppRepositories(ctx), 'register-surat', {}, 'csv'),
    );
    const [header, row] = csv.trim().split(/\r?\n/);
    expect(header).toContain('Hal');
    expect(header).toContain('Tembusan');
    expect(row).toContain('500.9/1/Disperin/2026');
    expect(row).toContain(final.hal);
    expect(row).toContain('Gubernur');
    expect(row).toContain('Batal');
    expect(row).toContain('Salah alamat');
  });
});
