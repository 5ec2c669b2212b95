// Bundles the Electron main process (ESM-free CommonJS, Node platform) and the sandboxed preload
// (which must be a single CommonJS file: sandboxed preloads cannot `require` our own modules).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  external: ['electron'],
  tsconfig: 'electron/tsconfig.json',
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['electron/main/index.ts'],
  outfile: 'dist-electron/main/index.cjs',
});
await build({
  ...common,
  entryPoints: ['electron/preload/index.ts'],
  outfile: 'dist-electron/preload/index.cjs',
});
console.log('Electron main dan preload dibangun ke dist-electron/');
