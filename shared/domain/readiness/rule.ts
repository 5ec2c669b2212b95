import type { Finding } from './finding';
import type { ReadinessInput } from './readiness-input';

/** A readiness rule: a stable code, what it checks, and the findings it returns. */
export interface ReadinessRule {
  code: string;
  /** Indonesian, for a help page listing the rules. */
  description: string;
  check: (input: ReadinessInput) => Finding[];
}
