import type { EnterpriseForm } from '@shared/domain/enterprise/enterprise';
import type { SentraForm } from '@shared/domain/sentra/sentra.schema';
import { formOf } from './db';
import { makeEnterprise, makeSentra } from './register';

/** The smallest bytes detected as a JPEG photo (attachments store whatever the content says). */
export const PHOTO_BYTES = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 2, 3,
]);

let nibCounter = 0;

/** An IKM form with its own NIB (the register refuses a NIB twice). */
export function ikmForm(name: string, overrides: Partial<EnterpriseForm> = {}): EnterpriseForm {
  nibCounter += 1;
  return {
    ...formOf(makeEnterprise({ name, nib: String(9130000000000 + nibCounter) })),
    ...overrides,
  };
}

export function sentraForm(name: string, overrides: Partial<SentraForm> = {}): SentraForm {
  return { ...formOf(makeSentra({ name })), ...overrides };
}
