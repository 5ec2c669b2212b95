/**
 * Start-up work that needs none of the app's code, done as soon as the main thread is idle while
 * the page still waits for that code (called by open-early.ts) instead of on the way to the first
 * paint:
 * - ICU reads its data on the page's first number format (45–155 ms in a relaunched Chromium); MUI's
 *   table pagination makes one while its module is evaluated, just before the grid's first render.
 * - The UI font (Arimo 400 and 700, Latin) is otherwise fetched only when the first text needs it,
 *   which made it arrive beside the first paint and lay the page out a second time.
 */
export function warmUpWhenIdle(win: Window = window): void {
  win.requestIdleCallback(() => {
    new Intl.NumberFormat('id-ID').format(0);
    for (const weight of [400, 700])
      win.document.fonts.load(`${weight} 1em Arimo`).catch(() => undefined);
  });
}
