// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { BlockWordForm } from '../../components/block-word-form';
import type { WordScope } from '../../lib/noise/noise-rules';
import { renderInFrench } from './render';

/** The form, each block asked answered only when the test says so (the worker's answer). */
function blockWordForm() {
  const asked: Array<{ word: string; scope: WordScope; answer: () => Promise<void> }> = [];
  const shown = renderInFrench(<BlockWordForm id="block-word" onBlock={(word, scope) => new Promise<void>((resolve) => {
    asked.push({ word, scope, answer: async () => act(async () => resolve()) });
  })} />);
  const input = shown.querySelector<HTMLInputElement>('#block-word')!;
  const type = (value: string) => act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const submit = () => act(() => void shown.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
  return { shown, input, asked, type, submit };
}

describe('the form that blocks a word', () => {
  it('is labelled, blocks the word in the scope chosen, and empties once it is blocked', async () => {
    const form = blockWordForm();
    expect(form.shown.querySelector('label[for="block-word"]')?.textContent).toBe('Bloquer un mot');
    expect(form.shown.querySelector('label[for="block-word-scope"]')?.textContent).toBe('Où chercher le mot');
    act(() => {
      const scope = form.shown.querySelector<HTMLSelectElement>('#block-word-scope')!;
      scope.value = 'anywhere';
      scope.dispatchEvent(new Event('change', { bubbles: true }));
    });
    form.type('stage');
    form.submit();
    expect(form.asked.map(({ word, scope }) => [word, scope])).toEqual([['stage', 'anywhere']]);
    // Kept until the block is done: a refused one leaves the word to try again.
    expect(form.input.value).toBe('stage');
    await form.asked[0]!.answer();
    expect(form.input.value).toBe('');
  });

  it('keeps a word typed while the previous one was being blocked', async () => {
    const form = blockWordForm();
    form.type('stage');
    form.submit();
    form.type('alternance');
    await form.asked[0]!.answer();
    expect(form.input.value).toBe('alternance');
    form.submit();
    await form.asked[1]!.answer();
    expect(form.asked.map(({ word }) => word)).toEqual(['stage', 'alternance']);
    expect(form.input.value).toBe('');
  });

  it('asks nothing for a word of spaces only', () => {
    const form = blockWordForm();
    form.type('   ');
    form.submit();
    expect(form.asked).toEqual([]);
  });

  it('blocks no word of signs only, and says why beside the field until it is typed again', () => {
    const form = blockWordForm();
    form.type('!!!');
    form.submit();
    expect(form.asked).toEqual([]);
    expect(form.shown.querySelector('[role="alert"]')?.textContent).toBe('« !!! » n’a ni lettre ni chiffre : il ne bloquerait aucune offre. Tapez un mot.');
    expect(form.input.getAttribute('aria-invalid')).toBe('true');
    form.type('C++');
    expect(form.shown.querySelector('[role="alert"]')).toBeNull();
    form.submit();
    expect(form.asked.map(({ word }) => word)).toEqual(['C++']);
  });
});
