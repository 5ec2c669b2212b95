import type { Sentra, SentraDecree } from '@shared/domain/sentra/sentra';
import type { AppRepositories } from '../../db';
import { storeUpload } from '../enterprise/upload/store-upload';
import { newDecreeOf, sentraFormOf, type SentraEditorValues } from './sentra-editor.schema';

/** Saves the SK (new one first, with its scan) and the sentra; returns the stored sentra. */
export async function saveSentra(
  repos: AppRepositories,
  values: SentraEditorValues,
  existing: Sentra | undefined,
  scan: File | undefined,
): Promise<Sentra> {
  const { sentras } = repos;
  let decreeId: string | undefined = values.decreeMode === 'none' ? undefined : values.decreeId;
  const decreeForm = newDecreeOf(values);
  if (decreeForm) {
    const decree = await sentras.decrees.create(decreeForm);
    decreeId = decree.id;
    if (scan) await attachDecreeScan(repos, decree, scan);
  } else if (scan && decreeId !== undefined) {
    const decree = await sentras.decrees.get(decreeId);
    if (decree) await attachDecreeScan(repos, decree, scan);
  }
  const form = sentraFormOf(values, decreeId);
  return existing ? sentras.update(existing.id, form, existing.updatedAt) : sentras.create(form);
}

/** Stores the SK scan and records its hash on the SK. Throws with the Indonesian refusal. */
async function attachDecreeScan(
  repos: AppRepositories,
  decree: SentraDecree,
  scan: File,
): Promise<void> {
  const stored = await storeUpload(repos, scan, 'scan', { type: 'decree', id: decree.id });
  if (!stored.ok) throw new Error(`Pindaian SK: ${stored.message}`);
  const { id: _id, createdAt: _c, updatedAt, deletedAt: _d, ...form } = decree;
  await repos.sentras.decrees.update(decree.id, { ...form, scanHash: stored.meta.hash }, updatedAt);
}
