/**
 * The document reader: shows an article's body text with every extracted
 * span marked (reports, mentions, evidence), the focused statement's span
 * highlighted and scrolled into view, and each mark clickable back into the
 * graph. The text is untrusted and is only ever inserted as text nodes.
 */
import type { ViewDocument } from '@claimgraph/projection';
import { el, replaceChildren } from './dom.js';
import { primarySpan, splitIntoPieces } from './text-spans.js';

/** What the reader should show. */
export interface ReaderOptions {
  /** The node whose spans are highlighted (e.g. the selected statement). */
  focusNodeId: string | null;
  /** Called with a node id when a marked span is activated. */
  onSpanActivate: (nodeId: string) => void;
  /** Turns a node id into a readable name for the mark's tooltip. */
  describe: (nodeId: string) => string;
}

/**
 * Renders `doc` into `container`, replacing what was there, and returns the
 * first highlighted mark (already scrolled into view), if any.
 */
export function renderReader(container: HTMLElement, doc: ViewDocument, options: ReaderOptions): HTMLElement | null {
  const heading = el(
    'header',
    { class: 'reader-head' },
    el('h3', { class: 'reader-title' }, doc.title),
    el('p', { class: 'reader-meta' }, [doc.outlet, doc.published].filter(Boolean).join(' · ') || doc.docId),
  );
  const body = el('div', { class: 'reader-text', tabindex: 0, 'aria-label': `Text of ${doc.title}` });
  let firstFocus: HTMLElement | null = null;
  for (const piece of splitIntoPieces(doc.text, doc.spans)) {
    const span = primarySpan(piece.spans, options.focusNodeId);
    if (!span) {
      body.appendChild(document.createTextNode(piece.text));
      continue;
    }
    const focused = piece.spans.some((candidate) => candidate.nodeId === options.focusNodeId);
    const mark = el(
      'mark',
      {
        class: `span span-${span.kind}${focused ? ' span-focus' : ''}`,
        'data-node-id': span.nodeId,
        'data-kind': span.kind,
        role: 'button',
        tabindex: 0,
        title: `${span.kind}: ${options.describe(span.nodeId)}`,
      },
      piece.text,
    );
    const activate = (): void => options.onSpanActivate(span.nodeId);
    mark.addEventListener('click', activate);
    mark.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        activate();
      }
    });
    if (focused && !firstFocus) firstFocus = mark;
    body.appendChild(mark);
  }
  replaceChildren(container, heading, body);
  firstFocus?.scrollIntoView?.({ block: 'center', behavior: 'instant' as ScrollBehavior });
  return firstFocus;
}
