import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withEmojiShortcodes } from '../../lib/postings/emoji-shortcodes';
import { parsePostingAt } from '../../lib/postings/parse-posting';

const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));

describe('withEmojiShortcodes', () => {
  it('shows multi.coop’s shortcode as its emoji, in the body and the card’s text', () => {
    const name = 'jobs-post-01-fr.md';
    const offer = parsePostingAt(readFileSync(`${FIXTURES}multi.coop-jobs/${name}`), { path: name, sourceId: 'multi.coop' }, new Date('2026-12-07T12:00:00Z'));
    expect(offer.body).toContain('(et c\'est ce qu\'on souhaite ! 🙂)');
    expect(offer.body).not.toContain(':slightly_smiling_face:');
  });

  it.each([
    ['Bienvenue :tada: !', 'Bienvenue 🎉 !'],
    [':+1: et :-1:', '👍 et 👎'],
    ['Deux :smile::wink:', 'Deux 😄😉'],
    ['(:rocket:)', '(🚀)'],
  ])('%s → %s', (text, shown) => {
    expect(withEmojiShortcodes(text)).toBe(shown);
  });

  it.each([
    'Réunion à 12:30:45.',
    'Un mot :inconnu: reste.',
    'Le code `:smile:` reste.',
    '```yaml\nstatus: :ok:\n```',
    'Clé :constructor: ou :toString:.',
    'http://example.org/:smile:x',
  ])('leaves %j as written', (text) => {
    expect(withEmojiShortcodes(text)).toBe(text);
  });

  it.each([
    ['Exemple de configuration :\n\n    status: :ok:\n\n    reaction: :tada:\n\nFin :tada:', 'Exemple de configuration :\n\n    status: :ok:\n\n    reaction: :tada:\n\nFin 🎉'],
    ['    :smile: en tête du texte', '    :smile: en tête du texte'],
    ['## Exemple\n\tlabel = ":rocket:"', '## Exemple\n\tlabel = ":rocket:"'],
    ['- Une étape :\n\n      emoji: :rocket:', '- Une étape :\n\n      emoji: :rocket:'],
    // Spaces then a tab reach the fourth column too.
    ['Exemple :\n\n  \tstatus: :ok:', 'Exemple :\n\n  \tstatus: :ok:'],
    ['Exemple :\n\n \t status: :ok:\n\nFin :tada:', 'Exemple :\n\n \t status: :ok:\n\nFin 🎉'],
  ])('leaves shortcodes in code indented by four columns as written: %j', (text, shown) => {
    expect(withEmojiShortcodes(text)).toBe(shown);
  });

  it.each([
    ['Un paragraphe\n    qui continue :tada:', 'Un paragraphe\n    qui continue 🎉'],
    ['- Une étape\n\n    suite de l’étape :tada:', '- Une étape\n\n    suite de l’étape 🎉'],
    ['Texte\n\n  deux espaces :tada:', 'Texte\n\n  deux espaces 🎉'],
  ])('still shows the emoji of an indented line that is no code: %j', (text, shown) => {
    expect(withEmojiShortcodes(text)).toBe(shown);
  });

  it('reads code as CommonMark does: up to the next run of as many backticks, a run none closes being plain text', () => {
    expect(withEmojiShortcodes('``un ` dedans :smile:`` puis :smile:')).toBe('``un ` dedans :smile:`` puis 😄');
    expect(withEmojiShortcodes('Un ` seul :smile:')).toBe('Un ` seul 😄');
  });

  it('reads a hostile file of 1 MB in time: runs of backticks that no later run closes', () => {
    const runs = Array.from({ length: 1400 }, (_, index) => `${'`'.repeat(1400 - index)} a :smile: `).join('');
    expect(runs.length).toBeGreaterThan(990_000);
    const started = performance.now();
    const read = withEmojiShortcodes(runs);
    // The lazy pattern this replaced took over 100 s here.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(read.split('😄')).toHaveLength(1401);
  });
});
