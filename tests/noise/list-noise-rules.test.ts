import { describe, expect, it } from 'vitest';
import { listNoiseRules } from '../../lib/noise/list-noise-rules';
import { hideRule, organizationRule, undoneRule, wordRule } from '../../lib/noise/noise-rules';

const postings = [
  { id: 'a', title: 'Développeur', organization: 'Etalab' },
  { id: 'b', title: 'Designer', organization: 'ETALAB' },
  { id: 'c', title: 'Stage ops', organization: 'DINUM' },
  { id: 'd', title: 'Data', organization: 'DINUM' },
];

describe('listNoiseRules', () => {
  it('lists the rules that act, newest first, each with the postings it leaves out', () => {
    const rules = [organizationRule('Etalab', 1)!, wordRule('stage', 'title', 3)!, hideRule('d', 'Data', 2), undoneRule(wordRule('data', 'title', 1)!, 4)];
    expect(listNoiseRules(rules, postings).map(({ rule, leftOut, title }) => [rule.kind, leftOut, title])).toEqual([
      ['word', 1, undefined],
      ['hidden', 1, 'Data'],
      ['organization', 2, undefined],
    ]);
  });

  it('names a posting hidden in another browser from the board, and counts 0 for what left it', () => {
    const fromSync = { kind: 'hidden' as const, key: hideRule('c', '', 1).key, at: 1 };
    const gone = hideRule('z', 'Gone', 2);
    expect(listNoiseRules([fromSync, gone], postings).map(({ leftOut, title }) => [leftOut, title])).toEqual([
      [0, 'Gone'],
      [1, 'Stage ops'],
    ]);
  });

  it('counts words blocked anywhere from the hits the worker found', () => {
    const listed = listNoiseRules([wordRule('bénévole', 'anywhere', 1)!], postings, new Map([['b', 'bénévole'], ['d', 'bénévole']]));
    expect(listed[0]?.leftOut).toBe(2);
  });
});
