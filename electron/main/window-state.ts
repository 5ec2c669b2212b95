import { z } from 'zod';

/** The main window's remembered place (userData/window-state.json). */
const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
/** Least visible part of a remembered window for it to be put back there (a screen was removed). */
const MIN_VISIBLE = 100;

export function parseWindowState(text: string | undefined): WindowState | undefined {
  if (!text) return undefined;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Where the main window opens. A remembered place is used when enough of it is on one of the
 * screens' work areas; otherwise the default size, centred on the primary work area, shrunk to
 * fit and maximised when the default does not fit (a 1366 × 768 screen's work area is lower than
 * 820 px).
 */
export function initialWindowPlace(
  saved: WindowState | undefined,
  workAreas: readonly Rect[],
): { bounds: Rect; maximize: boolean } {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (saved) {
    const visible = workAreas.some((area) => {
      const o = overlap(saved, area);
      return o.width >= MIN_VISIBLE && o.height >= MIN_VISIBLE;
    });
    if (visible) {
      return {
        bounds: { x: saved.x, y: saved.y, width: saved.width, height: saved.height },
        maximize: saved.maximized,
      };
    }
  }
  const fits = primary.width >= DEFAULT_SIZE.width && primary.height >= DEFAULT_SIZE.height;
  const width = Math.min(DEFAULT_SIZE.width, primary.width);
  const height = Math.min(DEFAULT_SIZE.height, primary.height);
  return {
    bounds: {
      x: primary.x + Math.round((primary.width - width) / 2),
      y: primary.y + Math.round((primary.height - height) / 2),
      width,
      height,
    },
    maximize: !fits,
  };
}
