import { beforeEach, describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn(() => Promise.resolve());
vi.mock('electron', () => ({ shell: { openExternal } }));

const { guardSession, guardWebContents } = await import('../../../../electron/main/security');
const { isAllowedExternalUrl } = await import('../../../../electron/main/external-links');

type Handler = (...args: unknown[]) => unknown;

/** A WebContents stand-in recording the listeners the guards install. */
function fakeContents() {
  const on = new Map<string, Handler>();
  let openHandler: Handler | undefined;
  const contents = {
    on: (name: string, handler: Handler) => on.set(name, handler),
    setWindowOpenHandler: (handler: Handler) => {
      openHandler = handler;
    },
    getURL: () => 'app://ovop/index.html',
  };
  return { contents, on, open: (url: string) => openHandler?.({ url }) };
}

function navigationEvent(url = '', isMainFrame = true) {
  return { url, isMainFrame, preventDefault: vi.fn() };
}

describe('web contents guards', () => {
  beforeEach(() => openExternal.mockClear());

  it('blocks navigation away from the app origin and allows in-app pages', () => {
    const { contents, on } = fakeContents();
    guardWebContents(contents as never);
    const willNavigate = on.get('will-navigate');
    const away = navigationEvent();
    willNavigate?.(away, 'https://evil.example/phish');
    expect(away.preventDefault).toHaveBeenCalled();
    const fileUrl = navigationEvent();
    willNavigate?.(fileUrl, 'file:///etc/passwd');
    expect(fileUrl.preventDefault).toHaveBeenCalled();
    const inside = navigationEvent();
    willNavigate?.(inside, 'app://ovop/index.html#/ikm');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const redirect = navigationEvent();
    on.get('will-redirect')?.(redirect, 'http://127.0.0.1:8080/');
    expect(redirect.preventDefault).toHaveBeenCalled();
  });

  it('blocks sub-frames from foreign pages but lets PDF previews show app blob: URLs', () => {
    const { contents, on } = fakeContents();
    guardWebContents(contents as never);
    const foreign = navigationEvent('https://evil.example/', false);
    on.get('will-frame-navigate')?.(foreign);
    expect(foreign.preventDefault).toHaveBeenCalled();
    const preview = navigationEvent('blob:app://ovop/1b4e28ba-2fa1-11d2-883f-0016d3cca427', false);
    on.get('will-frame-navigate')?.(preview);
    expect(preview.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every window.open, opening only allow-listed https links in the system browser', () => {
    const { contents, open } = fakeContents();
    guardWebContents(contents as never);
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(open('app://ovop/index.html')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(open('https://kemenperin.go.id/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://kemenperin.go.id/');
  });

  it('refuses to attach webviews', () => {
    const { contents, on } = fakeContents();
    guardWebContents(contents as never);
    const event = navigationEvent();
    on.get('will-attach-webview')?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('external link allow-list', () => {
  it.each([
    'http://kemenperin.go.id/',
    'https://kemenperin.go.id.evil.example/',
    'https://evilkemenperin.go.id/',
    'https://user:pw@kemenperin.go.id/',
    'https://kemenperin.go.id:8443/',
    'javascript:alert(1)',
    'file:///C:/Windows/system32/calc.exe',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('accepts https on an allow-listed domain or its subdomain', () => {
    expect(isAllowedExternalUrl('https://www.kemenperin.go.id/berita')).toBe(true);
    expect(isAllowedExternalUrl('https://opendatacommons.org/licenses/odbl/1-0/')).toBe(true);
  });
});

describe('session permission guards', () => {
  function guarded() {
    const handlers: { request?: Handler; check?: Handler; device?: Handler } = {};
    const session = {
      setPermissionRequestHandler: (h: Handler) => (handlers.request = h),
      setPermissionCheckHandler: (h: Handler) => (handlers.check = h),
      setDevicePermissionHandler: (h: Handler) => (handlers.device = h),
    };
    guardSession(session as never);
    return handlers;
  }

  function request(
    handler: Handler | undefined,
    permission: string,
    url: string,
  ): boolean | undefined {
    let answer: boolean | undefined;
    handler?.({ getURL: () => url }, permission, (granted: boolean) => (answer = granted), {
      requestingUrl: url,
    });
    return answer;
  }

  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'usb'])(
    'denies %s even to the app itself',
    (permission) => {
      const handlers = guarded();
      expect(request(handlers.request, permission, 'app://ovop/index.html')).toBe(false);
      expect(handlers.check?.(null, permission, 'app://ovop', {})).toBe(false);
    },
  );

  it('allows writing to the clipboard only from the app origin', () => {
    const handlers = guarded();
    expect(request(handlers.request, 'clipboard-sanitized-write', 'app://ovop/index.html')).toBe(
      true,
    );
    expect(request(handlers.request, 'clipboard-sanitized-write', 'https://evil.example/')).toBe(
      false,
    );
    expect(handlers.device?.({})).toBe(false);
  });

  it('lets only the app origin keep its storage persistent (never evicted on a full disk)', () => {
    const handlers = guarded();
    expect(request(handlers.request, 'persistent-storage', 'app://ovop/index.html')).toBe(true);
    expect(handlers.check?.(null, 'persistent-storage', 'app://ovop', {})).toBe(true);
    expect(request(handlers.request, 'persistent-storage', 'https://evil.example/')).toBe(false);
    expect(handlers.check?.(null, 'persistent-storage', 'file://', {})).toBe(false);
  });
});
