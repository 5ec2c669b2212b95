import { useState } from 'react';

/**
 * True from the first render where `open` is true on. A dialog or notice mounted by it stays
 * mounted once shown, so that it closes with its exit transition instead of vanishing.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
