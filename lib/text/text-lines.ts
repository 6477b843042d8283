/**
 * A text's lines found once, for every reader that goes over them line by line: the skills
 * reader's stages (lib/postings/read-skills.ts) each cut the same text into lines, and the text
 * was split whole for each of them, where most read only the lines holding a skill.
 */
export interface TextLines {
  /** Where each line starts, the first at 0. */
  starts: readonly number[];
  /** The indexes of the lines to read, ascending. */
  read: readonly number[];
}

/** Where each line of `text` starts: 0, then after each line break. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1)) starts.push(newline + 1);
  return starts;
}

/** Every line of `text`, to be read. */
export function allLines(text: string): TextLines {
  const starts = lineStartsOf(text);
  return { starts, read: starts.map((_, index) => index) };
}

/** Where line `index` ends: at its line break, or at the text's end for the last one. */
export function lineEnd(starts: readonly number[], index: number, text: string): number {
  return index + 1 < starts.length ? starts[index + 1]! - 1 : text.length;
}

/**
 * `text` with each line `lines` reads replaced by `replace` of it (`index` counting lines from 0),
 * the others kept without being cut out of the text: most lines are kept as they are, and the
 * text is rebuilt only from the first line that is not. Offsets hold when `replace` keeps lengths.
 */
export function replaceReadLines(text: string, lines: TextLines, replace: (line: string, index: number) => string): string {
  let kept = '';
  let keptUpTo = 0;
  for (const index of lines.read) {
    const start = lines.starts[index]!;
    const end = lineEnd(lines.starts, index, text);
    const line = text.slice(start, end);
    const replaced = replace(line, index);
    if (replaced === line) continue;
    kept += text.slice(keptUpTo, start) + replaced;
    keptUpTo = end;
  }
  return keptUpTo === 0 ? text : kept + text.slice(keptUpTo);
}
