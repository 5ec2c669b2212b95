import type { ReadinessRule } from './rule';
import {
  decreeDateRule,
  sentraCommodityRule,
  sentraRegionRule,
  sizeClassRule,
  starHolderRule,
} from './rules-consistency';
import { expiredRule, foodRule, nibRule } from './rules-credentials';
import { checklistRule, photosRule } from './rules-documents';
import { reEvaluationRule } from './rules-nomination';
import {
  commodityRule,
  continuityRule,
  localShareRule,
  productFiguresRule,
  productOwnerRule,
  uniquenessRule,
} from './rules-product';
import { decreeRule, leadFirmRule, sentraRule, sentraUnitsRule } from './rules-sentra';

export type { ReadinessRule } from './rule';

/** The rule table, in the order findings are listed. */
export const READINESS_RULES: readonly ReadinessRule[] = [
  commodityRule,
  productOwnerRule,
  reEvaluationRule,
  starHolderRule,
  sizeClassRule,
  sentraRule,
  decreeRule,
  decreeDateRule,
  sentraUnitsRule,
  sentraCommodityRule,
  sentraRegionRule,
  nibRule,
  foodRule,
  expiredRule,
  photosRule,
  checklistRule,
  uniquenessRule,
  localShareRule,
  productFiguresRule,
  continuityRule,
  leadFirmRule,
];
