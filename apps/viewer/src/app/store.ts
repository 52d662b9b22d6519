/**
 * The viewer's state in one place: the view model, the filters, what is
 * selected, hovered or highlighted by a query, the camera and the active tab.
 * Panels read it and call `update`; every change notifies the subscribers
 * with the names of the fields that changed, so each panel redraws only when
 * what it shows changed.
 */
import { visibleNodeIds, type FilterState, type ViewModel, type ViewNode } from '@claimgraph/projection';
import type { CameraPosition, MainTab } from './url-state.js';

/** The mutable part of the state. */
export interface ViewerFields {
  filters: FilterState;
  selected: string | null;
  hovered: string | null;
  /** Node ids a SPARQL result asked to show; empty when none. */
  highlighted: ReadonlySet<string>;
  query: string | null;
  camera: CameraPosition | null;
  tab: MainTab;
  /** The document shown in the reader and the node whose spans it highlights. */
  reader: { docId: string; focusNodeId: string | null } | null;
}

/** Called with the names of the fields that changed. */
export type Listener = (changed: ReadonlySet<keyof ViewerFields>) => void;

/** The state of one open viewer page. */
export class ViewerStore {
  readonly nodesById: ReadonlyMap<string, ViewNode>;
  private fields: ViewerFields;
  private visibleIds: Set<string>;
  private readonly listeners = new Set<Listener>();

  constructor(
    readonly view: ViewModel,
    initial: ViewerFields,
  ) {
    this.nodesById = new Map(view.nodes.map((node) => [node.id, node]));
    this.fields = { ...initial };
    this.visibleIds = visibleNodeIds(view, initial.filters);
  }

  /** The current fields (do not mutate). */
  get state(): Readonly<ViewerFields> {
    return this.fields;
  }

  /** The ids of the nodes the filters let through. */
  get visible(): ReadonlySet<string> {
    return this.visibleIds;
  }

  /** Changes some fields and notifies subscribers of those that differ. */
  update(patch: Partial<ViewerFields>): void {
    const changed = new Set<keyof ViewerFields>();
    for (const key of Object.keys(patch) as Array<keyof ViewerFields>) {
      if (patch[key] !== this.fields[key]) changed.add(key);
    }
    if (changed.size === 0) return;
    this.fields = { ...this.fields, ...patch };
    if (changed.has('filters')) this.visibleIds = visibleNodeIds(this.view, this.fields.filters);
    for (const listener of this.listeners) listener(changed);
  }

  /** Calls `listener` after every change; returns the function that unsubscribes. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
