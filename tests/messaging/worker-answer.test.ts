import { describe, expect, it } from 'vitest';
import { workerAnswer } from '../../lib/messaging/worker-answer';

describe('workerAnswer', () => {
  it('gives back what the worker answered', () => {
    const context = { trie: {}, mySkills: ['Python'], hidden: false };
    expect(workerAnswer(context)).toBe(context);
    expect(workerAnswer(true)).toBe(true);
    expect(workerAnswer(undefined)).toBeUndefined();
  });

  it('throws the refusal the polyfill wrapped, with its message', () => {
    expect(() => workerAnswer({ __mozWebExtensionPolyfillReject__: true, message: 'Vigie: a page may only ask about its own site' })).toThrow('a page may only ask about its own site');
    expect(() => workerAnswer({ __mozWebExtensionPolyfillReject__: true })).toThrow(/refused/);
  });

  it('does not take an answer that merely has the key for a refusal', () => {
    const answer = { __mozWebExtensionPolyfillReject__: 'yes' };
    expect(workerAnswer(answer)).toBe(answer);
  });
});
