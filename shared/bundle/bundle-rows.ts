import { z } from 'zod';
import { attachmentMetaSchema } from '../domain/attachment/attachment.schema';
import { awardRecordSchema } from '../domain/award/award.schema';
import { credentialSchema } from '../domain/credential/credential.schema';
import { enterpriseSchema } from '../domain/enterprise/enterprise.schema';
import { nominationSchema } from '../domain/nomination/nomination.schema';
import { productSchema } from '../domain/product/product.schema';
import { roundSchema } from '../domain/round/round.schema';
import {
  letterEssentialsShape,
  refineLetterNumber,
} from '../domain/letter/letter-essentials.schema';
import { sentraDecreeSchema, sentraSchema } from '../domain/sentra/sentra.schema';
import { bundleIssueText } from './bundle-issue-text';
import {
  BUNDLE_TABLES,
  BUNDLE_TABLE_LABELS,
  emptyBundleData,
  type BundleData,
  type BundleRow,
  type BundleTable,
} from './bundle-data';
import { BUNDLE_DATA_PATH } from './bundle-manifest.schema';
import { problem, type ZipProblem } from './zip-problem';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * A letter as the letter register stores it (the record itself is the letter), with the register's
 * lampiran index and the hashes of its final and signed PDFs, which travel as blobs.
 */
const letterRowSchema = z
  .looseObject({
    ...letterEssentialsShape,
    nominationIds: z.array(z.string().max(100)).optional(),
    cancelReason: z.string().max(2000).optional(),
    finalPdfHash: sha256.optional(),
    signedCopyHash: sha256.optional(),
  })
  .superRefine(refineLetterNumber);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Bundles written before the letter register kept each letter whole in `body` beside its id and
 * round (`{ id, roundId, body, createdAt, updatedAt }`); such a row is read as the letter it holds.
 */
function letterRowOfAnyVersion(row: unknown): unknown {
  if (
    !isObject(row) ||
    !isObject(row.body) ||
    typeof row.body.id !== 'string' ||
    !Array.isArray(row.body.annexes)
  )
    return row;
  return { ...row.body, roundId: row.body.roundId ?? row.roundId };
}

const ROW_SCHEMAS: Record<BundleTable, z.ZodType> = {
  sentras: sentraSchema,
  decrees: sentraDecreeSchema,
  enterprises: enterpriseSchema,
  products: productSchema,
  credentials: credentialSchema,
  awards: awardRecordSchema,
  rounds: roundSchema,
  nominations: nominationSchema,
  letters: letterRowSchema,
  attachments: attachmentMetaSchema,
};

export type ParsedBundleData =
  { ok: true; data: BundleData } | { ok: false; problems: ZipProblem[] };

/**
 * Every row of the bundle's data file parsed by the same domain schema the forms use; the first 20
 * problems are reported with table, row and field. Parsed values are what gets written (unknown
 * keys dropped by zod), never the raw JSON.
 */
export function parseBundleData(json: unknown): ParsedBundleData {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return {
      ok: false,
      problems: [
        problem('data-invalid', 'Data register di dalam bundel tidak sah.', BUNDLE_DATA_PATH),
      ],
    };
  }
  const source = json as Record<string, unknown>;
  const data = emptyBundleData();
  const problems: ZipProblem[] = [];
  for (const table of BUNDLE_TABLES) {
    const rows = source[table] ?? [];
    if (!Array.isArray(rows)) {
      problems.push(
        problem(
          'data-invalid',
          `Tabel ${BUNDLE_TABLE_LABELS[table]} di dalam bundel bukan daftar.`,
          BUNDLE_DATA_PATH,
        ),
      );
      continue;
    }
    rows.forEach((row: unknown, index) => {
      const input = table === 'letters' ? letterRowOfAnyVersion(row) : row;
      const parsed = ROW_SCHEMAS[table].safeParse(input, { error: bundleIssueText });
      if (parsed.success) {
        const clean = Object.fromEntries(
          Object.entries(parsed.data as Record<string, unknown>).filter(([, v]) => v !== undefined),
        );
        data[table].push(clean as BundleRow);
      } else if (problems.length < 20) {
        const issue = parsed.error.issues[0];
        problems.push(
          problem(
            'data-invalid',
            `${BUNDLE_TABLE_LABELS[table]} baris ${index + 1}: ${issue?.message ?? 'tidak sah'}.`,
            BUNDLE_DATA_PATH,
          ),
        );
      }
    });
  }
  for (const table of BUNDLE_TABLES) {
    const ids = new Set<string>();
    for (const row of data[table]) {
      if (ids.has(row.id))
        problems.push(
          problem(
            'data-invalid',
            `${BUNDLE_TABLE_LABELS[table]}: id ${row.id} muncul dua kali.`,
            BUNDLE_DATA_PATH,
          ),
        );
      ids.add(row.id);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, data };
}

/** Every blob hash the rows point at (attachments, scans, letter PDFs, SIINas proof). */
export function referencedHashes(data: BundleData): string[] {
  const hashes = new Set<string>();
  const add = (v: unknown): void => {
    if (typeof v === 'string' && /^[0-9a-f]{64}$/.test(v)) hashes.add(v);
  };
  for (const a of data.attachments) add(a.hash);
  for (const c of data.credentials) add(c.scanHash);
  for (const d of data.decrees) add(d.scanHash);
  for (const e of data.enterprises) add(e.siinasProofHash);
  for (const l of data.letters) {
    add(l.finalPdfHash);
    add(l.signedCopyHash);
  }
  return [...hashes].sort();
}
