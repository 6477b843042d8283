import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage } from '../pages/options-page';
import { PopupPage } from '../pages/popup-page';
import { rm } from 'node:fs/promises';
import { launchExtension, type LaunchedExtension } from '../support/extension';
import { builtCopyInFrench } from '../support/french-copy';
import { readDatabase } from '../support/read-database';
import { SHARED_DIR } from '../../support/fixtures';
import { startGitHubServer, type GitHubServer } from '../../support/github-server';

const FOLDER = 'jobs';
const PYTHONJOBS = join(SHARED_DIR, 'fixtures/pythonjobs+jobs-jobs');
const BETA = join(SHARED_DIR, 'fixtures/beta.gouv.fr-jobs');
const HTML_POSTING = 'Python_developer_Headforwards_Cornwall.html';
// beta.gouv.fr's folder holds a posting with no extension; its names use dots as separators.
const BARE_POSTING = '2021-05-27-developpeur.se.full.stack.-.python.django';
const MD_POSTING = '2022-01-07-PM-incubateur.md';

/** What a French-speaking seeker reads on the source, file by file. */
const SKIPPED_IN_FRENCH: Record<string, string> = {
  'README.md': 'fichier README',
  '_template.md': 'modèle d’offre',
  'index.html': 'page d’index',
  'a-propos.html': 'ne commence pas par un en-tête YAML',
  '2030-01-01-brouillon.md': 'brouillon non publié',
  'photo-equipe.png': 'format qui ne contient pas d’offre',
  'zz-copie-identique.md': `copie identique de ${FOLDER}/${MD_POSTING}`,
};

describe('journey: a folder of .html, extension-less and Markdown postings beside files that are not postings (in French)', () => {
  let server: GitHubServer;
  let extension: LaunchedExtension;
  let options: OptionsPage;
  let sourceUrl: string;
  let frenchCopy: string;

  beforeAll(async () => {
    server = await startGitHubServer();
    const repo = server.repo('pythonjobs', 'jobs', 'main');
    repo.setFile(`${FOLDER}/${HTML_POSTING}`, readFileSync(join(PYTHONJOBS, HTML_POSTING)));
    repo.setFile(`${FOLDER}/${BARE_POSTING}`, readFileSync(join(BETA, `${BARE_POSTING}.md`)));
    repo.setFile(`${FOLDER}/${MD_POSTING}`, readFileSync(join(BETA, MD_POSTING)));
    repo.setFile(`${FOLDER}/zz-copie-identique.md`, readFileSync(join(BETA, MD_POSTING)));
    repo.setFile(`${FOLDER}/README.md`, '# Nos offres\n\nUn fichier par offre.\n');
    repo.setFile(`${FOLDER}/_template.md`, '---\ntitle: Intitulé du poste\nopen: true\n---\n\nDécrire le poste.\n');
    repo.setFile(`${FOLDER}/index.html`, '<!doctype html><html><body><h1>Offres</h1></body></html>');
    repo.setFile(`${FOLDER}/a-propos.html`, '<!doctype html><html><body><h1>À propos</h1></body></html>');
    repo.setFile(`${FOLDER}/2030-01-01-brouillon.md`, '---\ntitle: Développeuse Rust\nopen: true\ndraft: true\n---\n\nPas encore publiée.\n');
    repo.setFile(`${FOLDER}/photo-equipe.png`, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    sourceUrl = server.apiUrl('pythonjobs', 'jobs', FOLDER, 'main');
    frenchCopy = await builtCopyInFrench();
    extension = await launchExtension({ extensionDir: frenchCopy });
    options = await OptionsPage.open(extension);
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
    if (frenchCopy) await rm(frenchCopy, { recursive: true, force: true });
  });

  it('stores the three postings, each once, and nothing else', async () => {
    await options.addSource(sourceUrl);
    await options.waitForStatus(sourceUrl, 'ok', 60_000);
    expect(await options.count(sourceUrl)).toBe(3);
    const { offers } = await readDatabase(options.page, ['offers']);
    expect(offers.map((offer) => offer.path).sort()).toEqual([`${FOLDER}/${BARE_POSTING}`, `${FOLDER}/${MD_POSTING}`, `${FOLDER}/${HTML_POSTING}`].sort());
  });

  it('explains on the source, in French, why each other file was left out', async () => {
    const skipped = options.source(sourceUrl).locator('[data-testid="source-skipped"]');
    await expect.poll(() => skipped.locator('summary').textContent()).toContain('7 fichiers ignorés');
    await skipped.locator('summary').click();
    const items = await skipped.locator('li').allTextContents();
    expect(items).toHaveLength(7);
    for (const [name, reason] of Object.entries(SKIPPED_IN_FRENCH)) {
      expect(items.find((item) => item.includes(`${FOLDER}/${name}`)), name).toContain(reason);
    }
    await expect(options.source(sourceUrl).locator('[data-testid="source-problems"]').count()).resolves.toBe(0);
  });

  it('shows the .html and the extension-less postings whole in the popup', async () => {
    const popup = await PopupPage.open(extension);
    // These real postings are closed today: show every posting, not only the open ones.
    await popup.setFilter('open-only', false);
    const titles = await popup.waitForTitles((shown) => shown.length === 3, 'the three postings in the popup');
    expect(titles.some((title) => title.includes('Python Developer'))).toBe(true);
    const html = await popup.open('Python Developer Job');
    // The last line of the file's body: the posting was read to its end.
    await expect.poll(() => html.textContent()).toContain('Headforwards will have the right to hire that applicant without paying any fee');
    await popup.back();
    const bare = await popup.open('Full Stack - Python Django');
    await expect.poll(() => bare.textContent()).toContain('ce qui te motive à bosser sur le développement de Dora');
  });
});
