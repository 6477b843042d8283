import { isStopword, tokenizeQuery } from './tokenize';

export interface QueryWord {
  /** Folded. */
  text: string;
  /** The word still being typed: it also matches the terms it starts. */
  prefix: boolean;
  /** A stopword ("de" in "chargé de déploiement"): adds to the score, never excludes an offer. */
  optional: boolean;
}

/** A query still being typed ends in a letter or digit; a space or punctuation closes the last word. */
const TYPING = /[\p{L}\p{N}]$/u;

export function parseQuery(query: string): QueryWord[] {
  const texts = [...new Set(tokenizeQuery(query))];
  const typing = TYPING.test(query);
  const onlyStopwords = texts.every(isStopword);
  return texts.map((text, index) => ({
    text,
    prefix: typing && index === texts.length - 1,
    optional: !onlyStopwords && isStopword(text),
  }));
}
