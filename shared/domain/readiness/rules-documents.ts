import type { Finding } from './finding';
import type { ReadinessInput } from './readiness-input';
import type { ReadinessRule } from './rule';
import { FOOD_REQUIRED, isFood, validOfKinds } from './rules-credentials';

/* Photos and the round's document checklist for the product's commodity. */

const liveAttachments = (input: ReadinessInput) =>
  input.attachments.filter((a) => a.deletedAt === undefined);

export const photosRule: ReadinessRule = {
  code: 'photos-missing',
  description: 'Jumlah foto produk memenuhi ketentuan periode',
  check: (input) => {
    const count = liveAttachments(input).filter((a) => a.kind === 'photo').length;
    const need = input.round.requiredPhotos;
    return count >= need
      ? []
      : [
          {
            code: 'photos-missing',
            severity: 'blocking',
            message: `Foto produk baru ${count}; minimal ${need}`,
            target: { entity: 'attachment', field: 'photo' },
          },
        ];
  },
};

export const checklistRule: ReadinessRule = {
  code: 'checklist',
  description: 'Persyaratan dokumen periode untuk komoditas ini terpenuhi',
  check: (input) => {
    const items = input.round.documentChecklist[input.product.commodity] ?? [];
    const foodKinds = isFood(input) ? FOOD_REQUIRED.flatMap((r) => r.kinds) : [];
    const findings: Finding[] = [];
    for (const item of items) {
      let have: number;
      if (item.kind === 'photo' || item.kind === 'document') {
        const kind = item.kind;
        have = liveAttachments(input).filter(
          (a) => a.kind === kind && a.checklistItemId === item.id,
        ).length;
      } else {
        if (foodKinds.includes(item.kind)) continue;
        have = validOfKinds(input, [item.kind]).length;
      }
      if (have < item.minCount) {
        findings.push({
          code: `checklist:${item.id}`,
          severity: 'blocking',
          message:
            item.minCount > 1
              ? `${item.label}: baru ${have}, minimal ${item.minCount}`
              : `${item.label} belum ada`,
          target:
            item.kind === 'photo' || item.kind === 'document'
              ? { entity: 'attachment', field: item.id }
              : { entity: 'credential', field: item.kind },
        });
      }
    }
    return findings;
  },
};
