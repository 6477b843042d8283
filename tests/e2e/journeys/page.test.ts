import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage } from '../pages/options-page';
import { PagePanel, type AXNode } from '../pages/page-panel';
import { PopupPage } from '../pages/popup-page';
import { showVigieOn } from '../support/active-tab';
import { launchExtension, type LaunchedExtension } from '../support/extension';
import { startGitHubServer, type GitHubServer } from '../../support/github-server';
import { startPostingSite, type PostingSite } from '../support/posting-site';
import { sendMessage } from '../support/send-message';
import { waitFor } from '../../support/wait-for';

const MY_SKILLS = ['Python', 'Docker', 'Rust'];
/** One of the user's skills that no page below mentions: nothing the pages can read may name it. */
const ABSENT_SKILL = 'Rust';
const BODY = 'Nous cherchons une développeuse ou un développeur Python. Stack : Django, PostgreSQL et Docker. Déploiement sur nos serveurs.';

function postingFile(pageUrl: string): string {
  return `---\ntitle: Développeuse ou développeur Python\nexternal_url: ${pageUrl}\nopen: true\n---\n\n## La mission\n\n${BODY}\n`;
}

function postingPage(): string {
  return `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Offre</title>
<main><h1>Développeuse ou développeur Python</h1><h2>La mission</h2><p>${BODY.replace('Django', '<b>Django</b>')}</p>
<pre><code>pip install rust-lang</code></pre><textarea>Kubernetes</textarea></main>`;
}

const JOB_POSTING = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Ingénieure data',
  hiringOrganization: { '@type': 'Organization', name: 'Autre Coop' },
  employmentType: 'CONTRACTOR',
  jobLocationType: 'TELECOMMUTE',
  datePosted: '2024-03-01',
  description: '<p>Python, Airflow et PostgreSQL.</p>',
};

function jsonLdPage(): string {
  return `<!doctype html><meta charset="utf-8"><title>Job board</title>
<script type="application/ld+json">${JSON.stringify({ '@graph': [{ '@type': 'WebSite' }, JOB_POSTING] })}</script>
<h1>Ingénieure data</h1><p>Python, Airflow et PostgreSQL.</p>`;
}

/** A real beta.gouv.fr posting (DomiFa's), open, whose "Le Contexte : La Fabrique Numérique" section names Docker, Git, SRE… */
const DOMIFA = readFileSync(new URL('../../../../shared/fixtures/beta.gouv.fr-jobs/2022-09-25-domifa-developpeur-fullstack.md', import.meta.url), 'utf8').replace('open: false', 'open: true');

/** Another site's page of that posting, declaring its text as HTML in JSON-LD, as the seeker found it. */
function domifaPage(): string {
  const description = marked.parse(DOMIFA.split(/^---$/m).slice(2).join('---')) as string;
  const posting = { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Développeuse ou développeur fullstack — DomiFa', description };
  return `<!doctype html><html lang="fr"><meta charset="utf-8"><title>DomiFa recrute</title>
<script type="application/ld+json">${JSON.stringify(posting).replaceAll('</', '<\\/')}</script><main><h1>${posting.title}</h1>${description}</main>`;
}

/**
 * A page that tries to learn the user's skills: it patches the DOM APIs before Vigie runs, defines
 * its own <vigie-panel>, listens to messages, then reads whatever it can reach.
 */
function hostilePage(): string {
  return `<!doctype html><meta charset="utf-8"><title>Curious</title>
<script>
  window.captured = { roots: [], messages: [], panels: [] };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const root = attach.call(this, init); captured.roots.push(root); return root; };
  window.addEventListener('message', (event) => captured.messages.push(JSON.stringify(event.data)));
  customElements.define('vigie-panel', class extends HTMLElement { constructor() { super(); captured.panels.push(this); } });
  window.readEverything = () => {
    const host = document.querySelector('vigie-panel');
    const selection = getSelection();
    selection.selectAllChildren(document.body);
    const selected = selection.toString();
    selection.removeAllRanges();
    const highlights = [...CSS.highlights].map(([name, highlight]) => ({
      name,
      own: Object.getOwnPropertyNames(highlight),
      texts: [...highlight].map((range) => { const r = new Range(); r.setStart(range.startContainer, range.startOffset); r.setEnd(range.endContainer, range.endOffset); return r.toString(); }),
    }));
    return {
      hostFound: host !== null,
      shadowRoot: host && host.shadowRoot,
      hostAttributes: host ? host.getAttributeNames() : [],
      hostChildren: host ? host.childNodes.length : 0,
      hostText: host ? host.textContent + host.innerHTML : '',
      rootsCaptured: captured.roots.length,
      panelsUpgraded: captured.panels.length,
      messages: captured.messages,
      html: document.documentElement.outerHTML,
      innerText: document.body.innerText,
      selected,
      storage: JSON.stringify({ ...localStorage }) + document.cookie,
      sheets: [...document.styleSheets].map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('')).join(''),
      highlights,
    };
  };
</script>
<h1>Développeur Docker</h1><p>Docker, Kubernetes et Terraform.</p>`;
}

/** The panel's list item that holds the skill named `name`. */
function listItemOf(nodes: AXNode[], name: string): AXNode {
  const texts = new Set(nodes.filter((node) => node.role?.value === 'StaticText' && node.name?.value?.startsWith(name)).map((node) => node.nodeId));
  const item = nodes.find((node) => node.role?.value === 'listitem' && node.childIds?.some((id) => texts.has(id)));
  if (!item) throw new Error(`no list item for ${name} in the panel`);
  return item;
}

/** What CSS.highlights holds, read from the page's main world: the registry is the document's. */
function readHighlights(page: Page): Promise<{ match: string[]; missing: string[] }> {
  return page.evaluate(() => {
    const read = (name: string) => [...(CSS.highlights.get(name) ?? [])].map((range) => {
      const dom = new Range();
      dom.setStart(range.startContainer, range.startOffset);
      dom.setEnd(range.endContainer, range.endOffset);
      return dom.toString();
    });
    return { match: read('vigie-skill-match'), missing: read('vigie-skill-missing') };
  });
}

describe('journey: on posting pages, highlight skills, show the match, save while browsing', () => {
  let github: GitHubServer;
  let site: PostingSite;
  let otherSite: PostingSite;
  let extension: LaunchedExtension;
  let options: OptionsPage;
  let postingUrl: string;

  beforeAll(async () => {
    [github, site, otherSite] = await Promise.all([startGitHubServer(), startPostingSite(), startPostingSite()]);
    postingUrl = site.page('/offres/dev-python.html', postingPage());
    github.repo('coop', 'jobs', 'main').setFile('offres/dev-python.md', postingFile(postingUrl));
    github.repo('coop', 'jobs', 'main').setFile('offres/domifa.md', DOMIFA);
    extension = await launchExtension();
    options = await OptionsPage.open(extension);
    await sendMessage(options.page, { type: 'updateSettings', patch: { mySkills: MY_SKILLS } });
    const sourceUrl = github.apiUrl('coop', 'jobs', 'offres', 'main');
    await options.addSource(sourceUrl);
    await options.waitForStatus(sourceUrl, 'ok', 60_000);
  });

  afterAll(async () => {
    if (extension) console.info(extension.logs.filter((line) => /error|uncaught/i.test(line)).join('\n'));
    await extension?.close();
    await Promise.all([github?.close(), site?.close(), otherSite?.close()]);
  });

  it('highlights the skills of a known posting, readable from the page’s own world', async () => {
    const page = await extension.context.newPage();
    await page.goto(postingUrl);
    await showVigieOn(extension, page, options.page);
    const highlights = await waitFor(async () => {
      const read = await readHighlights(page);
      return read.match.length > 0 ? read : undefined;
    }, { message: 'the highlights' });
    expect(highlights.match).toEqual(['Python', 'Python', 'Docker']);
    // The posting's other skills only when the user turns them on (tests/e2e/journeys/page-panel.test.ts).
    expect(highlights.missing).toEqual([]);
    // Code and form fields are left alone.
    expect(highlights.match).not.toContain('Kubernetes');
    await page.close();
  });

  it('follows a page that changes, scanning only what it adds', async () => {
    const page = await extension.context.newPage();
    await page.goto(postingUrl);
    await showVigieOn(extension, page, options.page);
    await waitFor(async () => (await readHighlights(page)).match.length > 0, { message: 'the first highlights' });
    await page.evaluate(() => {
      const added = document.createElement('p');
      added.textContent = 'Et aussi : Terraform, Ansible, et encore Python.';
      document.querySelector('main')!.append(added);
      document.querySelector('h1')!.firstChild!.textContent = 'Développeuse Docker';
    });
    const after = await waitFor(async () => {
      const read = await readHighlights(page);
      return [...read.match].sort().join() === 'Docker,Docker,Python,Python' ? read : undefined;
    }, { message: 'the added text to be highlighted' });
    // The heading's text changed: its old range is gone, its new word is one of the user's skills; the added line's Python is painted.
    expect(after.match.sort()).toEqual(['Docker', 'Docker', 'Python', 'Python']);
    await page.close();
  });

  it('highlights a long page to its end, a slice at a time', async () => {
    const paragraphs = `<p>${BODY}</p>`.repeat(3_000);
    const page = await extension.context.newPage();
    await page.goto(otherSite.page('/long', `<!doctype html><meta charset="utf-8"><title>Long</title><main>${paragraphs}<p id="last">Pour finir : Docker.</p></main>`));
    await showVigieOn(extension, page, options.page);
    const painted = await waitFor(() => page.evaluate(() => {
      const last = document.getElementById('last')!;
      const ranges = [...CSS.highlights.get('vigie-skill-match') ?? []];
      const atTheEnd = ranges.some((range) => last.contains(range.startContainer));
      return atTheEnd ? { match: ranges.length, missing: CSS.highlights.get('vigie-skill-missing')?.size ?? 0 } : undefined;
    }), { message: 'the end of a 400,000-character page to be highlighted' });
    // Each paragraph: Python and Docker, the user's; then the last line's Docker. A page of no single posting has no "other" skills.
    expect(painted).toEqual({ match: 2 * 3_000 + 1, missing: 0 });
    await page.close();
  });

  it('reads a long page to its end when the page replaces the part being read', async () => {
    // The header holds the first slice and where reading stopped after it: the page swaps it as soon as the first highlights show.
    const header = `<header>${`<p>${BODY}</p>`.repeat(100)}</header>`;
    const swap = `<script>
      requestAnimationFrame(function wait() {
        if (!CSS.highlights.size) return requestAnimationFrame(wait);
        const fresh = document.createElement('header');
        fresh.textContent = 'Menu';
        document.querySelector('header').replaceWith(fresh);
      });
    </script>`;
    const page = await extension.context.newPage();
    await page.goto(otherSite.page('/swapping', `<!doctype html><meta charset="utf-8"><title>Swap</title>${header}<main>${`<p>${BODY}</p>`.repeat(400)}<p id="last">Pour finir : Docker.</p></main>${swap}`));
    await showVigieOn(extension, page, options.page);
    await waitFor(() => page.evaluate(() => {
      const last = document.getElementById('last')!;
      return [...CSS.highlights.get('vigie-skill-match') ?? []].some((range) => last.contains(range.startContainer)) || undefined;
    }), { message: 'the end of the page to be highlighted after the header was replaced' });
    expect(await page.evaluate(() => document.querySelector('header')!.textContent)).toBe('Menu');
    await page.close();
  });

  it('shows the match of the known posting in the panel, saying what it counts, as its popup card does, in the same colours', async () => {
    const page = await extension.context.newPage();
    await page.goto(postingUrl);
    await showVigieOn(extension, page, options.page);
    const panel = await PagePanel.of(page);
    // Python and Docker of Python, Django, PostgreSQL and Docker: "Déploiement" is a domain, not counted.
    const score = await panel.waitForText(/Correspondance : 50 % — 2 sur 4 compétences demandées|Match: 50% — 2 of 4 skills asked for/);
    await panel.waitForText(/Offre de vos sources|Posting from your sources/);
    const panelNodes = await panel.panelNodes();
    const pill = async (name: string) => (await panel.computedStyle(listItemOf(panelNodes, name).backendDOMNodeId!, ['background-color']))['background-color'];
    const [panelMine, panelOther] = [await pill('Python'), await pill('Django')];
    await page.close();

    const { popup, card, percent, count } = await cardWithMatch('Développeuse ou développeur Python', 'Développeuse ou développeur Python');
    expect(score).toContain(percent);
    expect(score).toContain(count);
    const background = (skill: string) => card.locator('.skill', { hasText: skill }).first().evaluate((element) => getComputedStyle(element).backgroundColor);
    // The seeker's skill in the same green in both, the one they lack in neither.
    expect(await background('Python')).toBe(panelMine);
    expect(panelMine).toBe('rgb(187, 247, 208)');
    expect([await background('Django'), panelOther]).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    await popup.page.close();
  });

  it('reads a page declaring a followed posting’s text by the posting reader’s rules: its panel counts what the card counts', async () => {
    const { page, panel } = await panelOfPageRead('/offres/domifa', domifaPage());
    const score = await panel.waitForText(/^(Correspondance :|Match:) \d+ ?% — /);
    await page.close();

    const { popup, percent, count } = await cardWithMatch('domifa', 'Développeur full stack');
    // The context section's Docker, one of the user's skills, counts in neither: "0 of 18 skills asked for" in both.
    expect(score).toContain(`${percent} — ${count}`);
    expect(percent).toMatch(/^0 ?%$/);
    await popup.page.close();
  });

  it('saves the known posting from the panel, into the popup’s saved offers, linked to it', async () => {
    const page = await extension.context.newPage();
    await page.goto(postingUrl);
    await showVigieOn(extension, page, options.page);
    const panel = await PagePanel.of(page);
    await panel.press('button', /Enregistrer l’offre|Save the posting/);
    await panel.waitForText(/Offre enregistrée|Posting saved/);
    const saved = await savedOffers();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.id).not.toMatch(/^page:/);
    expect(saved[0]!.title).toContain('Développeuse ou développeur Python');
    await page.close();
  });

  it('saves a JSON-LD job page of another site, as a page offer', async () => {
    const { page, panel } = await panelOfPageRead('/jobs/123', jsonLdPage());
    await panel.press('button', /Enregistrer l’offre|Save the posting/);
    await panel.waitForText(/Offre enregistrée|Posting saved/);
    const saved = await savedOffers();
    expect(saved.map((offer) => offer.title)).toEqual(expect.arrayContaining([expect.stringContaining('Ingénieure data')]));
    expect(saved.find((offer) => offer.title.includes('Ingénieure data'))!.id).toMatch(/^page:/);
    await page.close();
  });

  it('lets a curious page learn nothing of the user’s skills list or of the panel', async () => {
    const page = await extension.context.newPage();
    await page.goto(otherSite.page('/curious', hostilePage()));
    await showVigieOn(extension, page, options.page);
    const panel = await PagePanel.of(page);
    // A page of no posting: the panel says so (tests/e2e/journeys/page-panel.test.ts), and paints the user's skills.
    await panel.waitForText(/Pas d’offre seule|No single posting/);
    await waitFor(async () => (await readHighlights(page)).match.length > 0, { message: 'the user’s skills painted' });
    const seen = await page.evaluate(() => (window as unknown as { readEverything(): Record<string, unknown> }).readEverything());
    expect(seen.hostFound).toBe(true);
    expect(seen.shadowRoot).toBeNull();
    expect(seen.hostAttributes).toEqual([]);
    expect(seen.hostChildren).toBe(0);
    expect(seen.hostText).toBe('');
    expect(seen.rootsCaptured).toBe(0);
    // The page's own <vigie-panel> class did get the element (an upgrade), and still finds it empty.
    expect(seen.panelsUpgraded).toBe(1);
    expect(seen.messages).toEqual([]);
    for (const key of ['html', 'innerText', 'selected', 'storage', 'sheets'] as const) {
      expect(seen[key]).not.toContain(ABSENT_SKILL);
      expect(seen[key]).not.toMatch(/Correspondance|Match|Vos compétences|Your skills|offre seule|single posting/);
    }
    // What the page can see: two names, and ranges over its own words (the documented trade-off).
    const highlights = seen.highlights as Array<{ name: string; own: string[]; texts: string[] }>;
    expect(highlights.map((highlight) => highlight.name).sort()).toEqual(['vigie-skill-match', 'vigie-skill-missing']);
    for (const highlight of highlights) {
      expect(highlight.own).toEqual([]);
      expect(highlight.texts).not.toContain(ABSENT_SKILL);
    }
    await page.close();
  });

  it('suggests, in the options page, the skills the saved offers ask for, added in one click each', async () => {
    const page = options.page;
    await page.reload();
    const suggested = page.locator('[data-testid="suggested-skill"]');
    // Saved above: the known posting (Python, Django, PostgreSQL, Docker…) and the JSON-LD page (Python, Airflow, PostgreSQL).
    await waitFor(async () => (await suggested.count()) > 0, { message: 'suggested skills' });
    const names = await suggested.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));
    expect(names[0]).toMatch(/^(Ajouter PostgreSQL, demandée par 2|Add PostgreSQL, asked for by 2)/);
    expect(names.join(' ')).toMatch(/Django/);
    expect(names.join(' ')).not.toMatch(/Python|Docker/);
    // Two clicks a task apart, before the settings come back from the worker: both count.
    const [first, second] = await suggested.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-skill') ?? ''));
    await page.evaluate(async () => {
      const clickFirst = () => document.querySelector<HTMLButtonElement>('[data-testid="suggested-skill"]')!.click();
      clickFirst();
      await new Promise((resolve) => setTimeout(resolve, 0));
      clickFirst();
    });
    const mine = () => page.locator('[data-testid="my-skill"]').evaluateAll((chips) => chips.map((chip) => chip.firstChild?.textContent?.trim() ?? ''));
    await waitFor(async () => (await mine()).includes(second!) || undefined, { message: 'both suggestions among my skills' });
    expect(await mine()).toEqual(expect.arrayContaining(['Python', 'Docker', 'Rust', first!, second!]));
    expect(await suggested.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-skill')))).not.toEqual(expect.arrayContaining([first, second]));
    // What the options page shows is what the worker stored.
    await page.reload();
    await waitFor(async () => (await mine()).includes(second!) || undefined, { message: 'both suggestions stored' });
    expect(await mine()).toContain(first!);
  });

  /** Another site's page at `path`, Vigie shown on it, once its panel says it read the posting the page declares. */
  async function panelOfPageRead(path: string, html: string) {
    const page = await extension.context.newPage();
    await page.goto(otherSite.page(path, html));
    await showVigieOn(extension, page, options.page);
    const panel = await PagePanel.of(page);
    await panel.waitForText(/Offre lue sur la page|Posting read from the page/);
    return { page, panel };
  }

  /** The popup's card of `title`, found by `query`, and the match it states ("50 % · 2 sur 4 compétences demandées") as its figure and its count. */
  async function cardWithMatch(query: string, title: string) {
    const popup = await PopupPage.open(extension);
    await popup.search(query);
    const card = await popup.open(title);
    const stated = await card.locator('.facts div', { hasText: /Correspondance|Match/ }).locator('dd').textContent();
    const [percent, count] = stated!.split(' · ');
    return { popup, card, percent: percent!, count: count! };
  }

  async function savedOffers(): Promise<Array<{ id: string; title: string }>> {
    const popup = await extension.openPopup();
    try {
      await popup.locator('[data-testid="tab-saved"]').click();
      return await waitFor(async () => {
        const items = await popup.locator('[data-testid="saved-offer"]').evaluateAll((elements) =>
          elements.map((element) => ({ id: element.getAttribute('data-offer-id') ?? '', title: element.textContent ?? '' })));
        return items.length > 0 ? items : undefined;
      }, { message: 'saved offers in the popup' });
    } finally {
      await popup.close();
    }
  }
});
