import type { Credential } from '@shared/domain/credential/credential.schema';
import type { AppRepositories } from '../../renderer/src/db/app-repositories';
import {
  addCredentials,
  addNomineePhoto,
  seedCandidates,
  seedRound,
  type CandidateSeed,
  type RoundSeedSpec,
  type SeededCandidate,
} from './e2e-seed';

export type { CandidateSeed, RoundSeedSpec, SeededCandidate };

/**
 * The one seeding hook of the end-to-end tests, installed by the test build's entry (entry.ts) when
 * the page URL carries `?e2e=1`. It writes through the window's repositories: the open screens'
 * live queries see the rows at once.
 */
export interface E2eHooks {
  /** Register candidates built by the test factories; returns the stored ids in the same order. */
  seedCandidates(candidates: CandidateSeed[], userName?: string): Promise<SeededCandidate[]>;
  /** Credentials built for a factory candidate (`from*` ids) stored for the seeded one (`to`). */
  addCredentials(
    credentials: Credential[],
    fromEnterprise: string,
    fromProduct: string,
    to: SeededCandidate,
  ): Promise<void>;
  /** A round with nominations (and optionally final letters and awards); returns the round id. */
  seedRound(spec: RoundSeedSpec): Promise<string>;
  /** A photo (bytes as base64) on the IKM `enterpriseName` nominated in `roundId`; returns the attachment id. */
  addNomineePhoto(
    roundId: string,
    enterpriseName: string,
    base64: string,
    originalName: string,
  ): Promise<string>;
}

declare global {
  interface Window {
    __ovopE2e?: E2eHooks;
  }
}

export function installE2eHooks(repos: AppRepositories): void {
  window.__ovopE2e = {
    seedCandidates: (candidates, userName) => seedCandidates(repos, candidates, userName),
    addCredentials: (credentials, fromEnterprise, fromProduct, to) =>
      addCredentials(repos, credentials, fromEnterprise, fromProduct, to),
    seedRound: (spec) => seedRound(repos, spec),
    addNomineePhoto: (roundId, enterpriseName, base64, originalName) =>
      addNomineePhoto(
        repos,
        roundId,
        enterpriseName,
        Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
        originalName,
      ),
  };
}
