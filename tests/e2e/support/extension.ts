import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { waitFor } from '../../support/wait-for';

/** Debian's package; VIGIE_CHROMIUM points elsewhere. */
export const CHROMIUM_PATH = process.env.VIGIE_CHROMIUM ?? '/usr/bin/chromium';
/** Where `npm run build` (wxt build) puts the Chrome MV3 extension; VIGIE_EXTENSION_DIR points at a copy (e.g. one build kept while the tree is rebuilt). */
export const BUILT_EXTENSION_DIR = resolve(process.env.VIGIE_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../../.output/chrome-mv3'));

export interface LaunchExtensionOptions {
  /** An unpacked extension (a folder with manifest.json); the built Vigie unless told. */
  extensionDir?: string;
  executablePath?: string;
  /** Headless unless told; headed needs a display. */
  headless?: boolean;
  /** A profile to reuse (e.g. to restart the browser on the same data); left in place on close. */
  userDataDir?: string;
  /**
   * Real host names (boards-api.greenhouse.io…) the browser resolves to a local HTTPS test server
   * on this port (tests/support/board-server.ts), its self-signed certificate accepted.
   */
  mappedHosts?: { names: readonly string[]; port: number };
  /** The browser's language (the extension's messages follow it); the machine's unless told. */
  lang?: string;
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker; the same handle survives restartWorker() in playwright-core 1.65. */
  readonly worker: Worker;
  /** Console messages and uncaught errors of the worker and pages, to print when a journey fails. */
  readonly logs: readonly string[];
  extensionUrl(path: string): string;
  /** The action popup, opened in a tab (Playwright cannot open the real popup bubble). */
  openPopup(): Promise<Page>;
  openOptions(): Promise<Page>;
  isWorkerRunning(): Promise<boolean>;
  /** Stops the worker as Chrome does after 30 s idle; the next extension event starts a fresh one. */
  stopWorker(): Promise<void>;
  /** Stops the worker, then `wake`s it (by default as an incoming event would) and waits for the fresh one. */
  restartWorker(wake?: () => Promise<unknown>): Promise<Worker>;
  close(): Promise<void>;
}

interface Manifest {
  background?: { service_worker?: string };
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
}

const WORKER_START_TIMEOUT = 15_000;

/** Sessions not closed yet: what they show is printed when a journey fails (see report-failures.ts). */
const liveSessions = new Set<ExtensionSession>();

/** Launches Chromium headless with one unpacked MV3 extension loaded in a fresh, temporary profile. */
export async function launchExtension(options: LaunchExtensionOptions = {}): Promise<LaunchedExtension> {
  const { extensionDir = BUILT_EXTENSION_DIR, executablePath = CHROMIUM_PATH, headless = true } = options;
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}. Install it: apt-get update && apt-get install -y chromium`);
  }
  const manifest = readManifest(extensionDir);
  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'vigie-e2e-profile-')));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      // Chromium ≥ 132 runs `--headless` as the new headless mode, the one that loads extensions.
      headless,
      // Playwright passes --disable-extensions by default; --disable-extensions-except overrides it,
      // but leaving it out matches what Playwright's own extension tooling does.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        // The machine has no internet: no name but the local test servers' resolves, so the
        // embedded default sources fail at once instead of reaching for GitHub.
        `--host-resolver-rules=${hostResolverRules(options.mappedHosts)}`,
        ...(options.mappedHosts ? ['--ignore-certificate-errors'] : []),
        ...(options.lang ? [`--lang=${options.lang}`] : []),
      ],
      ...(options.lang ? { locale: options.lang, env: { ...process.env, LANGUAGE: options.lang, LANG: `${options.lang.replace('-', '_')}.UTF-8` } } : {}),
    });
    const worker = await firstExtensionWorker(context);
    return new ExtensionSession(context, worker, manifest, ownsProfile ? userDataDir : undefined);
  } catch (error) {
    await context?.close().catch(() => {});
    if (ownsProfile) await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    throw error;
  }
}

function hostResolverRules(mapped: LaunchExtensionOptions['mappedHosts']): string {
  const local = mapped?.names.map((name) => `MAP ${name} 127.0.0.1:${mapped.port}`) ?? [];
  return [...local, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost'].join(', ');
}

class ExtensionSession implements LaunchedExtension {
  readonly extensionId: string;
  readonly logs: string[] = [];
  readonly #manifest: Manifest;
  /** Removed on close when the session created it. */
  readonly #userDataDir: string | undefined;
  #worker: Worker;
  #cdp: Promise<CDPSession> | undefined;
  #closing: Promise<void> | undefined;

  constructor(
    readonly context: BrowserContext,
    worker: Worker,
    manifest: Manifest,
    userDataDir: string | undefined,
  ) {
    this.#manifest = manifest;
    this.#userDataDir = userDataDir;
    this.#worker = worker;
    this.extensionId = new URL(worker.url()).host;
    // Should a later Playwright hand out a new handle per worker start, follow it.
    context.on('serviceworker', (next) => {
      if (next.url().startsWith(this.extensionUrl(''))) this.#worker = next;
    });
    context.on('console', (message) => this.logs.push(`[${message.type()}] ${message.text()}`));
    context.on('weberror', (error) => this.logs.push(`[uncaught] ${error.error().message}`));
    liveSessions.add(this);
  }

  get worker(): Worker {
    return this.#worker;
  }

  extensionUrl(path: string): string {
    return `chrome-extension://${this.extensionId}/${path.replace(/^\/+/, '')}`;
  }

  openPopup(): Promise<Page> {
    return this.#openPage(this.#manifest.action?.default_popup, 'action.default_popup');
  }

  openOptions(): Promise<Page> {
    return this.#openPage(this.#manifest.options_ui?.page ?? this.#manifest.options_page, 'options_ui.page');
  }

  async isWorkerRunning(): Promise<boolean> {
    return (await this.#workerTargetIds()).length > 0;
  }

  /**
   * Closes the worker's target until none is left. One request is not always enough: on a loaded
   * host (the clean-clone CI) a worker closed right after a message woke it was still listed 10 s
   * later, so each check asks again, and from the second check on also stops every worker through
   * the ServiceWorker domain, which does not go through the target.
   */
  async stopWorker(): Promise<void> {
    const cdp = await this.#browserSession();
    let checks = 0;
    await waitFor(
      async () => {
        const running = await this.#workerTargetIds();
        if (running.length === 0) return true;
        for (const targetId of running) await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
        if (checks++ > 0) await this.#stopAllWorkers();
        return false;
      },
      { timeout: 30_000, interval: 250, message: 'the service worker to stop' },
    );
  }

  async restartWorker(wake: () => Promise<unknown> = () => this.#startWorker()): Promise<Worker> {
    const before = (await this.isWorkerRunning()) ? await this.#workerTimeOrigin(5_000) : undefined;
    await this.stopWorker();
    await wake();
    // A fresh worker has a fresh performance.timeOrigin; until it runs, evaluate() waits, hence the short bound.
    return waitFor(
      async () => {
        const after = await this.#workerTimeOrigin(1_000);
        return after !== undefined && after !== before ? this.#worker : undefined;
      },
      { timeout: WORKER_START_TIMEOUT, message: 'a new service worker' },
    );
  }

  close(): Promise<void> {
    liveSessions.delete(this);
    this.#closing ??= this.context
      .close()
      .catch(() => {})
      .then(() => (this.#userDataDir ? rm(this.#userDataDir, { recursive: true, force: true, maxRetries: 3 }) : undefined));
    return this.#closing;
  }

  async #openPage(path: string | undefined, manifestKey: string): Promise<Page> {
    if (!path) throw new Error(`The extension's manifest has no ${manifestKey}`);
    const page = await this.context.newPage();
    await page.goto(this.extensionUrl(path));
    return page;
  }

  /** Starts the worker as an incoming event would, through the DevTools ServiceWorker domain of a blank page. */
  #startWorker(): Promise<void> {
    return this.#inServiceWorkerDomain((session) => session.send('ServiceWorker.startWorker', { scopeURL: this.extensionUrl('') }));
  }

  #stopAllWorkers(): Promise<void> {
    return this.#inServiceWorkerDomain((session) => session.send('ServiceWorker.stopAllWorkers'));
  }

  async #inServiceWorkerDomain(action: (session: CDPSession) => Promise<unknown>): Promise<void> {
    const page = await this.context.newPage();
    try {
      const session = await this.context.newCDPSession(page);
      await session.send('ServiceWorker.enable');
      await action(session);
      await session.detach();
    } finally {
      await page.close();
    }
  }

  async #workerTimeOrigin(timeoutMs: number): Promise<number | undefined> {
    const origin = this.#worker.evaluate(() => performance.timeOrigin);
    const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, timeoutMs, undefined));
    return Promise.race([origin.catch(() => undefined), timeout]);
  }

  async #workerTargetIds(): Promise<string[]> {
    const { targetInfos } = await (await this.#browserSession()).send('Target.getTargets');
    return targetInfos
      .filter((target) => target.type === 'service_worker' && target.url.startsWith(this.extensionUrl('')))
      .map((target) => target.targetId);
  }

  #browserSession(): Promise<CDPSession> {
    const browser = this.context.browser();
    if (!browser) throw new Error('No browser behind this context: cannot reach the DevTools protocol');
    this.#cdp ??= browser.newBrowserCDPSession();
    return this.#cdp;
  }
}

function readManifest(extensionDir: string): Manifest {
  const path = join(extensionDir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`No extension at ${extensionDir} (no manifest.json): build it first with npm run build`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  if (!manifest.background?.service_worker) throw new Error(`${path} declares no background.service_worker`);
  return manifest;
}

async function firstExtensionWorker(context: BrowserContext): Promise<Worker> {
  const isExtensionWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isExtensionWorker);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: WORKER_START_TIMEOUT });
}

/** Longest wait for a page's text when a journey failed: a page may be the stuck part. */
const DESCRIBE_PAGE_TIMEOUT = 2_000;

/**
 * What each open session shows, for a failed journey's log: the extension's pages with the start of
 * their text, and the last console lines and uncaught errors of its worker and pages. A "timed out
 * waiting for every posting" alone said nothing of what the popup showed instead.
 */
export async function describeLiveSessions(lastLines = 30): Promise<string> {
  const parts: string[] = [];
  for (const session of liveSessions) {
    parts.push(`Extension ${session.extensionId}:`);
    for (const page of session.context.pages()) {
      const text = page.evaluate(() => document.body?.innerText ?? '').catch((error: unknown) => `(unreadable: ${String(error)})`);
      const bounded = await Promise.race([text, new Promise<string>((resolve) => setTimeout(resolve, DESCRIBE_PAGE_TIMEOUT, '(no answer)'))]);
      parts.push(`  page ${page.url()}: ${bounded.replace(/\s+/g, ' ').slice(0, 600)}`);
    }
    parts.push(...session.logs.slice(-lastLines).map((line) => `  ${line}`));
  }
  return parts.join('\n');
}
