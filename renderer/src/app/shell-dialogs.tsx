import { lazy, Suspense, type ComponentType } from 'react';
import { useOpenedOnce } from '../ui/use-opened-once';

// The frame's dialogs load with their first opening, not with the app: their code (Dialog, Modal,
// the text field) stays out of the first paint's scripts, and their first render out of its task.

/** A dialog whose code `load` fetches when it is first opened. */
function loadedWhenOpened<P extends { open: boolean }>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const Code = lazy(() => load().then((component) => ({ default: component })));
  return function DialogLoadedWhenOpened(props: P) {
    const opened = useOpenedOnce(props.open);
    return opened ? (
      <Suspense fallback={null}>
        <Code {...props} />
      </Suspense>
    ) : null;
  };
}

export const AboutDialog = loadedWhenOpened(() =>
  import('./AboutDialog').then((module) => module.AboutDialog),
);

export const UserNameDialog = loadedWhenOpened(() =>
  import('../ui/UserNameDialog').then((module) => module.UserNameDialog),
);
