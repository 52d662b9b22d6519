// @vitest-environment happy-dom
import type { ViewDocument } from '@claimgraph/projection';
import { describe, expect, it, vi } from 'vitest';
import { renderReader } from './reader.js';

const text = 'Intro 🌉 <b>not bold</b> — "the quote" said Ada Example.';
const cp = (needle: string): [number, number] => {
  const start = [...text.slice(0, text.indexOf(needle))].length;
  return [start, start + [...needle].length];
};
const [quoteStart, quoteEnd] = cp('the quote');
const [nameStart, nameEnd] = cp('Ada Example');
const doc: ViewDocument = {
  docId: 'd1',
  iri: 'https://w3id.org/claimgraph/id/document/d1',
  title: 'A <script>title</script>',
  outlet: 'Example Times',
  published: '2021-03-04',
  text,
  spans: [
    { start: quoteStart, end: quoteEnd, nodeId: 'stmt', kind: 'report' },
    { start: nameStart, end: nameEnd, nodeId: 'ada', kind: 'mention' },
  ],
};

describe('document reader', () => {
  it('renders the text as text, never as markup', () => {
    const container = document.createElement('div');
    renderReader(container, doc, { focusNodeId: null, onSpanActivate: () => {}, describe: (id) => id });
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('.reader-text')!.textContent).toBe(text);
    expect(container.querySelector('.reader-title')!.textContent).toBe('A <script>title</script>');
  });

  it('highlights the focused statement at the right characters after an emoji', () => {
    const container = document.createElement('div');
    const focused = renderReader(container, doc, { focusNodeId: 'stmt', onSpanActivate: () => {}, describe: (id) => id });
    expect(focused?.textContent).toBe('the quote');
    expect(focused?.classList.contains('span-focus')).toBe(true);
    const marks = [...container.querySelectorAll('mark')].map((mark) => [mark.textContent, mark.dataset['kind']]);
    expect(marks).toEqual([
      ['the quote', 'report'],
      ['Ada Example', 'mention'],
    ]);
  });

  it('makes every other span clickable and keyboard-activatable back into the graph', () => {
    const container = document.createElement('div');
    const onSpanActivate = vi.fn();
    renderReader(container, doc, { focusNodeId: 'stmt', onSpanActivate, describe: (id) => `node ${id}` });
    const mention = container.querySelector<HTMLElement>('mark[data-node-id="ada"]')!;
    expect(mention.getAttribute('title')).toBe('mention: node ada');
    mention.click();
    mention.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(onSpanActivate.mock.calls).toEqual([['ada'], ['ada']]);
  });
});
