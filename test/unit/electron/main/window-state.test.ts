import { describe, expect, it } from 'vitest';
import { initialWindowPlace, parseWindowState } from '../../../../electron/main/window-state';

const FULL_HD = { x: 0, y: 0, width: 1920, height: 1040 };
/** A 1366 × 768 office screen with a 40 px taskbar. */
const SMALL = { x: 0, y: 0, width: 1366, height: 728 };

describe('initialWindowPlace', () => {
  it('opens 1280 × 820 centred where it fits', () => {
    expect(initialWindowPlace(undefined, [FULL_HD])).toEqual({
      bounds: { x: 320, y: 110, width: 1280, height: 820 },
      maximize: false,
    });
  });

  it('starts maximised on a 1366 × 768 screen, never taller than its work area', () => {
    const place = initialWindowPlace(undefined, [SMALL]);
    expect(place.maximize).toBe(true);
    expect(place.bounds.height).toBeLessThanOrEqual(728);
    expect(place.bounds.width).toBeLessThanOrEqual(1366);
  });

  it('puts the window back where it was, maximised or not', () => {
    const saved = { x: 100, y: 50, width: 1000, height: 700, maximized: true };
    expect(initialWindowPlace(saved, [FULL_HD])).toEqual({
      bounds: { x: 100, y: 50, width: 1000, height: 700 },
      maximize: true,
    });
  });

  it('ignores a remembered place on a screen that is gone', () => {
    const saved = { x: 2500, y: 100, width: 1000, height: 700, maximized: false };
    expect(initialWindowPlace(saved, [FULL_HD]).bounds.x).toBe(320);
  });
});

describe('parseWindowState', () => {
  it('reads a saved state and refuses damaged or odd files', () => {
    expect(parseWindowState('{"x":1,"y":2,"width":900,"height":600,"maximized":false}')).toEqual({
      x: 1,
      y: 2,
      width: 900,
      height: 600,
      maximized: false,
    });
    expect(parseWindowState('{"x":1')).toBeUndefined();
    expect(
      parseWindowState('{"x":1,"y":2,"width":5,"height":600,"maximized":false}'),
    ).toBeUndefined();
    expect(parseWindowState(undefined)).toBeUndefined();
  });
});
