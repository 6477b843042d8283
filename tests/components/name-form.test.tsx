// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { NameForm } from '../../components/name-form';
import { renderInFrench } from './render';

function nameForm(name: string) {
  const given: Array<string | undefined> = [];
  const shown = renderInFrench(<NameForm name={name} label="Nom" maxLength={80} onDone={(value) => void given.push(value)} />);
  const input = shown.querySelector<HTMLInputElement>('input[name="name"]')!;
  const type = (value: string) => act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const submit = () => act(() => void shown.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
  return { shown, input, given, type, submit };
}

describe('the form that names a search or a source', () => {
  it('gives the name typed, trimmed, and starts from the current one', () => {
    const form = nameForm('Django');
    expect(form.input.value).toBe('Django');
    expect(form.input.maxLength).toBe(80);
    form.type('  Python et Django  ');
    form.submit();
    expect(form.given).toEqual(['Python et Django']);
  });

  it('gives nothing for a name of spaces only, and undefined on Escape', () => {
    const form = nameForm('Django');
    form.type('   ');
    form.submit();
    expect(form.given).toEqual([]);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    act(() => void form.input.dispatchEvent(escape));
    expect(form.given).toEqual([undefined]);
    // Escape stops at the form: the popup around it stays open.
    expect(escape.defaultPrevented).toBe(true);
  });
});
