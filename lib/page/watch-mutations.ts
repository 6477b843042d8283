import { PANEL_TAG_NAME } from './panel-tag';

export interface MutationWatch {
  /** Drops the records of changes made by Vigie itself (the fallback's wrappers). */
  discardPending(): void;
  stop(): void;
}

export type Schedule = (run: () => void, delayMs: number) => unknown;

/** Past this many changed roots in one batch, the whole body is scanned again instead. */
const MAX_ROOTS = 300;

/**
 * Follows a page that changes (infinite lists, SPAs), at most once per `delayMs`: the changed
 * roots of a batch — added nodes, edited text nodes — are handed to `onChange`, deduplicated
 * and without Vigie's panel, so that only what changed is scanned again.
 */
export function watchMutations(doc: Document, onChange: (roots: Node[]) => void, schedule: Schedule, delayMs = 300): MutationWatch {
  const pending = new Set<Node>();
  let scheduled = false;
  let removed = false;
  const flush = () => {
    scheduled = false;
    collect(observer.takeRecords());
    const roots = outermost([...pending].filter((node) => node.isConnected));
    pending.clear();
    const hadRemovals = removed;
    removed = false;
    if (roots.length === 0 && !hadRemovals) return;
    onChange(roots.length > MAX_ROOTS && doc.body ? [doc.body] : roots);
  };
  const collect = (records: MutationRecord[]) => {
    for (const record of records) {
      if (record.type === 'characterData') pending.add(record.target);
      else {
        if (record.removedNodes.length > 0) removed = true;
        for (const node of record.addedNodes) if (!isVigieNode(node)) pending.add(node);
      }
    }
  };
  const observer = new MutationObserver((records) => {
    collect(records);
    if (scheduled) return;
    scheduled = true;
    schedule(flush, delayMs);
  });
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  return {
    discardPending: () => void observer.takeRecords(),
    stop: () => {
      observer.disconnect();
      pending.clear();
    },
  };
}

function isVigieNode(node: Node): boolean {
  const name = node.nodeName;
  return name === PANEL_TAG_NAME || name === 'VIGIE-MARK';
}

/** Roots not inside another root of the list. */
function outermost(roots: Node[]): Node[] {
  if (roots.length > MAX_ROOTS) return roots;
  return roots.filter((root) => !roots.some((other) => other !== root && other.contains(root)));
}
