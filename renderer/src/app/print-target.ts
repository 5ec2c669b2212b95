import { useEffect, useRef } from 'react';
import { printPage } from '../platform/api';

/**
 * What "Cetak" (Ctrl+P, the menu, the top bar) prints. A page showing a document (a letter)
 * registers its own print while it is open; elsewhere the screen is printed.
 */
type PrintHandler = () => void | Promise<void>;

let current: PrintHandler | undefined;

/** Registers the open page's print; returns the function that unregisters it. */
function setPrintHandler(handler: PrintHandler): () => void {
  current = handler;
  return () => {
    if (current === handler) current = undefined;
  };
}

export async function printCurrent(): Promise<void> {
  if (current) await current();
  else await printPage();
}

/** While the calling page is mounted, "Cetak" runs `onPrint` (always its latest version). */
export function usePrintTarget(onPrint: PrintHandler): void {
  const latest = useRef(onPrint);
  useEffect(() => {
    latest.current = onPrint;
  });
  useEffect(() => setPrintHandler(() => latest.current()), []);
}
