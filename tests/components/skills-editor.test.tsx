// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { SkillsEditor } from '../../components/options/skills-editor';
import { skillNameTyped } from '../../lib/skills/skill-label';
import { renderIn } from './render';

/** The editor with a taxonomy of two skills, "PostgreSQL" (also typed "postgres") and "Python". */
function skillsEditor(skills: string[]) {
  const canonicalName = (typed: string) => ({ postgres: 'PostgreSQL', python: 'Python' } as Record<string, string>)[typed.toLowerCase()];
  const closestName = (typed: string) => (typed === 'pyhton' ? 'Python' : undefined);
  return editorIn('fr', skills, canonicalName, closestName);
}

function editorIn(language: 'fr' | 'en', skills: string[], canonicalName: (typed: string) => string | undefined, closestName: (typed: string) => string | undefined, suggestions: string[] = []) {
  const stored: string[][] = [];
  const shown = renderIn(language, <SkillsEditor skills={skills} suggestions={suggestions} fromSavedOffers={[]} canonicalName={canonicalName} closestName={closestName}
    onChange={(next) => Promise.resolve(void stored.push(next))} />);
  const add = (typed: string) => {
    const input = shown.querySelector<HTMLInputElement>('#skill-input')!;
    act(() => {
      input.value = typed;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => void shown.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
  };
  const chips = () => [...shown.querySelectorAll('[data-testid="my-skill"]')].map((chip) => chip.firstChild?.textContent);
  return { shown, stored, add, chips };
}

describe('adding a skill in the options page', () => {
  it('stores the taxonomy’s name of what was typed, once', () => {
    const editor = skillsEditor(['Python']);
    editor.add('postgres, python');
    expect(editor.stored).toEqual([['Python', 'PostgreSQL']]);
    expect(editor.shown.querySelector('[role="status"]')!.textContent).toBe('');
  });

  it('keeps a slip as typed, says it would count in no match, and replaces it in one click', () => {
    const editor = skillsEditor(['SQL']);
    editor.add('pyhton');
    expect(editor.chips()).toEqual(['SQL', 'pyhton']);
    const status = editor.shown.querySelector('[role="status"]')!;
    expect(status.textContent).toContain('Vigie ne connaît pas la compétence « pyhton » : elle ne comptera dans aucune correspondance. Vouliez-vous dire Python ?');
    act(() => void status.querySelector<HTMLButtonElement>('[data-testid="replace-skill-slip"]')!.click());
    expect(editor.chips()).toEqual(['SQL', 'Python']);
    // The button is gone: the keyboard goes on from the field.
    expect(document.activeElement).toBe(editor.shown.querySelector('#skill-input'));
    expect(editor.stored.at(-1)).toEqual(['SQL', 'Python']);
    expect(status.textContent).toBe('');
  });

  it('in English, shows and takes the taxonomy’s French-named skills by their English name, and stores their name', () => {
    const closestName = (typed: string) => (typed === 'IT securty' ? 'Sécurité informatique' : undefined);
    const editor = editorIn('en', ['Logiciel libre'], skillNameTyped, closestName, ['Sécurité informatique', 'Python']);
    expect(editor.chips()).toEqual(['Open source software']);
    expect([...editor.shown.querySelectorAll('#skill-suggestions option')].map((option) => option.getAttribute('value'))).toEqual(['IT security', 'Python']);
    editor.add('it security');
    expect(editor.stored).toEqual([['Logiciel libre', 'Sécurité informatique']]);
    expect(editor.chips()).toEqual(['Open source software', 'IT security']);
    editor.add('IT securty');
    expect(editor.shown.querySelector('[role="status"]')!.textContent).toContain('Did you mean IT security?');
    expect(editor.shown.querySelector('[data-testid="replace-skill-slip"]')!.textContent).toBe('Replace with IT security');
  });
});
