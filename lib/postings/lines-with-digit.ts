import { lineAt } from '../text/line-at';

const DIGIT = /[0-9]/g;

/**
 * The lines of a text that hold an ASCII digit, in order. A date or an amount has digits, and
 * most lines of a posting have none: a reader that needs one searches these lines alone,
 * instead of running its patterns over the whole body.
 */
export function* linesWithDigit(text: string): Generator<string, void, undefined> {
  for (let from = 0; from < text.length; ) {
    DIGIT.lastIndex = from;
    const digit = DIGIT.exec(text);
    if (!digit) return;
    const { start, end } = lineAt(text, digit.index);
    yield text.slice(start, end);
    from = end + 1;
  }
}

/** The lines with a digit of the texts a reader is given (see linesWithDigitOf). */
export type DigitLinesOf = (text: string) => Iterable<string>;

/**
 * linesWithDigit, with the lines of `body` found once: the deadline's and the salary's readers
 * both read a posting's body line by line, and each search of it for digits cost some 4 µs.
 * Other texts (a salary key's value) are searched when asked.
 */
export function linesWithDigitOf(body: string): DigitLinesOf {
  let bodyLines: string[] | undefined;
  return (text) => (text === body ? (bodyLines ??= [...linesWithDigit(body)]) : linesWithDigit(text));
}
