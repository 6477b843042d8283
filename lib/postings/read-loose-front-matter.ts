// A top-level key (letters, digits, `_ . -` and inner spaces: the US GSA's TTS site writes
// `appointment type:`), then ": value" or nothing. A colon inside a word ("https://…") is no key.
const KEY_LINE = /^([A-Za-z_][\w.-]*(?: [\w.-]+){0,4})[ \t]*:(?:[ \t]+(.*))?$/;
const LIST_ITEM = /^[ \t]*-[ \t]+(.+)$/;
const INDENTED = /^[ \t]+\S/;
const COMMENT = /^[ \t]*#/;
const BLOCK_SCALAR = /^[|>][+-]?$/;
const FLOW_LIST = /^\[(.*)\]$/;
const QUOTED = /^(["'])(.*)\1$/;
// YAML tags ("!!timestamp '2016-09-15'", "!!str 12") say how to type a value: the text stays.
const TAG = /^!!?[\w-]*\s+/;
const TRAILING_COMMENT = /\s+#.*$/;
const MAX_KEYS = 100;

/**
 * Reads the top-level `key: value` lines of a front-matter block that is not valid YAML —
 * typically an unquoted colon ("title: Recrutement : dev"), a tab, a key written twice — key by
 * key: `- item` lists and `[a, b]` lists under a key, `|` and `>` blocks, quoted values; comment
 * lines and nested maps are skipped. The first value of a key written twice is kept. Values stay
 * strings: this only rescues what a person would read from the block.
 */
export function readLooseFrontMatter(block: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  let open: { key: string; kind: 'list' | 'block'; lines: string[] } | undefined;
  let keys = 0;
  const close = () => {
    if (open?.kind === 'block') set(data, open.key, open.lines.join(' ').trim());
    open = undefined;
  };
  for (const line of block.split('\n')) {
    if (COMMENT.test(line) || line.trim() === '') continue;
    if (open?.kind === 'block' && INDENTED.test(line)) {
      open.lines.push(line.trim());
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item && open?.kind === 'list') {
      const list = data[open.key];
      if (Array.isArray(list)) list.push(cleanValue(item[1] ?? ''));
      continue;
    }
    if (INDENTED.test(line)) continue;
    close();
    const pair = KEY_LINE.exec(line);
    if (!pair || keys >= MAX_KEYS) continue;
    const [, key = '', rawValue = ''] = pair;
    if (key === '__proto__' || Object.hasOwn(data, key)) continue;
    keys++;
    const value = rawValue.replace(TRAILING_COMMENT, '').trim();
    if (value === '') {
      set(data, key, []);
      open = { key, kind: 'list', lines: [] };
    } else if (BLOCK_SCALAR.test(value)) {
      open = { key, kind: 'block', lines: [] };
    } else {
      set(data, key, readValue(value));
    }
  }
  close();
  return data;
}

/** Defined rather than assigned: a key named like an Object.prototype member stays plain data. */
function set(data: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(data, key, { value, enumerable: true, writable: true, configurable: true });
}

function readValue(value: string): string | string[] {
  const list = FLOW_LIST.exec(value);
  if (!list) return cleanValue(value);
  return (list[1] ?? '')
    .split(',')
    .map(cleanValue)
    .filter((item) => item !== '');
}

function cleanValue(value: string): string {
  const untagged = value.trim().replace(TAG, '');
  const quoted = QUOTED.exec(untagged);
  return quoted ? (quoted[2] ?? '') : untagged.replace(TRAILING_COMMENT, '');
}
