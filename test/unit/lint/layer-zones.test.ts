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
    // Each database import breaks two rules: it opens the database and reaches inside db/.
    expect(messages).toHaveLength(5);
    expect(messages.filter((m) => m.includes('useRepositories() dari db/'))).toHaveLength(2);
    expect(messages.filter((m) => m.includes('hanya mengimpor dari db/ (index)'))).toHaveLength(2);
    expect(messages.filter((m) => m.includes('Dexie'))).toHaveLength(1);
  });

  it('refuse the same in ui/ and app/', async () => {
    expect(
      await restrictedImports('feature-opens-database.ts.txt', 'renderer/src/ui/opens-database.ts'),
    ).toHaveLength(5);
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

  it('refuse a feature or ui/ file that reaches inside db/ or makes its own repositories', async () => {
    for (const asPath of [
      'renderer/src/features/sentra/reaches-db.ts',
      'renderer/src/ui/reaches-db.ts',
    ]) {
      const messages = await restrictedImports('feature-reaches-db-internals.ts.txt', asPath);
      expect(messages, asPath).toHaveLength(4);
      expect(messages.filter((m) => m.includes("'appRepositories'"))).toHaveLength(1);
      expect(messages.filter((m) => m.includes("'sentraRepository'"))).toHaveLength(1);
      expect(messages.filter((m) => m.includes('hanya mengimpor dari db/ (index)'))).toHaveLength(
        2,
      );
    }
  });

  it('let start-up code in app/ open the register', async () => {
    expect(
      await restrictedImports(
        'feature-reaches-db-internals.ts.txt',
        'renderer/src/app/reaches-db.ts',
      ),
    ).toEqual([]);
  });

  it('let the data layer itself open the database', async () => {
    expect(
      await restrictedImports('feature-opens-database.ts.txt', 'renderer/src/db/opens-database.ts'),
    ).toEqual([]);
  });
});
