import { describe, expect, it } from 'vitest';
import { codeCacheUseOf } from '../../bench/browser/code-cache-use';
import { desktopFeatureSwitch } from '../../bench/browser/desktop-switches';

describe('desktopFeatureSwitch', () => {
  it("adds the desktop's features to the launcher's last --disable-features list", () => {
    expect(
      desktopFeatureSwitch(['--headless', '--disable-features=A,B', '--disable-features=C,D']),
    ).toBe('--disable-features=C,D,BackgroundResourceFetch');
  });

  it('stands alone when the launcher turns nothing off', () => {
    expect(desktopFeatureSwitch(['--headless'])).toBe('--disable-features=BackgroundResourceFetch');
  });
});

describe('codeCacheUseOf', () => {
  const assets = 'http://127.0.0.1:5179/assets/';
  const compile = (name: string, file: string, consumedCacheSize?: number) => ({
    name,
    args: {
      data: { url: `${assets}${file}`, ...(consumedCacheSize ? { consumedCacheSize } : {}) },
    },
  });
  const sizes = new Map([
    [`${assets}libs.js`, 900 * 1024],
    [`${assets}page.js`, 100 * 1024],
    [`${assets}tiny.js`, 512],
  ]);

  it('counts the scripts compiled from their code cache, by number and by size', () => {
    const events = [
      compile('v8.compileModule', 'libs.js', 650_000),
      compile('v8.compileModule', 'page.js'),
      compile('v8.compile', 'tiny.js'),
      compile('v8.compileModule', 'unsized.js', 1),
      { name: 'v8.compileModule', args: { data: { url: 'http://x/assets/elsewhere.js' } } },
      { name: 'v8.produceModuleCache', args: { data: { url: `${assets}page.js` } } },
    ];
    expect(codeCacheUseOf(events, assets, sizes)).toEqual({
      scripts: 4,
      fromCache: 2,
      scriptKiB: 1001,
      fromCacheKiB: 900,
    });
  });

  it('finds nothing from the cache when every script was parsed afresh', () => {
    const events = [compile('v8.compileModule', 'libs.js'), compile('v8.compileModule', 'page.js')];
    expect(codeCacheUseOf(events, assets, sizes)).toMatchObject({ scripts: 2, fromCache: 0 });
  });
});
