import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { LetterPage } from './pages/letter-page';
import { launchApp, type AppSession } from './support/browser';
import {
  SMOKE_REQUEST_NUMBER,
  answerFirstStart,
  createRound,
  draftLetterPreview,
  fillOfficeProfile,
  openLetterRegister,
} from '../packaging/smoke-steps';
import { testFilePath } from '../support/temp-file';

/**
 * The packaged smoke test's screen path (test/packaging/packaged-smoke.spec.ts), walked in the web
 * page, so the steps stay true where no Electron binary exists to run the packaged build.
 */
describe('the packaged smoke path in web mode', () => {
  let app: AppSession | undefined;
  afterEach(async () => app?.dispose());

  it('previews a draft letter and saves its PDF, and the draft is kept across a reload', async () => {
    app = await launchApp({ userName: null });
    const { page } = app;
    await answerFirstStart(page);
    await fillOfficeProfile(page);
    await createRound(page);
    expect(await draftLetterPreview(page)).toContain(SMOKE_REQUEST_NUMBER);

    const download = await new LetterPage(page).savePdf();
    const file = testFilePath('ovop-smoke-web-', 'surat.pdf');
    await download.saveAs(file);
    expect(
      execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''),
    ).toContain(SMOKE_REQUEST_NUMBER);

    await page.reload();
    await openLetterRegister(page);
    await page.getByText('Konsep').first().waitFor();
  });
});
