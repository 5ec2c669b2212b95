import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundleCheck } from '../../../../electron/cli/bundle-check';
import { makeBundleBytes, makeBundleData } from '../../../support/factories/bundle';
import { testFilePath } from '../../../support/temp-file';

const corpus = join(__dirname, '../../../fixtures/hostile-bundles');

describe('bundle:check CLI', () => {
  it('refuses a traversal bundle with exit code 1 and an Indonesian message', () => {
    const { exitCode, output } = runBundleCheck(join(corpus, 'traversal.zip'));
    expect(exitCode).toBe(1);
    expect(output.accepted).toBe(false);
    expect(output.problems[0]).toMatchObject({ code: 'path-traversal', entry: '../../evil.txt' });
    expect(output.problems[0]?.message).toMatch(/folder tujuan/);
  });

  it('accepts a valid bundle with exit code 0 and summarises it', () => {
    const file = testFilePath('bundle-cli-', 'kab.ovop', makeBundleBytes());
    const { exitCode, output } = runBundleCheck(file);
    expect(output.problems).toEqual([]);
    expect(exitCode).toBe(0);
    expect(output.summary).toMatchObject({
      formatVersion: 1,
      office: 'Dinas Perindustrian Kabupaten Contoh',
    });
    expect(readdirSync(dirname(file))).toEqual(['kab.ovop']);
  });

  it('refuses a bundle with a bad letter row exactly as the import does, in Indonesian', () => {
    const file = testFilePath('bundle-cli-', 'surat.ovop');
    const badLetter = {
      id: 'surat-1',
      roundId: 'periode-1',
      officeId: 'kantor',
      year: 2026,
      status: 'final',
      createdAt: 'x',
      updatedAt: 'x',
    };
    writeFileSync(file, makeBundleBytes(makeBundleData({ letters: [badLetter] }), []));
    const { exitCode, output } = runBundleCheck(file);
    expect(exitCode).toBe(1);
    expect(output.accepted).toBe(false);
    expect(output.problems[0]).toMatchObject({
      code: 'data-invalid',
      message: 'Surat baris 1: isian "tanggal" tidak ada.',
    });
    expect(JSON.stringify(output.problems)).not.toMatch(/Invalid|expected|Unrecognized/);
  });

  it('reports a missing file with exit code 2', () => {
    const { exitCode, output } = runBundleCheck('/nonexistent/x.ovop');
    expect(exitCode).toBe(2);
    expect(output.problems[0]?.message).toMatch(/tidak ditemukan/);
  });

  it('runs as `npm run bundle:check` and prints parseable JSON', () => {
    let stdout: string;
    let status = 0;
    try {
      stdout = execFileSync(
        'npx',
        ['tsx', 'electron/cli/bundle-check.ts', join(corpus, 'bomb.zip')],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
      );
    } catch (error) {
      const e = error as { stdout: string; status: number };
      stdout = e.stdout;
      status = e.status;
    }
    expect(status).toBe(1);
    const parsed = JSON.parse(stdout) as {
      accepted: boolean;
      problems: { code: string }[];
      summary: object;
    };
    expect(parsed.accepted).toBe(false);
    expect(parsed.problems.map((p) => p.code)).toEqual(['ratio-too-high']);
  });
});
