/**
 * Colours and readable names for node and edge kinds. Node colours come from
 * Paul Tol's colour-blind-safe "muted" and "vibrant" schemes; disputes are the
 * one saturated red so that conflict stands out, supporting links are green,
 * and structural links (publication, posts) stay grey and dashed.
 */
import type { EdgeKind, NodeKind } from './types.js';

/** Every node kind, in legend order. */
export const NODE_KINDS: readonly NodeKind[] = [
  'person',
  'organization',
  'outlet',
  'post',
  'statement',
  'policy',
  'dispute',
  'event',
  'article',
  'source-document',
];

/** Colour and readable name of each node kind. */
export const NODE_STYLE: Record<NodeKind, { color: string; label: string }> = {
  person: { color: '#332288', label: 'Person' },
  organization: { color: '#88CCEE', label: 'Organization' },
  outlet: { color: '#44AA99', label: 'Outlet' },
  post: { color: '#AA4499', label: 'Post' },
  statement: { color: '#DDCC77', label: 'Statement' },
  policy: { color: '#117733', label: 'Policy' },
  dispute: { color: '#CC3311', label: 'Dispute' },
  event: { color: '#EE7733', label: 'Event' },
  article: { color: '#999933', label: 'Article' },
  'source-document': { color: '#882255', label: 'Source document' },
};

/** Colour, readable name and line style of each edge kind. */
export const EDGE_STYLE: Record<EdgeKind, { color: string; label: string; dashed?: boolean }> = {
  said: { color: '#6F63B5', label: 'said' },
  'on-behalf-of': { color: '#88CCEE', label: 'on behalf of' },
  'in-capacity-of': { color: '#AA4499', label: 'in capacity of' },
  'holds-post': { color: '#AA4499', label: 'holds post', dashed: true },
  'post-in': { color: '#AAAAAA', label: 'post in', dashed: true },
  'member-of': { color: '#AAAAAA', label: 'member of', dashed: true },
  'reported-in': { color: '#999933', label: 'reported in' },
  'published-by': { color: '#AAAAAA', label: 'published by', dashed: true },
  'stated-in': { color: '#882255', label: 'stated in' },
  about: { color: '#44AA99', label: 'about' },
  describes: { color: '#117733', label: 'describes' },
  disputes: { color: '#CC3311', label: 'disputes' },
  supports: { color: '#009988', label: 'supports' },
  'party-to': { color: '#EE3377', label: 'party to' },
  stance: { color: '#0077BB', label: 'takes a stance on' },
  involves: { color: '#EE7733', label: 'involves' },
  authored: { color: '#AAAAAA', label: 'authored', dashed: true },
  'mentioned-in': { color: '#CCCCCC', label: 'mentioned in', dashed: true },
  'enacted-by': { color: '#117733', label: 'enacted by' },
  'applies-to': { color: '#117733', label: 'applies to', dashed: true },
};

/** Node size from degree on a log scale, so hubs stand out without swamping the view. */
export function sizeForDegree(degree: number): number {
  return Math.round((3 + 2.5 * Math.log2(1 + degree)) * 100) / 100;
}
