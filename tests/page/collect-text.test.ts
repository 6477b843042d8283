// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectText } from '../../lib/page/page-text-stream';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('collectText', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('keeps adjacent text together and puts a line break between any two others', () => {
    const paragraph = page('<p>Python</p>').querySelector('p')!;
    paragraph.append(' et Go');
    expect(collectText(document).text).toBe('Python et Go');
    const { text } = collectText(page('<p>Du <i>Vue</i>, <b>React</b></p><ul><li>Python</li><li>Go</li></ul><p>Java<br>Script</p>'));
    expect(text).toBe('Du \nVue\n, \nReact\nPython\nGo\nJava\nScript');
  });

  it('maps every text node to its place in the text', () => {
    const result = collectText(page('<h1>Poste</h1><p>Un <em>backend</em> en Go.</p>'));
    expect(result.nodes.map((node) => node.data)).toEqual(['Poste', 'Un ', 'backend', ' en Go.']);
    result.nodes.forEach((node, index) => {
      expect(result.text.slice(result.starts[index], result.starts[index]! + node.length)).toBe(node.data);
    });
  });

  it.each([
    ['script', '<script>var python = 1;</script>'],
    ['style', '<style>.python { color: red }</style>'],
    ['code', '<p>Lancez <code>python manage.py</code></p>'],
    ['textarea', '<textarea>Python</textarea>'],
    ['input', '<input value="Python">'],
    ['select', '<select><option>Python</option></select>'],
    ['contenteditable', '<div contenteditable="true"><p>Python</p></div>'],
    ['Vigie’s panel', '<vigie-panel>Python</vigie-panel>'],
  ])('skips %s', (_name, html) => {
    expect(collectText(page(`<p>Django</p>${html}`)).text).not.toMatch(/python/i);
  });

  it('reads inside contenteditable="false"', () => {
    expect(collectText(page('<div contenteditable="false">Python</div>')).text).toBe('Python');
  });

  it('reads a subtree, and nothing under a skipped ancestor', () => {
    page('<p id="a">Django <b>REST</b></p><pre><code><span id="b">Python</span></code></pre>');
    expect(collectText(document.getElementById('a')!).text).toBe('Django \nREST');
    expect(collectText(document.getElementById('b')!).text).toBe('');
    expect(collectText(document.getElementById('b')!.firstChild!).text).toBe('');
    expect(collectText(document.getElementById('a')!.firstChild!).text).toBe('Django ');
  });

  it('returns nothing for an empty page', () => {
    expect(collectText(page(''))).toEqual({ text: '', nodes: [], starts: [] });
  });
});
