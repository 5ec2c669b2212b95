import { isValidElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { warmUpWhileOpening } from '../../../../renderer/src/app/style-warm-up';

function fakeRoot() {
  const render = vi.fn();
  const unmount = vi.fn();
  return { root: { render, unmount }, render, unmount };
}

/** Lets the promise callbacks queued so far run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('warmUpWhileOpening: the frame rendered unseen while the register opens', () => {
  it('renders one tree at once and keeps it while the register is still opening', async () => {
    const { root, render, unmount } = fakeRoot();
    warmUpWhileOpening(new Promise(() => undefined), () => root);
    await settle();
    expect(render).toHaveBeenCalledTimes(1);
    expect(isValidElement(render.mock.calls[0]?.[0])).toBe(true);
    expect(unmount).not.toHaveBeenCalled();
  });

  it('unmounts it when the register is open, before the app renders after the same promise', async () => {
    const { root, unmount } = fakeRoot();
    let open!: (value: string) => void;
    const opening = new Promise<string>((resolve) => (open = resolve));
    warmUpWhileOpening(opening, () => root);
    const order: string[] = [];
    unmount.mockImplementation(() => order.push('warm-up gone'));
    void opening.then(() => order.push('app renders'));
    open('repositories');
    await settle();
    expect(order).toEqual(['warm-up gone', 'app renders']);
  });

  it('unmounts it as well when the register cannot be opened', async () => {
    const { root, unmount } = fakeRoot();
    const opening = Promise.reject(new Error('Basis data tidak dapat dibuka'));
    warmUpWhileOpening(opening, () => root);
    await settle();
    expect(unmount).toHaveBeenCalledTimes(1);
  });
});
