import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../lib/messaging/protocol';
import { isNoiseChange, ruleForChange } from '../../lib/noise/noise-change';
import { organizationRule } from '../../lib/noise/noise-rules';

describe('noise changes', () => {
  it.each([
    [{ action: 'hide', offerId: 's:a.md', title: 'Dev' }, true],
    [{ action: 'block-organization', name: 'Etalab' }, true],
    [{ action: 'block-word', word: 'stage', scope: 'title' }, true],
    [{ action: 'undo', kind: 'organization', key: 'etalab' }, true],
    [{ action: 'hide', offerId: '', title: 'Dev' }, false],
    [{ action: 'block-organization', name: '   ' }, false],
    [{ action: 'block-word', word: 'stage', scope: 'body' }, false],
    [{ action: 'undo', kind: 'source', key: 'x' }, false],
    [{ action: 'mute' }, false],
    ['hide', false],
  ])('%j is a change: %s', (change, valid) => {
    expect(isNoiseChange(change)).toBe(valid);
    expect(parseRequest({ type: 'changeNoise', change }) !== undefined).toBe(valid);
  });

  it('dates an undo after the rule it undoes, even when the clock went back', () => {
    const rule = organizationRule('Etalab', 5000)!;
    expect(ruleForChange({ action: 'undo', kind: 'organization', key: 'etalab' }, [rule], 1000)).toMatchObject({ removed: true, at: 5001 });
    expect(ruleForChange({ action: 'undo', kind: 'organization', key: 'dinum' }, [rule], 1000)).toBeUndefined();
  });
});
