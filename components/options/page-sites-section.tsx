import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';

/** The browser's permission calls, and the worker's list; a mock in tests. */
export interface PageSitesActions {
  /** Origins of the followed sources' posting pages (https://beta.gouv.fr…). */
  postingOrigins(): Promise<string[]>;
  /** Granted host-permission patterns (https://beta.gouv.fr/*). */
  grantedOrigins(): Promise<string[]>;
  /** Must be called from the click itself: the browser asks only on a user gesture. */
  allow(patterns: string[]): Promise<boolean>;
  revoke(pattern: string): Promise<boolean>;
  /** Calls back when permissions change (also from the browser's own extension settings); returns an unsubscribe. */
  onChange(listener: () => void): () => void;
  setHiddenSites(hosts: string[]): void;
  /** Also paint a posting's skills the user lacks, not only the user's own. */
  setOtherSkills(on: boolean): void;
}

interface Props {
  hiddenSites: string[];
  otherSkills: boolean;
  /** Hosts granted so that Vigie reads the followed job boards and feeds: listed apart, not removable here. */
  boardPatterns: string[];
  actions: PageSitesActions;
}

const patternOf = (origin: string) => `${origin}/*`;
const hostOf = (pattern: string) => pattern.replace(/^[a-z*]+:\/\//, '').replace(/\/\*$/, '');

/**
 * Where the panel runs by itself. Nothing is granted at install: the user picks the sites here,
 * and the browser asks for each; the worker registers the page script for what was granted.
 */
export function PageSitesSection({ hiddenSites, otherSkills, boardPatterns, actions }: Props) {
  const t = useT();
  const [sourceOrigins, setSourceOrigins] = useState<string[]>([]);
  const [granted, setGranted] = useState<string[]>([]);
  const [site, setSite] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    const refresh = () => void actions.grantedOrigins().then((origins) => setGranted(origins.filter((origin) => /^https?:\/\//.test(origin))));
    refresh();
    void actions.postingOrigins().then(setSourceOrigins);
    return actions.onChange(refresh);
  }, []);

  const missing = sourceOrigins.map(patternOf).filter((pattern) => !granted.includes(pattern));
  const pageSites = granted.filter((pattern) => !boardPatterns.includes(pattern));
  const boardHosts = granted.filter((pattern) => boardPatterns.includes(pattern)).map(hostOf);

  async function allow(patterns: string[]) {
    const ok = await actions.allow(patterns);
    setMessage(ok ? '' : t('pagesRefused'));
    return ok;
  }

  function addSite(event: Event) {
    event.preventDefault();
    let origin: string;
    try {
      const url = new URL(site.trim());
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not web');
      origin = url.origin;
    } catch {
      setMessage(t('pagesAddSiteInvalid'));
      return;
    }
    void allow([patternOf(origin)]).then((ok) => ok && setSite(''));
  }

  return (
    <section aria-labelledby="pages-title">
      <h2 id="pages-title">{t('pagesTitle')}</h2>
      <p class="help">{t('pagesIntro')}</p>
      <p class="help">{t('pagesPrivacy')}</p>
      {missing.length > 0 ? (
        <button type="button" data-testid="allow-source-pages" onClick={() => void allow(missing)}>{t('pagesAllowSources', [String(missing.length)])}</button>
      ) : (
        sourceOrigins.length > 0 && <p>{t('pagesSourcesAllowed')}</p>
      )}
      <form class="row add-source" onSubmit={addSite}>
        <label for="page-site">{t('pagesAddSiteLabel')}</label>
        <input id="page-site" name="page-site" type="url" placeholder="https://" value={site} onInput={(event) => setSite(event.currentTarget.value)} />
        <button type="submit">{t('pagesAddSiteButton')}</button>
      </form>
      {message && <p role="alert" class="error">{message}</p>}
      <label class="check">
        <input type="checkbox" name="panel-other-skills" checked={otherSkills} aria-describedby="panel-other-skills-help"
          onChange={(event) => actions.setOtherSkills(event.currentTarget.checked)} />
        {t('pagesOtherSkills')}
      </label>
      <p class="help" id="panel-other-skills-help">{t('pagesOtherSkillsHelp')}</p>
      <h3>{t('pagesAllowedTitle')}</h3>
      {pageSites.length === 0 ? <p class="help">{t('pagesNoSites')}</p> : (
        <ul class="chips" data-testid="page-sites">
          {pageSites.map((pattern) => (
            <li class="chip" key={pattern}>
              {hostOf(pattern)}
              <button type="button" aria-label={t('pagesRemoveLabel', [hostOf(pattern)])} onClick={() => void actions.revoke(pattern)}>×</button>
            </li>
          ))}
        </ul>
      )}
      {boardHosts.length > 0 && <p class="help" data-testid="board-hosts">{t('pagesBoardHosts', [boardHosts.join(', ')])}</p>}
      {hiddenSites.length > 0 && (
        <>
          <h3>{t('pagesHiddenTitle')}</h3>
          <ul class="chips">
            {hiddenSites.map((host) => (
              <li class="chip" key={host}>
                {host}
                <button type="button" aria-label={t('pagesShowAgainLabel', [host])} onClick={() => actions.setHiddenSites(hiddenSites.filter((each) => each !== host))}>↺</button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
