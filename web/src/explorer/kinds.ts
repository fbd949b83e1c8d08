import type { Kind } from './api';
import { setAttrs } from './dom';

/** Cytoscape node shapes this explorer uses; each has an SVG twin below so the legend matches the canvas. */
export type Shape =
  | 'round-rectangle'
  | 'ellipse'
  | 'hexagon'
  | 'octagon'
  | 'triangle'
  | 'rhomboid'
  | 'diamond'
  | 'star'
  | 'pentagon'
  | 'rectangle'
  | 'tag'
  | 'vee';

interface KindStyle {
  color: string;
  shape: Shape;
  zh: string;
  en: string;
}

// Colour and shape both carry the kind, so the graph still reads in greyscale or for colour-blind readers.
export const KIND_STYLE: Record<Kind, KindStyle> = {
  Organization: { color: '#4e79a7', shape: 'round-rectangle', zh: '机构', en: 'Organization' },
  Person: { color: '#f28e2b', shape: 'ellipse', zh: '人物', en: 'Person' },
  AIModel: { color: '#e15759', shape: 'hexagon', zh: '模型', en: 'AI model' },
  Robot: { color: '#76b7b2', shape: 'octagon', zh: '机器人', en: 'Robot' },
  Park: { color: '#59a14f', shape: 'triangle', zh: '园区', en: 'Park' },
  Venue: { color: '#edc948', shape: 'rhomboid', zh: '场馆', en: 'Venue' },
  Place: { color: '#b07aa1', shape: 'diamond', zh: '地点', en: 'Place' },
  Event: { color: '#ff9da7', shape: 'star', zh: '活动', en: 'Event' },
  Award: { color: '#9c755f', shape: 'pentagon', zh: '奖项', en: 'Award' },
  Policy: { color: '#79706e', shape: 'rectangle', zh: '政策', en: 'Policy' },
  Initiative: { color: '#499894', shape: 'tag', zh: '计划', en: 'Initiative' },
  Topic: { color: '#d4a6c8', shape: 'vee', zh: '主题', en: 'Topic' },
};

const ngon = (n: number, rotate = 0): [number, number][] =>
  Array.from({ length: n }, (_, i) => {
    const a = rotate + (i * 2 * Math.PI) / n;
    return [Math.cos(a), Math.sin(a)];
  });

const star = (): [number, number][] =>
  Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? 1 : 0.45;
    return [r * Math.cos(a), r * Math.sin(a)];
  });

// Unit polygons in [-1, 1]², oriented like Cytoscape draws them.
const POLYGONS: Partial<Record<Shape, [number, number][]>> = {
  hexagon: ngon(6),
  octagon: ngon(8, Math.PI / 8),
  triangle: [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
  rhomboid: [
    [-1, -1],
    [0.5, -1],
    [1, 1],
    [-0.5, 1],
  ],
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  star: star(),
  pentagon: ngon(5, -Math.PI / 2),
  rectangle: [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ],
  tag: [
    [-1, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-1, 1],
  ],
  vee: [
    [-1, -1],
    [0, -0.33],
    [1, -1],
    [0, 1],
  ],
};

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A small SVG of a kind's shape and colour, for the legend, search suggestions and the details panel. */
export function kindIcon(kind: Kind, size = 16): SVGSVGElement {
  const { color, shape } = KIND_STYLE[kind];
  const svg = document.createElementNS(SVG_NS, 'svg');
  setAttrs(svg, { viewBox: '-1.2 -1.2 2.4 2.4', width: size, height: size, 'aria-hidden': 'true' });
  svg.classList.add('kind-icon');
  let el: SVGElement;
  if (shape === 'ellipse') {
    el = document.createElementNS(SVG_NS, 'circle');
    el.setAttribute('r', '1');
  } else if (shape === 'round-rectangle') {
    el = document.createElementNS(SVG_NS, 'rect');
    setAttrs(el, { x: -1, y: -1, width: 2, height: 2, rx: 0.45 });
  } else {
    el = document.createElementNS(SVG_NS, 'polygon');
    const pts = POLYGONS[shape] ?? [];
    el.setAttribute('points', pts.map(([x, y]) => `${x.toFixed(3)},${y.toFixed(3)}`).join(' '));
  }
  setAttrs(el, { fill: color, stroke: '#1f2933', 'stroke-width': 0.12 });
  svg.append(el);
  return svg;
}
