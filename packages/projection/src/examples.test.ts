import { EXAMPLE_DATASETS } from '@claimgraph/ontology';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { describe, expect, it } from 'vitest';
import { toGexf } from './gexf.js';
import { projectDataset } from './project.js';

describe.each(EXAMPLE_DATASETS.map((example) => [example.name, example] as const))('the ontology example %s', (_name, example) => {
  const quads = new Parser({ format: example.format }).parse(example.text) as Quad[];
  const view = projectDataset(quads);
  const byId = new Map(view.nodes.map((node) => [node.id, node]));

  it('projects to a connected-looking graph with every edge between existing nodes', () => {
    expect(view.nodes.length).toBeGreaterThan(10);
    for (const edge of view.edges) {
      expect(byId.has(edge.source), edge.id).toBe(true);
      expect(byId.has(edge.target), edge.id).toBe(true);
    }
    expect(view.nodes.filter((node) => node.degree === 0)).toEqual([]);
  });

  it('links each statement to its speaker with a "said" edge', () => {
    for (const statement of view.statements) {
      expect(statement.speaker, statement.id).toBeDefined();
      expect(view.edges).toContainEqual(expect.objectContaining({ kind: 'said', source: statement.speaker?.id, target: statement.id }));
    }
  });

  it('points every report span at the quoted words in the article body (code-point offsets, quote marks aside)', () => {
    const withoutQuoteMarks = (text: string) => text.replace(/["“”‘’]/g, '');
    const texts = new Map(view.documents.map((doc) => [doc.iri, Array.from(doc.text)]));
    const reports = view.statements.flatMap((statement) => statement.reports).filter((report) => report.start >= 0);
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) {
      const text = texts.get(report.articleIri);
      const span = text?.slice(report.start, report.end).join('') ?? '';
      expect(withoutQuoteMarks(span), `${report.docId} ${report.start}`).toBe(withoutQuoteMarks(report.quotedText));
    }
  });

  it('flags exactly the statements in a dispute as contested', () => {
    for (const statement of view.statements) {
      const conflicted = statement.disputes.length > 0 || statement.disputeIds.length > 0;
      expect(byId.get(statement.id)?.contested, statement.id).toBe(conflicted);
    }
    expect(view.statements.some((statement) => statement.disputes.length > 0)).toBe(true);
  });

  it('exports to GEXF that reads back with every node and edge', () => {
    const graph = parseGexf(MultiDirectedGraph, toGexf(view));
    expect([graph.order, graph.size]).toEqual([view.nodes.length, view.edges.length]);
  });
});
