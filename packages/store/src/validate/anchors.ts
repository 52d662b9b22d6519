/**
 * The anchor check: every Web Annotation anchor (`oa:SpecificResource`) must point at its
 * article (`oa:hasSource`, an article carrying `cg:bodyText`) and carry a position selector
 * (`oa:start`, `oa:end`) and a quote selector (`oa:exact`, optionally `oa:prefix`/`oa:suffix`)
 * that agree with the body text: the characters from start to end — counted in Unicode code
 * points, end exclusive — must be exactly the quoted text. Works on the union of all graphs.
 */
import type { Quad, Term } from '@rdfjs/types';
import { RDF_TYPE } from '../terms.js';

const OA = 'http://www.w3.org/ns/oa#';
const CG_BODY_TEXT = 'https://w3id.org/claimgraph/ontology#bodyText';
const OA_SPECIFIC_RESOURCE = `${OA}SpecificResource`;
const OA_HAS_SOURCE = `${OA}hasSource`;
const OA_HAS_SELECTOR = `${OA}hasSelector`;
const OA_POSITION_SELECTOR = `${OA}TextPositionSelector`;
const OA_QUOTE_SELECTOR = `${OA}TextQuoteSelector`;

/** What is wrong with an anchor. */
export type AnchorProblemKind =
  | 'no-source'
  | 'no-body-text'
  | 'missing-selector'
  | 'ambiguous'
  | 'bad-range'
  | 'mismatch'
  | 'prefix-mismatch'
  | 'suffix-mismatch';

/** One anchor that does not match its document. */
export interface AnchorProblem {
  /** The anchor resource (IRI, or `_:label`). */
  anchor: string;
  /** The article it points at, when known. */
  source?: string;
  kind: AnchorProblemKind;
  message: string;
  start?: number;
  end?: number;
  /** What the anchor says the text is. */
  expected?: string;
  /** What the document has there. */
  actual?: string;
}

/** The outcome of the anchor check. */
export interface AnchorReport {
  /** Number of anchors examined. */
  checked: number;
  problems: AnchorProblem[];
}

/** IRI, or `_:label` for a blank node. */
export function nodeId(term: Term): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
}

class TripleIndex {
  private readonly bySubject = new Map<string, Map<string, Term[]>>();

  constructor(quads: Iterable<Quad>) {
    for (const quad of quads) {
      const subject = nodeId(quad.subject);
      let properties = this.bySubject.get(subject);
      if (!properties) this.bySubject.set(subject, (properties = new Map()));
      const values = properties.get(quad.predicate.value) ?? [];
      if (!values.some((value) => value.equals(quad.object))) values.push(quad.object);
      properties.set(quad.predicate.value, values);
    }
  }

  values(subject: string, predicate: string): Term[] {
    return this.bySubject.get(subject)?.get(predicate) ?? [];
  }

  subjects(): IterableIterator<string> {
    return this.bySubject.keys();
  }
}

function nonNegativeInteger(terms: Term[]): number | undefined {
  const term = terms[0];
  if (!term || term.termType !== 'Literal' || !/^\+?\d+$/.test(term.value)) return undefined;
  return Number(term.value);
}

function quote(text: string): string {
  const shown = [...text].length > 60 ? `${[...text].slice(0, 59).join('')}…` : text;
  return JSON.stringify(shown);
}

/**
 * Checks every anchor's selectors against the body text of the article it points at.
 * @example checkAnchors(store.quads()).problems // [] when every anchor matches
 */
export function checkAnchors(quads: Iterable<Quad>): AnchorReport {
  const index = new TripleIndex(quads);
  const bodies = new Map<string, string[] | undefined>();
  const bodyOf = (article: string): string[] | undefined => {
    if (!bodies.has(article)) {
      const text = index.values(article, CG_BODY_TEXT)[0];
      bodies.set(article, text?.termType === 'Literal' ? Array.from(text.value) : undefined);
    }
    return bodies.get(article);
  };
  const problems: AnchorProblem[] = [];
  let checked = 0;
  for (const anchor of [...index.subjects()].sort()) {
    const isAnchor =
      index.values(anchor, RDF_TYPE).some((type) => type.value === OA_SPECIFIC_RESOURCE) ||
      index.values(anchor, OA_HAS_SELECTOR).length > 0;
    if (!isAnchor) continue;
    checked++;
    problems.push(...checkAnchor(anchor, index, bodyOf));
  }
  return { checked, problems };
}

function checkAnchor(
  anchor: string,
  index: TripleIndex,
  bodyOf: (article: string) => string[] | undefined,
): AnchorProblem[] {
  const sources = index.values(anchor, OA_HAS_SOURCE);
  const source = sources[0] ? nodeId(sources[0]) : undefined;
  const problem = (
    kind: AnchorProblemKind,
    message: string,
    extra: Partial<AnchorProblem> = {},
  ): AnchorProblem => ({
    anchor,
    ...(source === undefined ? {} : { source }),
    kind,
    message,
    ...extra,
  });
  if (!source) return [problem('no-source', 'the anchor has no oa:hasSource')];
  if (sources.length > 1)
    return [problem('ambiguous', `the anchor has ${sources.length} oa:hasSource values`)];
  const selectors = index.values(anchor, OA_HAS_SELECTOR).map(nodeId);
  const ofType = (type: string) =>
    selectors.filter((selector) => index.values(selector, RDF_TYPE).some((t) => t.value === type));
  const positions = ofType(OA_POSITION_SELECTOR);
  const quotes = ofType(OA_QUOTE_SELECTOR);
  if (positions.length !== 1 || quotes.length !== 1) {
    const missing = [
      positions.length === 0 ? 'oa:TextPositionSelector' : '',
      quotes.length === 0 ? 'oa:TextQuoteSelector' : '',
    ]
      .filter(Boolean)
      .join(' and ');
    return missing
      ? [problem('missing-selector', `the anchor has no ${missing}`)]
      : [
          problem(
            'ambiguous',
            `the anchor has ${positions.length} position and ${quotes.length} quote selectors; expected one of each`,
          ),
        ];
  }
  const position = positions[0] as string;
  const quoteSelector = quotes[0] as string;
  const start = nonNegativeInteger(index.values(position, `${OA}start`));
  const end = nonNegativeInteger(index.values(position, `${OA}end`));
  const exact = index.values(quoteSelector, `${OA}exact`)[0]?.value;
  if (exact === undefined)
    return [problem('missing-selector', 'the quote selector has no oa:exact')];
  const body = bodyOf(source);
  if (!body) return [problem('no-body-text', `the source <${source}> has no cg:bodyText`)];
  if (start === undefined || end === undefined || start > end || end > body.length) {
    return [
      problem(
        'bad-range',
        `the position ${start ?? '?'}..${end ?? '?'} is not a range inside the body text (${body.length} characters)`,
        {
          ...(start === undefined ? {} : { start }),
          ...(end === undefined ? {} : { end }),
          expected: exact,
        },
      ),
    ];
  }
  const found: AnchorProblem[] = [];
  const actual = body.slice(start, end).join('');
  if (actual !== exact) {
    found.push(
      problem('mismatch', `the text at ${start}..${end} is ${quote(actual)}, not ${quote(exact)}`, {
        start,
        end,
        expected: exact,
        actual,
      }),
    );
  }
  const prefix = index.values(quoteSelector, `${OA}prefix`)[0]?.value;
  if (prefix !== undefined) {
    const before = body.slice(Math.max(0, start - [...prefix].length), start).join('');
    if (before !== prefix) {
      found.push(
        problem(
          'prefix-mismatch',
          `the text before ${start} is ${quote(before)}, not the prefix ${quote(prefix)}`,
          { start, end, expected: prefix, actual: before },
        ),
      );
    }
  }
  const suffix = index.values(quoteSelector, `${OA}suffix`)[0]?.value;
  if (suffix !== undefined) {
    const after = body.slice(end, end + [...suffix].length).join('');
    if (after !== suffix) {
      found.push(
        problem(
          'suffix-mismatch',
          `the text after ${end} is ${quote(after)}, not the suffix ${quote(suffix)}`,
          { start, end, expected: suffix, actual: after },
        ),
      );
    }
  }
  return found;
}
