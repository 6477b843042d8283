import { request, type PageCommand, type Send } from '../messaging/protocol';
import { countedPainter, skillNamesOf } from '../page/counted-on-page';
import { findSkillRanges } from '../page/find-skill-ranges';
import { firstVisibleText } from '../page/first-visible-text';
import type { JobPosting } from '../page/job-posting';
import type { PageContext } from '../page/page-context';
import { createHighlightPainter, type HighlightPainter } from '../page/paint-highlights';
import { ONE_PASS, paintInSlices } from '../page/paint-in-slices';
import { readJobPostings } from '../page/read-job-posting';
import { readPageUrl } from '../page/read-page-url';
import { watchMutations, type MutationWatch } from '../page/watch-mutations';
import { matcherOfTrie } from '../skills/create-skill-matcher';
import { unpackSkillTrie } from '../skills/packed-trie';
import type { CreatePagePanel, PagePanel, PanelState } from './page-panel-model';

/**
 * What the session needs of the content script's lifetime (WXT's ContentScriptContext): timers
 * that stop when the script is invalidated (extension reloaded or updated), and whether it is.
 */
export interface PageLifetime {
  readonly isInvalid: boolean;
  setTimeout(handler: () => void, timeout?: number): number;
  requestAnimationFrame(callback: FrameRequestCallback): number;
}

export interface PageSession {
  /** `asked`: the user asked for Vigie on this page (menu, shortcut, popup): on a page of no single posting it says so. */
  start(asked: boolean): Promise<void>;
  handle(command: PageCommand): Promise<void>;
  /** After an in-page navigation (SPA): the new URL is another page. */
  restart(): Promise<void>;
  stop(): void;
}

interface Active {
  painter: HighlightPainter;
  watch: MutationWatch;
  panel: PagePanel;
  state: PanelState;
}

/**
 * Vigie on one web page: asks the worker what it knows of the page, paints the skills, shows
 * the panel and saves. By itself it opens on a page of one posting only (lib/page/page-kind.ts);
 * asked elsewhere, its panel says it found no single posting. It paints the user's skills, the
 * posting's others only when the user turned them on, and nothing the posting reading does not
 * count (lib/page/counted-on-page.ts, lib/page/painted-skills.ts). Everything it starts goes through `ctx`, or is undone by `stop`.
 * The panel is drawn by `createPanel` (components/page-panel/), given by the content script.
 */
export function createPageSession(ctx: PageLifetime, send: Send, createPanel: CreatePagePanel, doc: Document = document): PageSession {
  let active: Active | undefined;
  let posting: JobPosting | undefined;
  let asked = false;
  let starting: Promise<void> | undefined;

  async function start(askedNow: boolean): Promise<void> {
    asked ||= askedNow;
    if (active) return;
    starting ??= load().finally(() => (starting = undefined));
    await starting;
  }

  async function load(): Promise<void> {
    const declared = readJobPostings(doc);
    posting = declared.length === 1 ? declared[0] : undefined;
    const context = await request(send, 'getPageContext', { url: readPageUrl(doc), posting, declared: declared.length });
    if (ctx.isInvalid || active) return;
    // On the sites the user opted into, the panel opens by itself on a page of one posting, and not where it was hidden.
    if (!asked && (context.hidden || context.kind !== 'posting')) return;
    activate(context);
  }

  function activate(context: PageContext): void {
    const matcher = matcherOfTrie(unpackSkillTrie(context.trie));
    // A posting's page paints what its card counts; a page of none, the user's skills wherever they are.
    const painted = context.offer?.painted;
    const mine = new Set(painted ? painted.held : context.mySkills);
    const isMine = (skill: string) => mine.has(skill);
    const others = new Set(context.otherSkills ? (painted?.missing ?? []) : []);
    const painter = countedPainter(createHighlightPainter(doc), skillNamesOf(matcher), (range) => range.kind === 'match' || others.has(range.skill), new Set(context.offer?.asideTexts));
    // The fallback's wrappers are DOM changes of Vigie's own: the watcher must not take them for the page's.
    const forgetOwnChanges = () => {
      if (painter.mode === 'elements') watch.discardPending();
    };
    const watch = watchMutations(doc, (roots) => {
      painter.forget(roots);
      for (const root of roots) painter.paint(findSkillRanges(root, matcher, isMine).ranges);
      forgetOwnChanges();
    }, (run, delay) => ctx.setTimeout(run, delay));
    const panel = createPanel(doc, { save: () => void save(), hideOnSite: () => void hideOnSite(), close: stop, fold }, context.folded);
    const session: Active = { painter, watch, panel, state: { kind: context.kind, listed: context.listed, offer: context.offer, saving: false, failed: false } };
    active = session;
    render(session);
    // The page as it is now, in tasks of a few slices; what it adds meanwhile, the watcher scans.
    void paintInSlices(doc, {
      matcher,
      isMine,
      painter,
      longest: context.trie.longest,
      yieldToPage: () => new Promise((resolve) => ctx.setTimeout(resolve, 0)),
      // A hidden tab has no frames: it reads on, a task at a time.
      yieldToFrame: () => new Promise((resolve) => {
        if (doc.visibilityState === 'hidden') ctx.setTimeout(resolve, 0);
        else ctx.requestAnimationFrame(() => ctx.setTimeout(resolve, 0));
      }),
      // Wrapping elements cut text nodes that later slices point into: the fallback paints in one pass.
      sliceLengths: painter.mode === 'highlights' ? undefined : ONE_PASS,
      // Where the user is reading first; the fallback paints in one pass anyway.
      startAt: painter.mode === 'highlights' ? firstVisibleText(doc) : undefined,
      isCancelled: () => active !== session || ctx.isInvalid,
      onSlice: forgetOwnChanges,
    });
  }

  function render(session: Active): void {
    session.panel.update(session.state);
  }

  async function save(): Promise<void> {
    const session = active;
    // Only a page of one posting is saved: a list page's panel says so instead.
    if (!session || session.state.saving || session.state.kind !== 'posting') return;
    session.state = { ...session.state, saving: true, failed: false };
    render(session);
    try {
      const result = await request(send, 'saveFromPage', { url: readPageUrl(doc), posting });
      session.state = { ...session.state, offer: result.ok ? result.offer : session.state.offer, saving: false, failed: !result.ok };
    } catch {
      session.state = { ...session.state, saving: false, failed: true };
    }
    if (active === session) render(session);
  }

  async function hideOnSite(): Promise<void> {
    await request(send, 'hidePanelOnSite', {});
    stop();
  }

  function fold(folded: boolean): void {
    void request(send, 'setPanelFolded', { folded }).catch(() => undefined);
  }

  function stop(): void {
    if (!active) return;
    active.watch.stop();
    active.painter.clear();
    active.panel.destroy();
    active = undefined;
  }

  return {
    start,
    async handle(command) {
      if (command.type === 'vigie:ping') return;
      await start(true);
      if (command.type === 'vigie:save') await save();
      active?.panel.reveal();
    },
    async restart() {
      stop();
      // The user asked for Vigie on the page before: the new page opens it by itself only if it is one posting.
      asked = false;
      await start(false);
    },
    stop,
  };
}
