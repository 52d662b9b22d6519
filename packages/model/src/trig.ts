/**
 * Serialises the dataset as TriG with the claimgraph prefixes. `toTrig` takes
 * RDF/JS quads and uses n3's writer; `trigChunks` takes the model's graphs of
 * rows and writes the same text one named graph at a time (a header, then one
 * block per graph in canonical order), so that a large dataset is never held
 * as one string and a block can be reused when its graph has not changed.
 * The term syntax follows n3's writer exactly (prefixed names where the local
 * part allows it, `a` for rdf:type, the same escapes and datatype
 * abbreviations), which tests check against n3 itself.
 */
import { PREFIXES } from '@claimgraph/ontology';
import { Writer, type Quad } from 'n3';
import type { GraphRows, ObjectValue, Row } from './quads.js';

/** Prefixes written at the top of every TriG file. */
export const TRIG_PREFIXES: Readonly<Record<string, string>> = Object.fromEntries(
  ['cg', 'cgid', 'cggraph', 'rdf', 'rdfs', 'xsd', 'skos', 'prov', 'oa', 'org'].map((prefix) => [
    prefix,
    PREFIXES[prefix as keyof typeof PREFIXES],
  ]),
);

/**
 * Writes quads as TriG text.
 * @example const text = await toTrig(result.quads);
 */
export function toTrig(
  quads: readonly Quad[],
  prefixes: Readonly<Record<string, string>> = TRIG_PREFIXES,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const writer = new Writer({ format: 'application/trig', prefixes: { ...prefixes } });
    writer.addQuads([...quads]);
    writer.end((error, result: string) => (error ? reject(error) : resolve(result)));
  });
}

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const XSD_NS = 'http://www.w3.org/2001/XMLSchema#';
// The characters n3's writer escapes in IRIs and literals (control characters included, on purpose).
// eslint-disable-next-line no-control-regex
const ESCAPE = /["\\\t\n\r\b\f\u0000-\u0019\ud800-\udbff]/;
// eslint-disable-next-line no-control-regex
const ESCAPE_ALL = /["\\\t\n\r\b\f\u0000-\u0019]|[\ud800-\udbff][\udc00-\udfff]/g;
const ESCAPED: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\b': '\\b',
  '\f': '\\f',
};
const LOCAL_START =
  'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF' +
  '\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD_:0-9';
const LOCAL_CHAR = `${LOCAL_START}\\-\\u00B7\\u0300-\\u036F\\u203F\\u2040`;
const PERCENT = '%[0-9A-Fa-f]{2}';
// A local name (PN_LOCAL) as n3's writer accepts it; the ranges are code points, not combined characters.
const LOCAL_NAME = new RegExp(
  // eslint-disable-next-line no-misleading-character-class
  `^(?:(?:[${LOCAL_START}]|${PERCENT})` +
    `(?:(?:[${LOCAL_CHAR}.]|${PERCENT})*(?:[${LOCAL_CHAR}]|${PERCENT}))?)?$`,
);

function escapeCharacter(character: string): string {
  const known = ESCAPED[character];
  if (known !== undefined) return known;
  if (character.length === 1) {
    const hex = character.charCodeAt(0).toString(16);
    return '\\u0000'.slice(0, 6 - hex.length) + hex;
  }
  const hex = (
    (character.charCodeAt(0) - 0xd800) * 0x400 +
    character.charCodeAt(1) +
    0x2400
  ).toString(16);
  return '\\U00000000'.slice(0, 10 - hex.length) + hex;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const escapeText = (text: string) =>
  ESCAPE.test(text) ? text.replace(ESCAPE_ALL, escapeCharacter) : text;

/** Encodes IRIs and literals as TriG terms with a fixed set of prefixes. */
class TermEncoder {
  private readonly prefixOf = new Map<string, string>();
  private readonly pattern: RegExp;
  private readonly cache = new Map<string, string>();

  constructor(prefixes: Readonly<Record<string, string>>) {
    let iris = '';
    let names = '';
    for (const [prefix, iri] of Object.entries(prefixes)) {
      this.prefixOf.set(iri, `${prefix}:`);
      iris += iris ? `|${escapeRegex(iri)}` : escapeRegex(iri);
      names += names ? `|${escapeRegex(`${prefix}:`)}` : escapeRegex(`${prefix}:`);
    }
    this.pattern = new RegExp(`^(${iris})([_a-zA-Z0-9](?:\\.?[\\-_a-zA-Z0-9])*)$|^(?:${names})`);
  }

  /** An IRI as a prefixed name or `<iri>`; frequent IRIs are remembered. */
  iri(value: string): string {
    const known = this.cache.get(value);
    if (known !== undefined) return known;
    const iri = escapeText(value);
    const match = this.prefixOf.size > 0 ? this.pattern.exec(iri) : null;
    let encoded: string;
    if (!match) encoded = `<${iri}>`;
    else if (match[1]) encoded = this.prefixOf.get(match[1])! + match[2];
    else encoded = LOCAL_NAME.test(iri.slice(match[0].length)) ? iri : `<${iri}>`;
    if (this.cache.size >= 65_536) this.cache.clear();
    this.cache.set(value, encoded);
    return encoded;
  }

  predicate(value: string): string {
    return value === RDF_TYPE ? 'a' : this.iri(value);
  }

  object(object: ObjectValue): string {
    if (typeof object === 'string') return `"${escapeText(object)}"`;
    if (object.termType === 'NamedNode') return this.iri(object.value);
    const value = escapeText(object.value);
    if (object.language) return `"${value}"@${object.language}`;
    switch (object.datatype.value) {
      case `${XSD_NS}string`:
        return `"${value}"`;
      case `${XSD_NS}boolean`:
        if (value === 'true' || value === 'false') return value;
        break;
      case `${XSD_NS}integer`:
        if (/^[+-]?\d+$/.test(value)) return value;
        break;
      case `${XSD_NS}decimal`:
        if (/^[+-]?\d*\.\d+$/.test(value)) return value;
        break;
      case `${XSD_NS}double`:
        if (/^[+-]?(?:\d+\.\d*|\.?\d+)[eE][+-]?\d+$/.test(value)) return value;
        break;
    }
    return `"${value}"^^${this.iri(object.datatype.value)}`;
  }
}

/** Writes TriG text for named graphs of rows, one graph at a time. */
export class TrigSerialiser {
  private readonly encoder: TermEncoder;
  /** The `@prefix` lines and the blank line after them. */
  readonly header: string;

  constructor(prefixes: Readonly<Record<string, string>> = TRIG_PREFIXES) {
    this.encoder = new TermEncoder(prefixes);
    const lines = Object.entries(prefixes).map(([prefix, iri]) => `@prefix ${prefix}: <${iri}>.\n`);
    this.header = lines.length > 0 ? `${lines.join('')}\n` : '';
  }

  /**
   * The block of one named graph: `graph {` … `}` with its rows (sorted,
   * without duplicates), or '' for a graph without rows.
   */
  graph(graph: string, rows: readonly Row[]): string {
    return this.block(graph, this.groups(rows));
  }

  /** The block of one named graph from its subject groups (in subject order). */
  block(graph: string, groups: readonly SubjectGroup[]): string {
    if (groups.length === 0) return '';
    let text = this.opening(graph);
    for (let i = 0; i < groups.length; i += 1)
      text += i === 0 ? groups[i]![1] : `${GROUP_SEPARATOR}${groups[i]![1]}`;
    return `${text}${BLOCK_CLOSING}`;
  }

  /** What a graph's block starts with; its groups follow, apart by `GROUP_SEPARATOR`, then `BLOCK_CLOSING`. */
  opening(graph: string): string {
    return `${this.encoder.iri(graph)} {\n`;
  }

  /**
   * Rows (sorted, without duplicates) as subject groups: each subject with the
   * text of its predicates and objects, as it appears in a graph block.
   */
  groups(rows: readonly Row[]): SubjectGroup[] {
    const enc = this.encoder;
    const groups: SubjectGroup[] = [];
    let subject: string | undefined;
    let predicate: string | undefined;
    let text = '';
    for (const row of rows) {
      if (row.subject === subject) {
        if (row.predicate.value === predicate) text += `, ${enc.object(row.object)}`;
        else {
          predicate = row.predicate.value;
          text += `;\n    ${enc.predicate(predicate)} ${enc.object(row.object)}`;
        }
      } else {
        if (subject !== undefined) groups.push([subject, text]);
        subject = row.subject;
        predicate = row.predicate.value;
        text = `${enc.iri(subject)} ${enc.predicate(predicate)} ${enc.object(row.object)}`;
      }
    }
    if (subject !== undefined) groups.push([subject, text]);
    return groups;
  }
}

/** What comes between two subject groups of a graph block. */
export const GROUP_SEPARATOR = '.\n';

/** What ends a graph block. */
export const BLOCK_CLOSING = '\n}\n';

/** A subject's IRI and its text in a graph block (subject, predicates, objects; no final dot). */
export type SubjectGroup = readonly [subject: string, text: string];

/**
 * Merges two lists of subject groups sorted by subject, whose subjects differ,
 * into one sorted list — the groups of the union of their rows.
 * @example block(graph, mergeGroups(statementGroups, localGroups))
 */
export function mergeGroups(
  a: readonly SubjectGroup[],
  b: readonly SubjectGroup[],
): SubjectGroup[] {
  const merged: SubjectGroup[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(a[i]![0] < b[j]![0] ? a[i++]! : b[j++]!);
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

/**
 * The TriG text of graphs of rows as chunks: the header, then one block per graph.
 * Joined, the chunks equal `toTrig` of the same quads.
 * @example for (const chunk of trigChunks(model.graphs)) stream.write(chunk);
 */
export function* trigChunks(
  graphs: readonly GraphRows[],
  prefixes: Readonly<Record<string, string>> = TRIG_PREFIXES,
): Generator<string> {
  const serialiser = new TrigSerialiser(prefixes);
  yield serialiser.header;
  for (const { graph, rows } of graphs) yield serialiser.graph(graph, rows);
}
