import { beforeEach, describe, expect, it } from 'vitest';
import {
  createContext,
  enterpriseRepository,
  settingsRepository,
  REGISTER_TABLES,
  restoreAll,
  sentraRepository,
  TAMPERED_MESSAGE,
  unfinishedRestore,
  type RepositoryContext,
} from '../../../../../renderer/src/db';
import { OvopDatabase } from '../../../../../renderer/src/db/database';
import {
  backupBytes,
  previewBackup,
  restoreBackup,
} from '../../../../../renderer/src/features/backup/backup-file';
import { makeEnterprise, makeSentra } from '../../../../support/factories/register';

let ctx: RepositoryContext;
let seq = 0;
beforeEach(async () => {
  seq += 1;
  let n = 0;
  ctx = createContext(new OvopDatabase(`backup-${seq}`), {
    now: () => new Date('2026-03-01T08:00:00Z'),
    newId: () => `id-${seq}-${++n}`,
  });
  await ctx.db.open();
});

async function seed(c: RepositoryContext): Promise<void> {
  const { id: _s, createdAt: _a, updatedAt: _b, deletedAt: _c, ...sentra } = makeSentra();
  await sentraRepository(c).create(sentra);
  for (const nib of ['9120000000001', '9120000000002']) {
    const {
      id: _i,
      createdAt: _x,
      updatedAt: _y,
      deletedAt: _z,
      ...e
    } = makeEnterprise({ nib, name: `UD ${nib}` });
    await enterpriseRepository(c).create(e);
  }
  // A setting created for the first time has no "before": its audit row must survive JSON.
  await settingsRepository(c).setUserName('Budi Santoso');
}

async function dump(c: RepositoryContext): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(
    await Promise.all(
      REGISTER_TABLES.map(async (t) => [t, await c.db.table(t).toArray()] as const),
    ),
  );
}

type Row = Record<string, unknown>;
type Json = Record<string, unknown> & {
  tables: Record<string, Row[]> & { enterprises: Row[]; sentras: Row[] };
  counts: Record<string, number>;
};

async function backupJson(c: RepositoryContext): Promise<Json> {
  const { bytes } = await backupBytes(c);
  return JSON.parse(new TextDecoder().decode(bytes)) as Json;
}

const encode = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

/** What the app wrote before backups carried a manifest: the same file without it. */
function asFormat1(json: Json): Json {
  const { formatVersion: _v, manifest: _m, ...rest } = json;
  return rest as Json;
}

describe('backup file', () => {
  it('backup → wipe → restore gives back a deep-equal register, and the preview shows the counts and the verified digest first', async () => {
    await seed(ctx);
    const before = await dump(ctx);
    const { bytes } = await backupBytes(ctx);
    await ctx.db.delete();
    await ctx.db.open();
    expect(await ctx.db.enterprises.count()).toBe(0);
    const preview = await previewBackup(bytes);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.preview.counts).toMatchObject({ enterprises: 2, sentras: 1 });
    expect(preview.preview.verified).toBe(true);
    await restoreBackup(ctx, preview.preview, 'cadangan.json');
    expect(await dump(ctx)).toEqual(before);
    expect(await unfinishedRestore(ctx.db)).toBeUndefined();
  });

  it('refuses files that are not backups, in Indonesian', async () => {
    expect(await previewBackup(new TextEncoder().encode('Nama,NIB'))).toEqual({
      ok: false,
      message: 'Berkas ini bukan cadangan OVOP Desk (bukan JSON yang sah).',
    });
    expect(await previewBackup(new TextEncoder().encode('{"a":1}'))).toEqual({
      ok: false,
      message: 'Berkas ini bukan cadangan register OVOP Desk.',
    });
  });

  it('refuses a hand-edited backup (one IKM renamed, its investment changed) before offering it, and restoreAll refuses it too', async () => {
    await seed(ctx);
    const json = await backupJson(ctx);
    const row = json.tables.enterprises[0];
    if (!row) throw new Error('no row');
    row.name = 'UD Palsu';
    row.investmentRupiah = 9_000_000_000;
    expect(await previewBackup(encode(json))).toEqual({ ok: false, message: TAMPERED_MESSAGE });
    const before = await dump(ctx);
    await expect(restoreAll(ctx.db, json, ctx.now)).rejects.toThrow(TAMPERED_MESSAGE);
    expect(await dump(ctx)).toEqual(before);
  });

  it('refuses a backup whose digest was removed or whose declared counts do not match its rows', async () => {
    await seed(ctx);
    const json = await backupJson(ctx);
    expect(await previewBackup(encode({ ...json, manifest: undefined }))).toEqual({
      ok: false,
      message: TAMPERED_MESSAGE,
    });
    const extra = {
      ...json,
      tables: {
        ...json.tables,
        enterprises: [
          ...json.tables.enterprises,
          { ...json.tables.enterprises[0], id: 'tambahan' },
        ],
      },
    };
    const result = await previewBackup(encode(extra));
    expect(result).toEqual({
      ok: false,
      message:
        'Jumlah baris IKM di cadangan (3) tidak sama dengan yang tercatat (2) — berkas diubah atau rusak. Register tidak diubah.',
    });
    // A format-1 file has no digest, but its counts are still checked.
    expect(await previewBackup(encode(asFormat1(extra)))).toEqual(result);
  });

  it('refuses a backup from a newer app version at the preview, in plain words without field names', async () => {
    await seed(ctx);
    const json = await backupJson(ctx);
    for (const newer of [
      { ...json, schemaVersion: 99 },
      { ...json, formatVersion: 3 },
    ]) {
      const result = await previewBackup(encode(newer));
      expect(result.ok).toBe(false);
      const message = result.ok ? '' : result.message;
      expect(message).toMatch(
        /^Cadangan ini dibuat oleh OVOP Desk versi yang lebih baru .*Perbarui aplikasi terlebih dahulu/,
      );
      expect(message).not.toMatch(/schemaVersion|formatVersion/);
    }
  });

  it('still restores a format-1 backup (no manifest), says it cannot be proven, and computes derived fields again', async () => {
    await seed(ctx);
    const before = await dump(ctx);
    const old = asFormat1(await backupJson(ctx));
    // Derived fields in the file are never trusted.
    const row = old.tables.enterprises[0];
    const sentra = old.tables.sentras[0];
    if (!row || !sentra) throw new Error('no rows');
    row.sizeClass = 'di-luar-ikm';
    row.nameKey = 'salah';
    sentra.enterpriseCount = 40;
    await ctx.db.delete();
    await ctx.db.open();
    const preview = await previewBackup(encode(old));
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.preview.verified).toBe(false);
    await restoreBackup(ctx, preview.preview, 'lama.json');
    expect(await dump(ctx)).toEqual(before);
    expect((await ctx.db.enterprises.toArray()).map((e) => e.sizeClass)).toEqual([
      'kecil',
      'kecil',
    ]);
  });

  it('validates every row before replacing anything: a damaged row in an old backup leaves the register as it was', async () => {
    await seed(ctx);
    const json = asFormat1(await backupJson(ctx));
    const before = await dump(ctx);
    const damaged = {
      ...json,
      tables: {
        ...json.tables,
        enterprises: [{ ...json.tables.enterprises[0], nib: '12' }, json.tables.enterprises[1]],
      },
    };
    const preview = await previewBackup(encode(damaged));
    if (!preview.ok) throw new Error(preview.message);
    await expect(restoreBackup(ctx, preview.preview, 'rusak.json')).rejects.toThrow(
      /NIB harus 13 digit angka/,
    );
    expect(await dump(ctx)).toEqual(before);
    expect(await unfinishedRestore(ctx.db)).toBeUndefined();
  });
});
