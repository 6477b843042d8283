import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyFileName } from '../../lib/sources/classify-file-name';
import { SHARED_DIR } from '../support/fixtures';

describe('classifyFileName', () => {
  it.each([
    ['2022-01-07-PM-incubateur.md', 'posting'],
    ['jobs-post-01-fr.MARKDOWN', 'posting'],
    ['2021-11-05-Product Designer - User research - UX UI.md', 'posting'],
    ['Python_developer_Headforwards_Cornwall.html', 'if-front-matter'],
    ['offre.htm', 'if-front-matter'],
    // beta.gouv.fr names use dots as separators: a name without ".md" is read by its content.
    ['2021-05-27-developpeur.se.full.stack.-.python.django', 'if-front-matter'],
    ['2019-03-12-dev-back', 'if-front-matter'],
    ['offre.txt', 'if-front-matter'],
  ])('%s → %s', (name, kind) => {
    expect(classifyFileName(name).kind).toBe(kind);
  });

  it.each([
    ['README.md', 'readme'],
    ['readme', 'readme'],
    ['README.txt', 'readme'],
    ['LICENSE.rst', 'repository-file'],
    ['LICENSE', 'repository-file'],
    ['CONTRIBUTING.md', 'repository-file'],
    ['index.md', 'index'],
    ['_index.md', 'index'],
    ['index.html', 'index'],
    ['_template.md', 'template'],
    ['TEMPLATE', 'template'],
    ['template.html', 'template'],
    ['example.md', 'template'],
    ['exemple-offre.md', 'template'],
    ['job-template.md', 'template'],
    ['logo.png', 'other-format'],
    ['_config.yml', 'other-format'],
    ['.gitkeep', 'other-format'],
    ['.DS_Store', 'other-format'],
  ])('skips %s as %s', (name, reason) => {
    expect(classifyFileName(name)).toEqual({ kind: 'skip', reason });
  });

  it('reads every real posting file of the shared fixtures', () => {
    for (const folder of readdirSync(`${SHARED_DIR}/fixtures`)) {
      for (const name of readdirSync(`${SHARED_DIR}/fixtures/${folder}`)) expect(classifyFileName(name).kind, name).not.toBe('skip');
    }
  });
});
