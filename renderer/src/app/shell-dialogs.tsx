import { lazy, Suspense, useState, type ComponentProps } from 'react';

// The frame's dialogs load with their first opening, not with the app: their code (Dialog, Modal,
// the text field) stays out of the first paint's scripts, and their first render out of its task.
const AboutDialogCode = lazy(() =>
  import('./AboutDialog').then((module) => ({ default: module.AboutDialog })),
);
const UserNameDialogCode = lazy(() =>
  import('../ui/UserNameDialog').then((module) => ({ default: module.UserNameDialog })),
);

/** True from the first render where `open` is true on; a dialog once shown stays mounted (its exit). */
function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}

export function AboutDialog(props: ComponentProps<typeof AboutDialogCode>) {
  const opened = useOpenedOnce(props.open);
  return opened ? (
    <Suspense fallback={null}>
      <AboutDialogCode {...props} />
    </Suspense>
  ) : null;
}

export function UserNameDialog(props: ComponentProps<typeof UserNameDialogCode>) {
  const opened = useOpenedOnce(props.open);
  return opened ? (
    <Suspense fallback={null}>
      <UserNameDialogCode {...props} />
    </Suspense>
  ) : null;
}
