import { usePrintTarget } from './print-target';

/** Makes Ctrl+P, the Cetak menu item and the top bar's print button run `onPrint` on this page. */
export function PrintTarget({ onPrint }: { onPrint: () => void | Promise<void> }) {
  usePrintTarget(onPrint);
  return null;
}
