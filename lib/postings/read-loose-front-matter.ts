const KEY_LINE = /^([A-Za-z_][\w.-]{0,63})[ \t]*:[ \t]*(.*)$/;
const LIST_ITEM = /^[ \t]+-[ \t]+(.+)$/;
const QUOTED = /^(["'])(.*)\1$/;
const MAX_KEYS = 100;

/**
 * Reads the top-level `key: value` lines (and `- item` lists under an empty key) of a front-matter
 * block that is not valid YAML — typically an unquoted colon ("title: Recrutement : dev") or a tab.
 * Values stay strings: this only rescues what a person would read from the block.
 */
export function readLooseFrontMatter(block: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  let listKey: string | undefined;
  let keys = 0;
  for (const line of block.split('\n')) {
    const item = LIST_ITEM.exec(line);
    if (item && listKey !== undefined) {
      const list = data[listKey];
      if (Array.isArray(list)) list.push(unquote(item[1] ?? ''));
      continue;
    }
    const pair = KEY_LINE.exec(line);
    if (!pair || keys >= MAX_KEYS) {
      listKey = undefined;
      continue;
    }
    const [, key = '', rawValue = ''] = pair;
    if (key === '__proto__') continue;
    const value = unquote(rawValue.trim());
    keys++;
    listKey = value === '' ? key : undefined;
    Object.defineProperty(data, key, { value: value === '' ? [] : value, enumerable: true, writable: true, configurable: true });
  }
  return data;
}

function unquote(value: string): string {
  return QUOTED.exec(value)?.[2] ?? value;
}
