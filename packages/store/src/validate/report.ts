/**
 * `validateDataset` runs both checks a claimgraph dataset must pass — SHACL shapes and text
 * anchors — and `formatValidationReport` renders the outcome for people (grouped by shape,
 * then focus node, IRIs shortened, data text made safe for a terminal) or for machines (JSON).
 */
import type { Quad } from '@rdfjs/types';
import { shortenIri, type PrefixMap } from '../prefixes.js';
import { checkAnchors, type AnchorProblem } from './anchors.js';
import { validateShacl, type ShaclResult } from './shacl.js';
import { ontologyShapes } from './shapes.js';

/** The outcome of `validateDataset`. */
export interface ValidationReport {
  /** True when SHACL reports nothing and every anchor matches its document. */
  conforms: boolean;
  shacl: { conforms: boolean; results: ShaclResult[] };
  anchors: { checked: number; problems: AnchorProblem[] };
}

/**
 * Validates a dataset against SHACL shapes (over the union of its graphs; by default the
 * ontology's shapes) and checks every anchor against the body text of its article.
 * @example const report = await validateDataset(store.quads());
 */
export async function validateDataset(
  data: readonly Quad[],
  shapes: Iterable<Quad> = ontologyShapes(),
): Promise<ValidationReport> {
  const shacl = await validateShacl(data, shapes);
  const anchors = checkAnchors(data);
  return { conforms: shacl.conforms && anchors.problems.length === 0, shacl, anchors };
}

function safe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Renders a validation report as readable text or as JSON.
 * @example formatValidationReport(report, 'text', DEFAULT_PREFIXES)
 */
export function formatValidationReport(
  report: ValidationReport,
  format: 'text' | 'json',
  prefixes: PrefixMap,
): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  const show = (id: string) =>
    id.startsWith('_:') || id.startsWith('"') ? safe(id) : safe(shortenIri(id, prefixes));
  const showPath = (path: string) => path.replace(/<([^>]*)>/g, (_, iri: string) => show(iri));
  const lines: string[] = [];
  const results = report.shacl.results;
  lines.push(
    results.length === 0 ? 'SHACL: conforms' : `SHACL: ${plural(results.length, 'result')}`,
  );
  const byShape = new Map<string, ShaclResult[]>();
  for (const result of results) {
    const key = `${result.parentShape ?? ''}\u0000${result.shape}\u0000${result.constraint}`;
    byShape.set(key, [...(byShape.get(key) ?? []), result]);
  }
  for (const key of [...byShape.keys()].sort()) {
    const group = byShape.get(key) ?? [];
    const first = group[0] as ShaclResult;
    const shape =
      first.parentShape && first.path
        ? `${show(first.parentShape)} › ${showPath(first.path)}`
        : show(first.shape);
    lines.push(`  ${shape} — ${show(first.constraint)} (${plural(group.length, 'result')})`);
    const byFocus = new Map<string, ShaclResult[]>();
    for (const result of group)
      byFocus.set(result.focusNode, [...(byFocus.get(result.focusNode) ?? []), result]);
    for (const focus of [...byFocus.keys()].sort()) {
      lines.push(`    ${show(focus)}`);
      for (const result of byFocus.get(focus) ?? []) {
        const where = result.path ? `${showPath(result.path)}: ` : '';
        const value = result.value ? ` (value ${show(result.value)})` : '';
        const severity = result.severity === 'Violation' ? '' : `[${result.severity}] `;
        lines.push(
          `      ${severity}${where}${safe(result.message.join('; ') || 'constraint not met')}${value}`,
        );
      }
    }
  }
  const { checked, problems } = report.anchors;
  lines.push(
    problems.length === 0
      ? `Anchors: all ${plural(checked, 'anchor')} match their documents`
      : `Anchors: ${plural(problems.length, 'problem')} in ${plural(checked, 'anchor')}`,
  );
  for (const problem of problems) {
    const source = problem.source ? ` in ${show(problem.source)}` : '';
    lines.push(`  ${show(problem.anchor)}${source}: ${safe(problem.message)}`);
  }
  lines.push(report.conforms ? 'The dataset conforms.' : 'The dataset does NOT conform.');
  return `${lines.join('\n')}\n`;
}
