import type { Page } from 'playwright-core';
import type { Credential } from '@shared/domain/credential/credential';
import type {
  CandidateSeed,
  E2eHooks,
  RoundSeedSpec,
  SeededCandidate,
} from '../../app-hooks/e2e-hooks';
import { WEB_BASE_URL } from '../../e2e/support/server';
import { makeCredential, makeReadyFoodCandidate } from './register';

/**
 * Test-only seeding of the register in a running browser app, through the app's one e2e hook
 * (`window.__ovopE2e`, installed only for `?e2e=1`). The hook writes through the repositories, so
 * the screens' live queries show the rows without a reload.
 */
type HookWindow = { __ovopE2e?: E2eHooks };

export type Candidate = ReturnType<typeof makeReadyFoodCandidate>;

/** A complete ready food candidate with its own name, NIB and sentra (all other defaults kept). */
export function makeE2eCandidate(name: string, nib: string, productName: string): Candidate {
  const c = makeReadyFoodCandidate();
  const enterprise = { ...c.enterprise, name, nib };
  const product = { ...c.product, name: productName };
  const sentra = { ...c.sentra, name: `Sentra ${productName}`, leadEnterpriseId: enterprise.id };
  const credentials = c.credentials.map((cr) => (cr.kind === 'nib' ? { ...cr, number: nib } : cr));
  return { ...c, enterprise, product, sentra, credentials };
}

/** The halal certificate the e2e adds later for `c`'s product. */
export function halalFor(c: Candidate): Credential {
  return makeCredential({
    enterpriseId: c.enterprise.id,
    productId: c.product.id,
    kind: 'halal',
    number: 'ID63110000999990326',
  });
}

/** Opens the app at `hash` with the e2e hook installed (`?e2e=1`) and waits for the hook. */
export async function openWithHooks(page: Page, hash: string): Promise<void> {
  await page.goto(`${WEB_BASE_URL}/index.html?e2e=1#${hash}`);
  await page.waitForFunction(() => (window as unknown as HookWindow).__ovopE2e !== undefined);
}

function hooks(page: Page) {
  return {
    seedCandidates: (candidates: CandidateSeed[], userName?: string) =>
      page.evaluate(
        ([c, u]) => {
          const hook = (window as unknown as HookWindow).__ovopE2e;
          if (!hook) throw new Error('Kait uji e2e tidak terpasang (buka dengan ?e2e=1)');
          return hook.seedCandidates(c, u);
        },
        [candidates, userName] as const,
      ),
    addCredentials: (
      credentials: Credential[],
      fromEnterprise: string,
      fromProduct: string,
      to: SeededCandidate,
    ) =>
      page.evaluate(
        ([c, e, p, t]) => {
          const hook = (window as unknown as HookWindow).__ovopE2e;
          if (!hook) throw new Error('Kait uji e2e tidak terpasang (buka dengan ?e2e=1)');
          return hook.addCredentials(c, e, p, t);
        },
        [credentials, fromEnterprise, fromProduct, to] as const,
      ),
    seedRound: (spec: RoundSeedSpec) =>
      page.evaluate((s) => {
        const hook = (window as unknown as HookWindow).__ovopE2e;
        if (!hook) throw new Error('Kait uji e2e tidak terpasang (buka dengan ?e2e=1)');
        return hook.seedRound(s);
      }, spec),
  };
}

/** Stores the candidates (and names the user); returns the stored ids in the same order. */
export function seedCandidates(
  page: Page,
  candidates: readonly Candidate[],
  userName?: string,
): Promise<SeededCandidate[]> {
  return hooks(page).seedCandidates([...candidates], userName);
}

/** Stores credentials built for factory candidate `c` on its seeded twin `seeded`. */
export function addCredentials(
  page: Page,
  c: Candidate,
  seeded: SeededCandidate,
  credentials: Credential[],
): Promise<void> {
  return hooks(page).addCredentials(credentials, c.enterprise.id, c.product.id, seeded);
}

/** A round with nominations (and optionally final letters and awards); returns the round id. */
export function seedRound(page: Page, spec: RoundSeedSpec): Promise<string> {
  return hooks(page).seedRound(spec);
}
