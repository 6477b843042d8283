import type { CDPSession, Page } from 'playwright-core';
import { waitFor } from '../../support/wait-for';

export interface AXNode {
  nodeId?: string;
  childIds?: string[];
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
  ignored?: boolean;
  properties?: Array<{ name: string; value: { value?: unknown } }>;
}

/**
 * Vigie's panel on a web page, read as a screen reader reads it: its shadow root is closed, so
 * neither the page nor Playwright's selectors reach it, but the accessibility tree does (through
 * the DevTools protocol). Pressing its buttons focuses them and presses Enter: keyboard reachable.
 */
export class PagePanel {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async of(page: Page): Promise<PagePanel> {
    return new PagePanel(page, await page.context().newCDPSession(page));
  }

  async nodes(): Promise<AXNode[]> {
    const { nodes } = (await this.cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    return nodes.filter((node) => !node.ignored);
  }

  /** The accessible names of the nodes inside the panel's landmark (the page's own nodes excluded). */
  async texts(): Promise<string[]> {
    return (await this.panelNodes()).map((node) => node.name?.value ?? '').filter(Boolean);
  }

  async waitForText(pattern: RegExp, timeout = 10_000): Promise<string> {
    return waitFor(async () => (await this.texts()).find((text) => pattern.test(text)), { timeout, message: `the panel to say ${pattern}` });
  }

  async press(role: string, name: RegExp): Promise<void> {
    await this.focus(role, name);
    await this.page.keyboard.press('Enter');
  }

  /** Moves the keyboard focus to the panel's `role` named `name`. */
  async focus(role: string, name: RegExp): Promise<void> {
    const node = await this.find(role, name);
    await this.cdp.send('DOM.enable');
    await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    await this.cdp.send('DOM.focus', { backendNodeId: node.backendDOMNodeId });
  }

  async find(role: string, name: RegExp): Promise<AXNode> {
    return waitFor(async () => (await this.panelNodes()).find((each) => each.role?.value === role && name.test(each.name?.value ?? '')), {
      message: `a ${role} named ${name} in the panel`,
    });
  }

  /** Whether the panel is on the page (its landmark in the accessibility tree). */
  async isShown(): Promise<boolean> {
    return (await this.landmark()) !== undefined;
  }

  /** The panel's nodes: its landmark and what follows it. */
  async panelNodes(): Promise<AXNode[]> {
    const nodes = await this.nodes();
    const start = nodes.findIndex(isLandmark);
    return start < 0 ? [] : nodes.slice(start);
  }

  /** The panel's box in the window, as drawn. */
  async box(): Promise<Box> {
    const landmark = await waitFor(() => this.landmark(), { message: 'the panel' });
    return this.boxOf(landmark);
  }

  /** The panel's buttons, each with its accessible name and box. */
  async buttons(): Promise<Array<{ name: string; box: Box; backendNodeId: number }>> {
    const buttons = (await this.panelNodes()).filter((node) => node.role?.value === 'button');
    return Promise.all(buttons.map(async (node) => ({ name: node.name?.value ?? '', box: await this.boxOf(node), backendNodeId: node.backendDOMNodeId! })));
  }

  /** Whether a click at the centre of `backendNodeId`'s box lands on it (or inside it), not on something drawn over it. */
  async isHitAtCentre(backendNodeId: number, box: Box): Promise<boolean> {
    await this.cdp.send('DOM.enable');
    await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const hit = (await this.cdp.send('DOM.getNodeForLocation', { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2), includeUserAgentShadowDOM: false })) as { backendNodeId: number };
    const { node } = (await this.cdp.send('DOM.describeNode', { backendNodeId, depth: -1, pierce: true })) as { node: DomNode };
    return descendants(node).includes(hit.backendNodeId);
  }

  /** Computed styles of the panel's node, read through the DevTools protocol (the shadow root is closed). */
  async computedStyle(backendNodeId: number, names: string[]): Promise<Record<string, string>> {
    await this.cdp.send('DOM.enable');
    await this.cdp.send('CSS.enable');
    await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodeIds } = (await this.cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [backendNodeId] })) as { nodeIds: number[] };
    const { computedStyle } = (await this.cdp.send('CSS.getComputedStyleForNode', { nodeId: nodeIds[0]! })) as { computedStyle: Array<{ name: string; value: string }> };
    return Object.fromEntries(computedStyle.filter((property) => names.includes(property.name)).map((property) => [property.name, property.value]));
  }

  async landmark(): Promise<AXNode | undefined> {
    return (await this.nodes()).find(isLandmark);
  }

  private async boxOf(node: AXNode): Promise<Box> {
    const { model } = (await this.cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId })) as { model: { border: number[] } };
    const xs = [model.border[0]!, model.border[2]!, model.border[4]!, model.border[6]!];
    const ys = [model.border[1]!, model.border[3]!, model.border[5]!, model.border[7]!];
    return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
  }
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface DomNode {
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function descendants(node: DomNode): number[] {
  return [node.backendNodeId, ...[...(node.children ?? []), ...(node.shadowRoots ?? [])].flatMap(descendants)];
}

function isLandmark(node: AXNode): boolean {
  return node.role?.value === 'complementary' && /Vigie/.test(node.name?.value ?? '');
}
