import type { PaperSize } from '../../print-options';
import type { HandlerMap } from '../handler-map';

interface AppInfoSource {
  readonly name: string;
  readonly version: string;
  readonly versions: {
    readonly electron?: string;
    readonly chrome?: string;
    readonly node?: string;
  };
  readonly platform: string;
}

export interface AppDeps<S> {
  readonly info: () => AppInfoSource;
  /** Prints the sender's page with the system dialog (on `paper` when given); resolves whether it was printed. */
  readonly print: (sender: S, paper?: PaperSize) => Promise<boolean>;
}

export function appHandlers<S>(
  deps: AppDeps<S>,
): Pick<HandlerMap<S>, 'app:get-info' | 'app:print-page'> {
  return {
    'app:get-info': () => {
      const info = deps.info();
      return {
        name: info.name,
        version: info.version,
        electron: info.versions.electron ?? '',
        chrome: info.versions.chrome ?? '',
        node: info.versions.node ?? '',
        platform: info.platform,
      };
    },
    'app:print-page': async (request, { sender }) => ({
      printed: await deps.print(sender, request.pageSize),
    }),
  };
}
