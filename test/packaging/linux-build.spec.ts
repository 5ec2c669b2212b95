import { listPackage } from '@electron/asar';
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Arch, Platform, build } from 'electron-builder';
import type { AfterPackContext, LinuxPackager } from 'app-builder-lib';
import { LinuxTargetHelper } from 'app-builder-lib/out/targets/LinuxTargetHelper';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeStandInElectron } from './stand-in-electron';
import { DOWNLOAD_TARGETS, githubUnreachable } from './download-probe';

/**
 * `npm run dist` for real, on the Linux targets that build without downloads: the unpacked app
 * (`dir`), `tar.gz` and `zip`, from a stand-in Electron distribution. The AppImage, deb and NSIS
 * targets need toolsets from GitHub; they are listed as skipped with the reason.
 */
const root = process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  homepage?: string;
  author?: { name: string; email: string };
};
const yml = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
  deb: { maintainer: string };
};
const electronVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** Fuse wire states as @electron/fuses writes them: the characters '0' and '1'. */
const FuseState = { DISABLE: 0x30, ENABLE: 0x31 } as const;

const work = mkdtempSync(join(tmpdir(), 'ovop-dist-'));
const out = join(work, 'release');
const unpacked = join(out, 'linux-unpacked');
let desktopEntry = '';
let iconSizes: number[] = [];
let artifacts: string[] = [];

async function describeDesktopIntegration(context: AfterPackContext): Promise<void> {
  const packager = context.packager as LinuxPackager;
  const helper = new LinuxTargetHelper(packager);
  desktopEntry = await helper.computeDesktopEntry({
    ...packager.platformSpecificBuildOptions,
    ...packager.config.deb,
  });
  iconSizes = (await helper.icons).map((icon) => icon.size);
}

beforeAll(async () => {
  if (!existsSync('dist/renderer/index.html') || !existsSync('dist-electron/main/index.cjs')) {
    const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('Build gagal: paket tidak dapat dibuat.');
  }
  const electronDist = join(work, 'electron-dist');
  writeStandInElectron(electronDist, electronVersion);
  process.env.ELECTRON_BUILDER_7ZIP_PATH ??= '/usr/bin/7za';
  artifacts = await build({
    targets: Platform.LINUX.createTarget(['dir', 'tar.gz', 'zip'], Arch.x64),
    publish: 'never',
    config: {
      electronDist,
      directories: { output: out },
      afterPack: describeDesktopIntegration,
      // @electron/rebuild has nothing to do (no native modules) and would only search node_modules.
      npmRebuild: false,
    },
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('Linux build (dir, tar.gz, zip)', () => {
  it('names the archives after the package and version', () => {
    const names = artifacts
      .map((file) => file.slice(out.length + 1))
      .filter((n) => !n.endsWith('.blockmap'));
    expect(names.sort()).toEqual([
      `ovop-desk-${pkg.version}.tar.gz`,
      `ovop-desk-${pkg.version}.zip`,
    ]);
  });

  it('packs only the built app into app.asar: no sources, maps or node_modules', () => {
    const entries = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map(
      (e) => e.replaceAll('\\', '/'),
    );
    for (const needed of [
      '/package.json',
      '/dist/renderer/index.html',
      '/dist-electron/main/index.cjs',
      '/dist-electron/preload/index.cjs',
    ]) {
      expect(entries).toContain(needed);
    }
    expect(entries.filter((e) => e.endsWith('.map'))).toEqual([]);
    expect(
      entries.filter((e) => /^\/(node_modules|electron|renderer|shared|test)\//.test(e)),
    ).toEqual([]);
    expect(entries.filter((e) => /\.tsx?$/.test(e))).toEqual([]);
  });

  it('names the executable ovop-desk and flips the security fuses in it', async () => {
    expect(readdirSync(unpacked)).toContain('ovop-desk');
    const wire = await getCurrentFuseWire(join(unpacked, 'ovop-desk'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
  });

  it('puts the unpacked app in the tar.gz under one versioned folder', () => {
    const listing = spawnSync('tar', ['-tzf', join(out, `ovop-desk-${pkg.version}.tar.gz`)], {
      encoding: 'utf8',
    });
    expect(listing.status).toBe(0);
    const files = listing.stdout.split('\n').filter(Boolean);
    expect(files).toContain(`ovop-desk-${pkg.version}/resources/app.asar`);
    expect(files).toContain(`ovop-desk-${pkg.version}/ovop-desk`);
  });

  it('writes a desktop entry that starts the sandboxed app from the Office menu', () => {
    const lines = desktopEntry.split('\n');
    expect(lines).toContain('Name=OVOP Desk');
    expect(lines).toContain('Icon=ovop-desk');
    expect(lines).toContain('StartupWMClass=ovop-desk');
    expect(lines).toContain('Categories=Office;');
    expect(lines).toContain('Exec="/opt/OVOP Desk/ovop-desk" %U');
    expect(desktopEntry).not.toMatch(/--no-sandbox/);
  });

  it('makes icons up to 256 px from build/icon.png', () => {
    expect(iconSizes.length).toBeGreaterThan(0);
    expect(Math.max(...iconSizes)).toBeGreaterThanOrEqual(256);
  });

  it('names a real maintainer and homepage for the deb', () => {
    expect(yml.deb.maintainer).toBe(`${pkg.author?.name} <${pkg.author?.email}>`);
    expect(yml.deb.maintainer).not.toMatch(/example\./);
    expect(pkg.homepage).toMatch(/^https:\/\//);
  });
});

const offline = await githubUnreachable();

describe('targets that need toolsets from GitHub', () => {
  if (offline) {
    for (const target of DOWNLOAD_TARGETS) {
      const reason = `needs ${target.toolset} from github.com, which is unreachable here (${offline})`;
      console.log(`DILEWATI ${target.name}: ${reason}`);
      it.skip(`${target.name}: ${reason}`, () => undefined);
    }
    return;
  }
  it('builds the AppImage and a deb with the maintainer and the AppArmor profile', async () => {
    const built = await build({
      targets: Platform.LINUX.createTarget(['AppImage', 'deb'], Arch.x64),
      publish: 'never',
      config: { directories: { output: join(work, 'release-linux') }, npmRebuild: false },
    });
    const deb = built.find((file) => file.endsWith('.deb'));
    expect(built.some((file) => file.endsWith('.AppImage'))).toBe(true);
    expect(deb).toBeDefined();
    const field = spawnSync('dpkg-deb', ['-f', deb ?? '', 'Maintainer'], { encoding: 'utf8' });
    expect(field.stdout.trim()).toBe(yml.deb.maintainer);
    const contents = spawnSync('dpkg-deb', ['-c', deb ?? ''], { encoding: 'utf8' });
    expect(contents.stdout).toMatch(/apparmor-profile/);
  }, 600_000);
  it('builds the per-user and per-machine NSIS installer', async () => {
    const built = await build({
      targets: Platform.WINDOWS.createTarget(['nsis'], Arch.x64),
      publish: 'never',
      config: { directories: { output: join(work, 'release-win') }, npmRebuild: false },
    });
    expect(built.some((file) => file.endsWith(`OVOP Desk Setup ${pkg.version}.exe`))).toBe(true);
  }, 600_000);
});
