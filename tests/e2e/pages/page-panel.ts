import type { CDPSession, Page } from 'playwright-core';
import { waitFor } from '../../support/wait-for';

interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
  ignored?: boolean;
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
    const nodes = await this.nodes();
    const start = nodes.findIndex((node) => node.role?.value === 'complementary' && /Vigie/.test(node.name?.value ?? ''));
    return start < 0 ? [] : nodes.slice(start).map((node) => node.name?.value ?? '').filter(Boolean);
  }

  async waitForText(pattern: RegExp, timeout = 10_000): Promise<string> {
    return waitFor(async () => (await this.texts()).find((text) => pattern.test(text)), { timeout, message: `the panel to say ${pattern}` });
  }

  async press(role: string, name: RegExp): Promise<void> {
    const node = await waitFor(async () => (await this.nodes()).find((each) => each.role?.value === role && name.test(each.name?.value ?? '')), {
      message: `a ${role} named ${name} in the panel`,
    });
    await this.cdp.send('DOM.enable');
    await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    await this.cdp.send('DOM.focus', { backendNodeId: node.backendDOMNodeId });
    await this.page.keyboard.press('Enter');
  }
}
