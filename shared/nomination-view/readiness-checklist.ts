import {
  checkReadiness,
  READINESS_RULES,
  type Finding,
  type ReadinessInput,
  type ReadinessRule,
} from '../domain/readiness/readiness';

/** One line of what the readiness check asks: satisfied, or the findings that are still open. */
export interface ReadinessChecklistLine {
  readonly code: string;
  readonly description: string;
  readonly findings: readonly Finding[];
  /** 'ok' when nothing is open, else the worst open finding. */
  readonly state: 'ok' | 'blocking' | 'advisory';
}

/**
 * The readiness check laid out rule by rule before a nomination exists: each rule with what it asks
 * and whether the IKM's product meets it in the given round.
 */
export function readinessChecklist(
  input: ReadinessInput,
  rules: readonly ReadinessRule[] = READINESS_RULES,
): ReadinessChecklistLine[] {
  return rules.map((rule) => {
    const findings = checkReadiness(input, [rule]);
    const state = findings.some((f) => f.severity === 'blocking')
      ? 'blocking'
      : findings.length > 0
        ? 'advisory'
        : 'ok';
    return { code: rule.code, description: rule.description, findings, state };
  });
}
