import type { Finding } from './finding';
import type { ReadinessInput } from './readiness-input';
import { READINESS_RULES, type ReadinessRule } from './rules';

export * from './finding';
export * from './readiness-input';
export { READINESS_RULES, type ReadinessRule } from './rules';

/** All findings for one candidate: blocking first, then advisory, each in rule-table order. */
export function checkReadiness(
  input: ReadinessInput,
  rules: readonly ReadinessRule[] = READINESS_RULES,
): Finding[] {
  const findings = rules.flatMap((rule) => rule.check(input));
  return [
    ...findings.filter((f) => f.severity === 'blocking'),
    ...findings.filter((f) => f.severity === 'advisory'),
  ];
}
