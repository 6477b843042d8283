import { useT } from '../i18n';

/** Addresses Vigie recognizes, one example each, and the host the browser asks about (none for Git hosts: their APIs allow any origin). */
const EXAMPLES: ReadonlyArray<{ label: string; example: string; host?: string; noticeKey?: string }> = [
  { label: 'GitHub', example: 'https://github.com/OWNER/REPO/tree/main/jobs' },
  { label: 'GitLab', example: 'https://gitlab.com/GROUP/PROJECT/-/tree/main/jobs' },
  { label: 'Greenhouse', example: 'https://job-boards.greenhouse.io/acme', host: 'boards-api.greenhouse.io' },
  { label: 'Lever', example: 'https://jobs.lever.co/acme', host: 'api.lever.co, api.eu.lever.co' },
  { label: 'Ashby', example: 'https://jobs.ashbyhq.com/acme', host: 'api.ashbyhq.com' },
  { label: 'Recruitee', example: 'https://acme.recruitee.com', host: 'acme.recruitee.com', noticeKey: 'recruiteeTokenNotice' },
  { label: 'Workable', example: 'https://apply.workable.com/acme', host: 'apply.workable.com' },
  { label: 'Personio', example: 'https://acme.jobs.personio.de', host: 'acme.jobs.personio.de' },
  { label: 'Teamtailor', example: 'https://acme.teamtailor.com', host: 'acme.teamtailor.com' },
  { label: 'RSS / Atom', example: 'https://example.org/offres.rss', host: 'example.org' },
];

export function SupportedSources() {
  const t = useT();
  return (
    <details class="supported-sources">
      <summary>{t('supportedSourcesTitle')}</summary>
      <p class="help">{t('supportedSourcesPermission')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('supportedSourcesKind')}</th>
            <th scope="col">{t('supportedSourcesExample')}</th>
            <th scope="col">{t('supportedSourcesHost')}</th>
          </tr>
        </thead>
        <tbody>
          {EXAMPLES.map(({ label, example, host, noticeKey }) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>
                <code>{example}</code>
                {noticeKey && <p class="help">{t(noticeKey)}</p>}
              </td>
              <td>{host ?? t('supportedSourcesNoPermission')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
