/**
 * The right panel: everything known about the selected node in plain words.
 * For a statement it answers who said it, in which post and for which
 * organisation, when, in which original medium, which outlets reported it in
 * which exact words, and which statements dispute it. Every linked node is a
 * button that selects it. Below it the document reader shows the article a
 * report comes from.
 */
import { NODE_STYLE, type ViewNode, type ViewStatement } from '@claimgraph/projection';
import { el, replaceChildren, type Child } from './dom.js';
import { renderReader } from './reader.js';
import type { ViewerStore } from './store.js';

/** Mounts the details panel and the reader; `select` selects a node (and moves the camera). */
export function mountDetailsPanel(
  details: HTMLElement,
  reader: HTMLElement,
  store: ViewerStore,
  select: (nodeId: string) => void,
): void {
  const view = store.view;
  const statements = new Map(view.statements.map((statement) => [statement.id, statement]));
  const documents = new Map(view.documents.map((doc) => [doc.docId, doc]));
  const documentsByIri = new Map(view.documents.map((doc) => [doc.iri, doc]));
  const labelOf = (id: string): string => store.nodesById.get(id)?.label ?? id;

  const nodeLink = (id: string, text?: string): Child => {
    const node = store.nodesById.get(id);
    if (!node) return text ?? id;
    const button = el('button', { type: 'button', class: `node-link kind-${node.kind}`, 'data-node-id': id }, text ?? node.label);
    button.addEventListener('click', () => select(id));
    return button;
  };
  const openReader = (docId: string, focusNodeId: string | null): void => store.update({ reader: { docId, focusNodeId } });

  /** What the panel shows before anything is selected: the disputes and the most connected actors. */
  const overview = (): HTMLElement => {
    const disputes = view.nodes.filter((candidate) => candidate.kind === 'dispute');
    const actors = view.nodes
      .filter((candidate) => candidate.kind === 'person' || candidate.kind === 'organization')
      .sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label))
      .slice(0, 8);
    const partiesOf = (dispute: ViewNode): string[] =>
      dispute.details.filter((detail) => detail.iri.endsWith('#hasParty')).flatMap((detail) => detail.values.map((value) => value.label ?? value.value));
    return el(
      'div',
      { class: 'overview' },
      el('h2', {}, 'Who said what?'),
      el(
        'p',
        { class: 'muted' },
        `${view.statements.length} statements by ${view.nodes.filter((n) => n.kind === 'person' || n.kind === 'organization').length} actors, reported by ${view.outlets.length} outlets. Click a node, search by name, or open the statement list.`,
      ),
      disputes.length > 0
        ? el(
            'section',
            { 'aria-label': 'Disputes' },
            el('h3', {}, `Disputes (${disputes.length})`),
            el(
              'ul',
              { class: 'overview-list disputes-overview' },
              ...disputes.map((dispute) =>
                el('li', {}, nodeLink(dispute.id), partiesOf(dispute).length > 0 ? el('span', { class: 'muted' }, ` — ${partiesOf(dispute).join(', ')}`) : null),
              ),
            ),
          )
        : null,
      actors.length > 0
        ? el(
            'section',
            { 'aria-label': 'Most connected actors' },
            el('h3', {}, 'Most connected actors'),
            el(
              'ul',
              { class: 'overview-list' },
              ...actors.map((actor) => {
                const said = view.statements.filter((statement) => statement.speaker?.id === actor.id).length;
                return el('li', {}, nodeLink(actor.id), el('span', { class: 'muted' }, said > 0 ? ` · ${said} statement${said === 1 ? '' : 's'}` : ''));
              }),
            ),
          )
        : null,
      el('p', { class: 'hint' }, 'Thick red links are disputes between statements. Select a statement to see who reported it, in which words, and read it in the article.'),
    );
  };

  const renderDetails = (): void => {
    const id = store.state.selected;
    const node = id ? store.nodesById.get(id) : undefined;
    if (!node) {
      replaceChildren(details, overview());
      return;
    }
    const statement = statements.get(node.id);
    replaceChildren(
      details,
      el(
        'header',
        { class: 'details-head' },
        el('span', { class: `kind-badge kind-${node.kind}` }, NODE_STYLE[node.kind]?.label ?? node.kind),
        node.contested ? el('span', { class: 'contested-badge' }, 'contested') : null,
        el('h2', { id: 'details-title' }, statement ? `“${statement.text}”` : node.label),
        node.aliases.length > 0 ? el('p', { class: 'aliases' }, `also: ${node.aliases.join(', ')}`) : null,
      ),
      statement ? statementSection(statement) : null,
      node.kind === 'article' ? articleSection(node) : null,
      ['person', 'organization', 'outlet'].includes(node.kind) ? saidSection(node) : null,
      propertiesSection(node),
      el('p', { class: 'iri' }, el('span', { class: 'muted' }, 'IRI '), el('code', {}, node.id)),
    );
  };

  const statementSection = (statement: ViewStatement): HTMLElement => {
    const facts: Array<[string, Child]> = [];
    if (statement.speaker) facts.push(['Said by', nodeLink(statement.speaker.id, statement.speaker.label)]);
    if (statement.post) facts.push(['As', nodeLink(statement.post.id, statement.post.label)]);
    if (statement.onBehalfOf) facts.push(['For', nodeLink(statement.onBehalfOf.id, statement.onBehalfOf.label)]);
    if (statement.date) facts.push(['On', el('time', { datetime: statement.date }, statement.date)]);
    if (statement.medium) facts.push(['Originally in', el('span', {}, nodeLink(statement.medium.id, statement.medium.label), ` (${statement.medium.kind})`)]);
    const reports = statement.reports.map((report) => {
      const doc = documents.get(report.docId);
      const read = el('button', { type: 'button', class: 'read-button', 'aria-label': `Read in ${doc?.title ?? report.docId}` }, 'Read in article →');
      read.addEventListener('click', () => openReader(report.docId, statement.id));
      return el(
        'li',
        { class: 'report' },
        el('div', { class: 'report-head' }, el('strong', {}, report.outlet ?? 'Unknown outlet'), el('span', { class: 'muted' }, ` · ${report.quoteType} quote`)),
        el('blockquote', {}, report.quotedText),
        el('div', { class: 'report-foot' }, el('span', { class: 'muted' }, doc?.title ?? report.docId), read),
      );
    });
    const outlets = new Set(statement.reports.map((report) => report.outlet).filter(Boolean));
    const disputedBy = statement.disputes.map((otherId) => {
      const other = statements.get(otherId);
      return el('li', {}, nodeLink(otherId, other ? `“${shorten(other.text)}”` : labelOf(otherId)), other?.speaker ? ` — ${other.speaker.label}` : '');
    });
    return el(
      'section',
      { class: 'statement-facts', 'aria-label': 'About this statement' },
      el('dl', { class: 'facts' }, ...facts.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)])),
      disputedBy.length > 0 || statement.disputeIds.length > 0
        ? el(
            'div',
            { class: 'disputes-box', role: 'note' },
            el('h3', {}, 'Disputed'),
            el('ul', {}, ...disputedBy),
            statement.disputeIds.length > 0 ? el('p', {}, 'In ', ...statement.disputeIds.flatMap((d, i) => [i > 0 ? ', ' : '', nodeLink(d)])) : null,
          )
        : null,
      el('h3', {}, `Reported by ${outlets.size} outlet${outlets.size === 1 ? '' : 's'}`),
      el('ul', { class: 'reports' }, ...reports),
    );
  };

  const articleSection = (node: ViewNode): HTMLElement | null => {
    const doc = documentsByIri.get(node.id);
    if (!doc) return null;
    const read = el('button', { type: 'button', class: 'read-button' }, 'Read this article →');
    read.addEventListener('click', () => openReader(doc.docId, null));
    return el('section', {}, read);
  };

  const saidSection = (node: ViewNode): HTMLElement | null => {
    const said = view.statements.filter((statement) => statement.speaker?.id === node.id);
    if (said.length === 0) return null;
    return el(
      'section',
      { 'aria-label': 'Statements' },
      el('h3', {}, `Said (${said.length})`),
      el('ul', { class: 'said-list' }, ...said.map((s) => el('li', {}, nodeLink(s.id, `“${shorten(s.text)}”`), s.date ? el('span', { class: 'muted' }, ` ${s.date}`) : null))),
    );
  };

  const propertiesSection = (node: ViewNode): HTMLElement =>
    el(
      'details',
      { class: 'properties', open: node.kind !== 'statement' },
      el('summary', {}, 'All properties'),
      el(
        'dl',
        { class: 'facts' },
        ...node.details.flatMap((detail) => [
          el('dt', { title: detail.iri }, detail.property),
          el(
            'dd',
            {},
            ...detail.values.flatMap((value, index) => [
              index > 0 ? el('br') : null,
              value.iri && store.nodesById.has(value.iri)
                ? nodeLink(value.iri, value.label ?? value.value)
                : value.iri
                  ? el('span', { title: value.iri }, value.label ?? value.value)
                  : shorten(value.value, 400),
            ]),
          ),
        ]),
      ),
    );

  const renderReaderPanel = (): void => {
    const state = store.state.reader;
    const doc = state ? documents.get(state.docId) : undefined;
    reader.hidden = !doc;
    if (!doc || !state) return;
    const close = el('button', { type: 'button', class: 'icon-button reader-close', 'aria-label': 'Close the reader' }, '×');
    close.addEventListener('click', () => store.update({ reader: null }));
    const body = el('div', { class: 'reader-body' });
    replaceChildren(reader, close, body);
    renderReader(body, doc, {
      focusNodeId: state.focusNodeId,
      describe: labelOf,
      onSpanActivate: (nodeId) => {
        store.update({ reader: { docId: doc.docId, focusNodeId: nodeId } });
        select(nodeId);
      },
    });
  };

  /**
   * Points the reader at the selected node: a statement's report (staying in
   * the article already open when it reports the statement too), an article
   * itself, or the first article with a span of the node (mentions, evidence).
   */
  const followSelection = (): void => {
    const id = store.state.selected;
    if (!id) return;
    const current = store.state.reader;
    const statement = statements.get(id);
    if (statement) {
      const report = statement.reports.find((r) => r.start >= 0) ?? statement.reports[0];
      if (!report) return;
      const stay = current && statement.reports.some((r) => r.docId === current.docId);
      openReader(stay ? current.docId : report.docId, statement.id);
      return;
    }
    const article = documentsByIri.get(id);
    if (article) {
      openReader(article.docId, null);
      return;
    }
    const hasSpan = (docId: string): boolean => documents.get(docId)?.spans.some((span) => span.nodeId === id) ?? false;
    if (current && hasSpan(current.docId)) openReader(current.docId, id);
    else {
      const doc = view.documents.find((candidate) => hasSpan(candidate.docId));
      if (doc) openReader(doc.docId, id);
    }
  };

  renderDetails();
  followSelection();
  renderReaderPanel();
  store.subscribe((changed) => {
    if (changed.has('selected')) {
      renderDetails();
      announce(store.state.selected ? `Selected ${labelOf(store.state.selected)}` : 'Selection cleared');
      followSelection();
      details.scrollTop = 0;
    }
    if (changed.has('reader')) renderReaderPanel();
  });
}

/** Tells screen readers what happened, through the page's live region. */
function announce(text: string): void {
  const region = document.getElementById('announcer');
  if (region) region.textContent = text;
}

function shorten(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
