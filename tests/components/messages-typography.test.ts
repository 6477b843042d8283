import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const messagesOf = (language: string) => Object.entries(JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${language}/messages.json`), 'utf8')) as Record<string, { message: string }>);

describe('the messages’ typography', () => {
  it.each(['fr', 'en'])('writes every apostrophe in %s as the typographic ’, as most messages do', (language) => {
    expect(messagesOf(language).filter(([, { message }]) => message.includes("'")).map(([key]) => key)).toEqual([]);
  });
});
