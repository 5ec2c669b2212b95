import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint zones of eslint.config.js, run over fixture files placed (virtually) inside a feature
 * folder: a feature that opens the database or imports Dexie fails lint; one that goes through
 * useRepositories() passes.
 */
const eslint = new ESLint();

async function restrictedImports(fixture: string, asPath: string): Promise<string[]> {
  const [result] = await eslint.lintText(readFileSync(`test/fixtures/lint/${fixture}`, 'utf8'), {
    filePath: asPath,
  });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('lint zones of the renderer', { timeout: 60_000 }, () => {
  it('refuse a feature that imports the database, a migration or Dexie', async () => {
    const messages = await restrictedImports(
      'feature-opens-database.ts.txt',
      'renderer/src/features/sentra/opens-database.ts',
    );
    expect(messages).toHaveLength(3);
    expect(messages.filter((m) => m.includes('useRepositories()'))).toHaveLength(2);
    expect(messages.filter((m) => m.includes('Dexie'))).toHaveLength(1);
  });

  it('refuse the same in ui/ and app/', async () => {
    expect(
      await restrictedImports('feature-opens-database.ts.txt', 'renderer/src/ui/opens-database.ts'),
    ).toHaveLength(3);
    expect(
      await restrictedImports(
        'feature-opens-database.ts.txt',
        'renderer/src/app/opens-database.ts',
      ),
    ).toHaveLength(3);
  });

  it('accept a feature that reaches data through useRepositories()', async () => {
    expect(
      await restrictedImports(
        'feature-uses-repositories.ts.txt',
        'renderer/src/features/sentra/uses-repositories.ts',
      ),
    ).toEqual([]);
  });

  it('let the data layer itself open the database', async () => {
    expect(
      await restrictedImports('feature-opens-database.ts.txt', 'renderer/src/db/opens-database.ts'),
    ).toEqual([]);
  });
});
