import cytoscape, {
  type Core,
  type EdgeSingular,
  type ElementDefinition,
  type LayoutOptions,
  type NodeSingular,
  type StylesheetJson,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { type EntityRef, KINDS, type Kind, type RelationRef } from './api';
import { KIND_STYLE } from './kinds';

cytoscape.use(fcose);

export const FONT_STACK = '"Noto Sans SC", system-ui, sans-serif';

/**
 * Canvas text does not trigger web-font downloads the way DOM text does, and Noto Sans SC arrives in
 * unicode-range slices: load the slices the labels need before they are drawn, or Chinese paints as tofu.
 */
export async function loadFontsFor(texts: string[], timeoutMs = 3000): Promise<void> {
  if (!('fonts' in document)) return;
  const text = [...new Set(texts.join(''))].join('');
  if (!text) return;
  const load = Promise.all([
    document.fonts.load(`12px ${FONT_STACK}`, text),
    document.fonts.load(`bold 12px ${FONT_STACK}`, text),
  ])
    .then(() => undefined)
    // A font that fails to load only costs looks: the labels fall back to system fonts.
    .catch(() => undefined);
  await Promise.race([load, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
}

export const labelTexts = (nodes: EntityRef[], relations: RelationRef[]): string[] => [
  ...nodes.flatMap((n) => [n.name, n.nameEn ?? '']),
  ...relations.map((r) => r.type),
  '+0123456789…',
];

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function nodeLabel(n: NodeSingular): string {
  const name = String(n.data('name'));
  const en = n.data('nameEn') as string | null;
  const more = Number(n.data('more') ?? 0);
  // Short enough that "name +N" stays on one line within text-max-width.
  const first = more > 0 ? `${shorten(name, 12)} +${more}` : shorten(name, 14);
  return en && en !== name ? `${first}\n${shorten(en, 28)}` : first;
}

const reduceMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function stylesheet(): StylesheetJson {
  const perKind = KINDS.map((k) => ({
    selector: `node[kind = "${k}"]`,
    style: { shape: KIND_STYLE[k].shape, 'background-color': KIND_STYLE[k].color },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: nodeLabel,
        width: 'mapData(degree, 0, 40, 26, 58)',
        height: 'mapData(degree, 0, 40, 26, 58)',
        'border-width': 1.5,
        'border-color': '#1f2933',
        'font-family': FONT_STACK,
        'font-size': 12,
        color: '#111827',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '210px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2.5,
        'min-zoomed-font-size': 5,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...perKind,
    // A node with relations not drawn yet: a double ring says "click to expand".
    { selector: 'node[more > 0]', style: { 'border-style': 'double', 'border-width': 5 } },
    { selector: 'node.centre', style: { 'border-width': 4, 'font-weight': 'bold', 'font-size': 13 } },
    {
      selector: 'node.selected',
      style: {
        'border-color': '#b91c1c',
        'border-width': 4,
        'underlay-color': '#f59e0b',
        'underlay-padding': 7,
        'underlay-opacity': 0.45,
        'font-weight': 'bold',
        'z-index': 20,
      },
    },
    {
      selector: 'edge',
      style: {
        label: 'data(type)',
        width: 1.6,
        'curve-style': 'bezier',
        'line-color': '#94a3b8',
        'target-arrow-color': '#94a3b8',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'font-family': FONT_STACK,
        'font-size': 9,
        color: '#334155',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 6,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    { selector: 'edge[?sym]', style: { 'target-arrow-shape': 'none' } },
    // Planned and expected relations are not facts yet: dashed.
    { selector: 'edge[modality != "REPORTED"]', style: { 'line-style': 'dashed' } },
    {
      selector: 'edge.selected',
      style: { 'line-color': '#b91c1c', 'target-arrow-color': '#b91c1c', width: 3.5, 'z-index': 20 },
    },
    { selector: '.faded', style: { opacity: 0.28 } },
    {
      selector: 'node.path',
      style: { 'border-color': '#7c3aed', 'border-width': 5, 'border-style': 'solid', 'z-index': 15 },
    },
    {
      selector: 'edge.path',
      style: {
        'line-color': '#7c3aed',
        'target-arrow-color': '#7c3aed',
        width: 4.5,
        'font-size': 11,
        'font-weight': 'bold',
        color: '#4c1d95',
        'z-index': 15,
      },
    },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}

export interface GraphHandlers {
  onTapNode(id: string): void;
  onTapEdge(id: string): void;
  onTapBackground(): void;
  /** Keyboard: Enter on the selected node. */
  onActivate(id: string): void;
  /** Keyboard: arrows moved the selection. */
  onKeySelect(id: string): void;
}

export interface Filters {
  kinds: ReadonlySet<Kind>;
  types: ReadonlySet<string>;
  /** Nodes and relations shown whatever the filters say (the focus, the paths found). */
  keep: ReadonlySet<string>;
}

/** The Cytoscape canvas: knows how to draw entities and relations, nothing of the API or the URL. */
export class GraphView {
  readonly cy: Core;
  private symmetric = new Set<string>();
  private selectedId: string | null = null;
  private layoutRun: Promise<void> = Promise.resolve();

  constructor(
    private readonly container: HTMLElement,
    private readonly handlers: GraphHandlers,
  ) {
    this.cy = cytoscape({
      container,
      style: stylesheet(),
      boxSelectionEnabled: false,
      autounselectify: true,
      minZoom: 0.15,
      maxZoom: 4,
    });
    this.cy.on('tap', 'node', (e) => handlers.onTapNode((e.target as NodeSingular).id()));
    this.cy.on('tap', 'edge', (e) => handlers.onTapEdge((e.target as EdgeSingular).id()));
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) handlers.onTapBackground();
    });
    this.cy.on('mouseover', 'node, edge', () => {
      container.style.cursor = 'pointer';
    });
    this.cy.on('mouseout', 'node, edge', () => {
      container.style.cursor = '';
    });
    // Focusable from script rather than markup: the keyboard model (arrows, Enter) only exists once this runs.
    container.tabIndex = 0;
    container.addEventListener('keydown', (e) => this.onKey(e));
  }

  setSymmetricTypes(types: Iterable<string>): void {
    this.symmetric = new Set(types);
  }

  clear(): void {
    this.cy.elements().remove();
    this.selectedId = null;
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  /** Adds what is new; new nodes start next to `near` so an incremental layout barely moves the rest. */
  add(nodes: EntityRef[], relations: RelationRef[], near?: string): { nodes: number; edges: number } {
    const anchor = near ? this.cy.getElementById(near) : null;
    const origin = anchor?.nonempty() ? anchor.position() : { x: 0, y: 0 };
    const defs: ElementDefinition[] = [];
    const seen = new Set<string>();
    for (const n of nodes) {
      if (this.has(n.id) || seen.has(n.id)) {
        // Degree may have changed since the node was first drawn (edits through the API).
        this.cy.getElementById(n.id).data('degree', n.degree);
        continue;
      }
      seen.add(n.id);
      const a = Math.random() * 2 * Math.PI;
      defs.push({
        group: 'nodes',
        data: { id: n.id, kind: n.kind, name: n.name, nameEn: n.nameEn, degree: n.degree, more: 0 },
        position: { x: origin.x + 70 * Math.cos(a), y: origin.y + 70 * Math.sin(a) },
      });
    }
    let edges = 0;
    for (const r of relations) {
      if (this.has(r.id) || seen.has(r.id)) continue;
      const ends = [r.source.id, r.target.id];
      if (!ends.every((id) => this.has(id) || seen.has(id))) continue;
      seen.add(r.id);
      edges++;
      defs.push({
        group: 'edges',
        data: {
          id: r.id,
          source: r.source.id,
          target: r.target.id,
          type: r.type,
          modality: r.modality,
          sym: this.symmetric.has(r.type),
        },
      });
    }
    this.cy.add(defs);
    return { nodes: defs.length - edges, edges };
  }

  /**
   * The "more" cue: how many of a node's relations are not drawn. `totals` holds what the API said a node has
   * under the current type filter; otherwise its degree (all types) stands in.
   */
  refreshMore(totals: ReadonlyMap<string, number>): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const total = totals.get(n.id()) ?? Number(n.data('degree'));
        n.data('more', Math.max(0, total - n.connectedEdges().length));
      });
    });
  }

  more(id: string): number {
    const n = this.cy.getElementById(id);
    return n.nonempty() ? Number(n.data('more') ?? 0) : 0;
  }

  setCentre(id: string | null): void {
    this.cy.nodes('.centre').removeClass('centre');
    if (id) this.cy.getElementById(id).addClass('centre');
  }

  applyFilters(f: Filters): void {
    // Decided from data, not from `:visible`: styles are not recomputed inside a batch.
    const kindOk = (n: NodeSingular) => f.kinds.has(n.data('kind') as Kind);
    const edgeOk = (e: EdgeSingular) =>
      f.types.has(String(e.data('type'))) && kindOk(e.source()) && kindOk(e.target());
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const edges = n.connectedEdges();
        let linked = edges.empty();
        edges.forEach((e) => {
          linked ||= edgeOk(e);
        });
        const shown = f.keep.has(n.id()) || (kindOk(n) && linked);
        n.toggleClass('hidden', !shown);
      });
      this.cy.edges().forEach((e) => {
        e.toggleClass('hidden', !(f.keep.has(e.id()) || edgeOk(e)));
      });
    });
  }

  highlightPath(nodeIds: string[], edgeIds: string[]): void {
    this.cy.batch(() => {
      this.clearPath();
      const on = this.cy.collection();
      for (const id of [...nodeIds, ...edgeIds]) on.merge(this.cy.getElementById(id));
      on.addClass('path');
      this.cy.elements().difference(on).addClass('faded');
    });
  }

  clearPath(): void {
    this.cy.elements().removeClass('path faded');
  }

  select(id: string | null): void {
    this.cy.elements('.selected').removeClass('selected');
    this.selectedId = id;
    if (!id) {
      this.container.removeAttribute('aria-activedescendant');
      return;
    }
    const el = this.cy.getElementById(id);
    el.addClass('selected');
    if (el.nonempty() && el.isNode()) {
      const bb = this.cy.extent();
      const p = el.position();
      // Keep a keyboard-selected node on screen without re-centring on every arrow press.
      if (p.x < bb.x1 || p.x > bb.x2 || p.y < bb.y1 || p.y > bb.y2) {
        this.cy.animate({ center: { eles: el } }, { duration: reduceMotion() ? 0 : 200 });
      }
    }
  }

  /** fCoSE force layout; incremental (keeps positions) unless `randomize`. Resolves when it has settled. */
  layout(o: { randomize: boolean; fit?: boolean }): Promise<void> {
    const visible = this.cy.elements(':visible');
    if (visible.empty()) return Promise.resolve();
    const animate = !reduceMotion() && !o.randomize && this.cy.nodes().length < 300;
    // fCoSE's options are not in Cytoscape's LayoutOptions union; the shape is checked by the extension.
    const opts = {
      name: 'fcose',
      quality: 'default',
      randomize: o.randomize,
      animate,
      animationDuration: 350,
      fit: o.fit ?? true,
      padding: 36,
      nodeDimensionsIncludeLabels: true,
      // Compact: the view is fitted afterwards, and a tighter graph fits at a zoom where labels stay legible.
      idealEdgeLength: 60,
      nodeRepulsion: 4000,
      edgeElasticity: 0.45,
      nodeSeparation: 60,
      tilingPaddingVertical: 20,
      tilingPaddingHorizontal: 20,
      packComponents: true,
    } as unknown as LayoutOptions;
    const run = new Promise<void>((resolve) => {
      const layout = visible.layout(opts);
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
    this.layoutRun = this.layoutRun.then(() => run);
    return this.layoutRun;
  }

  fit(): void {
    this.cy.animate(
      { fit: { eles: this.cy.elements(':visible'), padding: 36 } },
      { duration: reduceMotion() ? 0 : 250 },
    );
  }

  zoomBy(factor: number): void {
    const z = this.cy.zoom() * factor;
    const w = this.container.clientWidth;
    const ht = this.container.clientHeight;
    this.cy.zoom({ level: Math.min(4, Math.max(0.15, z)), renderedPosition: { x: w / 2, y: ht / 2 } });
  }

  counts(): { nodes: number; edges: number } {
    return { nodes: this.cy.nodes(':visible').length, edges: this.cy.edges(':visible').length };
  }

  label(id: string): string {
    const el = this.cy.getElementById(id);
    return el.nonempty() && el.isNode() ? String(el.data('name')) : id;
  }

  /** Visible nodes in breadth-first order from the focus, for keyboard stepping. */
  private order(): string[] {
    const visible = this.cy.nodes(':visible');
    const root = visible.filter('.centre');
    const ids: string[] = [];
    const seen = new Set<string>();
    if (root.nonempty()) {
      this.cy.elements(':visible').bfs({
        roots: root,
        visit: (v) => {
          ids.push(v.id());
          seen.add(v.id());
        },
      });
    }
    for (const n of visible.sort((a, b) => String(a.data('name')).localeCompare(String(b.data('name'))))) {
      if (!seen.has(n.id())) ids.push(n.id());
    }
    return ids;
  }

  private onKey(e: KeyboardEvent): void {
    if (e.target !== this.container) return;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
      case 'ArrowLeft':
      case 'ArrowUp': {
        e.preventDefault();
        const ids = this.order();
        if (!ids.length) return;
        const i = this.selectedId ? ids.indexOf(this.selectedId) : -1;
        const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1;
        const next = ids[(i + step + ids.length) % ids.length] ?? ids[0];
        if (next) this.handlers.onKeySelect(next);
        return;
      }
      case 'Enter':
      case ' ': {
        if (this.selectedId && this.cy.getElementById(this.selectedId).isNode()) {
          e.preventDefault();
          this.handlers.onActivate(this.selectedId);
        }
        return;
      }
      case '+':
      case '=':
        e.preventDefault();
        this.zoomBy(1.25);
        return;
      case '-':
        e.preventDefault();
        this.zoomBy(0.8);
        return;
      case '0':
        e.preventDefault();
        this.fit();
        return;
      default:
        return;
    }
  }
}
