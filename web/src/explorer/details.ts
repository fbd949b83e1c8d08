import {
  type Citation,
  type EntityDetails,
  type Kind,
  type RelationDetails,
  type RelationEdge,
  type RelationTypeInfo,
  type Statistic,
  wording,
} from './api';
import { type Child, h } from './dom';
import { KIND_STYLE, kindIcon } from './kinds';

export interface DetailsHandlers {
  /** Select an entity (drawing it if it is not on the canvas yet). */
  open(id: string): void;
  expand(id: string): void;
  focus(id: string): void;
  pathFrom(entity: { id: string; name: string }): void;
  pathTo(entity: { id: string; name: string }): void;
}

type FieldSpec = [field: string, label: string];

// The fields each kind adds to Entity, in reading order (the SDL's kind types).
const KIND_FIELDS: Record<Kind, FieldSpec[]> = {
  Organization: [
    ['category', 'Category'],
    ['foreignEnterprise', 'Foreign enterprise (外企)'],
    ['firstOfKind', 'First of its kind'],
    ['status', 'Status'],
  ],
  Person: [['title', 'Title']],
  AIModel: [
    ['domain', 'Domain'],
    ['modelType', 'Model type'],
    ['firstOfKind', 'First of its kind'],
  ],
  Robot: [
    ['robotType', 'Robot type'],
    ['openSource', 'Open-sourced'],
  ],
  Park: [
    ['focus', 'Focus'],
    ['district', 'District'],
  ],
  Venue: [['location', 'Location']],
  Place: [['subtype', 'Subtype']],
  Event: [
    ['subtype', 'Subtype'],
    ['theme', 'Theme'],
    ['themeEn', 'Theme (English)'],
    ['startDate', 'Starts'],
    ['endDate', 'Ends'],
    ['year', 'Year'],
    ['edition', 'Edition'],
    ['dateNote', 'Date note'],
    ['venues', 'Venues'],
    ['programmeStructure', 'Programme'],
    ['newThisEdition', 'New this edition'],
  ],
  Award: [],
  Policy: [
    ['subtype', 'Subtype'],
    ['status', 'Status'],
    ['firstOfKind', 'First of its kind'],
  ],
  Initiative: [
    ['subtype', 'Subtype'],
    ['targets', 'Targets'],
    ['components', 'Components'],
  ],
  Topic: [],
};

interface Ref {
  id: string;
  name: string;
}

// Kind-specific fields come from the inline fragments; which ones a kind has is listed in KIND_FIELDS.
const field = (d: EntityDetails, name: string): unknown => (d as unknown as Record<string, unknown>)[name];

const isRef = (v: unknown): v is Ref =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Ref).id === 'string' &&
  typeof (v as Ref).name === 'string';

const entityLink = (r: Ref & { kind?: Kind }, on: DetailsHandlers): HTMLButtonElement =>
  h(
    'button',
    { class: 'link', attrs: { type: 'button', 'data-entity': r.id }, on: { click: () => on.open(r.id) } },
    r.kind ? kindIcon(r.kind, 12) : null,
    r.name,
  );

function formatValue(v: unknown, on: DetailsHandlers): Child {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (isRef(v)) return entityLink(v, on);
  if (Array.isArray(v)) {
    if (v.length === 0) return null;
    const span = h('span', { class: 'list' });
    v.forEach((item, i) => {
      if (i > 0) span.append(isRef(item) ? ' ' : '、');
      const f = formatValue(item, on);
      if (f !== null && f !== undefined && f !== false) span.append(typeof f === 'number' ? String(f) : f);
    });
    return span;
  }
  return null;
}

/**
 * Where the quote sits in its sentence. Quotes are cut from the raw text, so line breaks or spaces may fall
 * differently from the sentence's: retry ignoring whitespace before giving up.
 */
export function locateQuote(sentence: string, quote: string): [number, number] | null {
  const at = sentence.indexOf(quote);
  if (at >= 0) return [at, at + quote.length];
  const chars = [...quote.replace(/\s+/gu, '')];
  if (!chars.length) return null;
  const re = new RegExp(chars.map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'), 'u');
  const m = re.exec(sentence);
  return m ? [m.index, m.index + m[0].length] : null;
}

/** The sentence of the source with the quote marked inside it: the reader sees the claim in its context. */
export function citationView(c: Citation): HTMLElement {
  const at = locateQuote(c.sentence, c.quote);
  const text: Child[] = at
    ? [c.sentence.slice(0, at[0]), h('mark', null, c.sentence.slice(at[0], at[1])), c.sentence.slice(at[1])]
    : // Not found even so: show both rather than mark the wrong words.
      [c.sentence, h('br', null), h('mark', null, c.quote)];
  return h(
    'figure',
    { class: 'citation', attrs: { 'data-testid': 'citation' } },
    h('blockquote', { attrs: { lang: 'zh-CN', cite: `#doc=${c.document.id}` } }, ...text),
    h(
      'figcaption',
      null,
      '— ',
      h('cite', null, c.document.title),
      h('span', { class: 'muted' }, ` · characters ${c.start}–${c.end}`),
    ),
  );
}

function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', null, h('h3', null, title), ...children);
}

function statisticView(s: Statistic): HTMLElement {
  const amount = s.value !== null ? `${s.value.toLocaleString('en')}${s.unit ? ` ${s.unit}` : ''}` : null;
  const first = s.citations[0];
  return h(
    'li',
    { class: 'statistic' },
    h('div', null, h('strong', null, s.metric), ': ', h('span', { attrs: { lang: 'zh-CN' } }, s.statedAs)),
    h(
      'div',
      { class: 'muted' },
      [amount, s.qualifier, s.period, s.isForecast ? 'forecast' : null, s.note].filter(Boolean).join(' · '),
    ),
    first ? citationView(first) : null,
  );
}

function relationItem(e: RelationEdge, on: DetailsHandlers): HTMLElement {
  return h(
    'li',
    null,
    h('span', { class: 'rel-type' }, e.direction === 'OUTGOING' ? `${e.node.type} →` : `← ${e.node.type}`),
    ' ',
    entityLink(e.other, on),
    h('div', { class: 'muted', attrs: { lang: 'zh-CN' } }, e.node.zh),
  );
}

export function entityView(d: EntityDetails, more: number, on: DetailsHandlers): HTMLElement {
  const style = KIND_STYLE[d.kind];
  const fields = KIND_FIELDS[d.kind]
    .map(([f, label]) => [label, formatValue(field(d, f), on)] as const)
    .filter(([, v]) => v !== null && v !== undefined && v !== false);
  const isGroup = field(d, 'isGroup') === true;
  const names = [
    d.fullName && d.fullName !== d.name ? ['Full name', d.fullName] : null,
    d.nameEn ? ['English', d.nameEn] : null,
  ].filter((x): x is [string, string] => x !== null);
  return h(
    'article',
    { attrs: { 'data-testid': 'entity-details', 'data-id': d.id } },
    h(
      'header',
      null,
      h(
        'p',
        { class: 'kind-line' },
        kindIcon(d.kind, 14),
        ` ${style.en} · ${style.zh}`,
        isGroup ? ' · group' : '',
      ),
      h('h2', { attrs: { lang: 'zh-CN', tabindex: -1 } }, d.name),
      names.length
        ? h('dl', { class: 'names' }, ...names.flatMap(([k, v]) => [h('dt', null, k), h('dd', null, v)]))
        : null,
    ),
    d.aliases.length
      ? h(
          'p',
          { class: 'aliases', attrs: { 'aria-label': 'Aliases' } },
          ...d.aliases.map((a) => h('span', { class: 'chip' }, a)),
        )
      : null,
    d.description ? h('p', { class: 'description' }, d.description) : null,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          attrs: { type: 'button', 'data-action': 'expand', disabled: more <= 0 },
          on: { click: () => on.expand(d.id) },
        },
        more > 0 ? `Expand (+${more})` : 'All relations shown',
      ),
      h('button', { attrs: { type: 'button' }, on: { click: () => on.focus(d.id) } }, 'Focus here'),
      h('button', { attrs: { type: 'button' }, on: { click: () => on.pathFrom(d) } }, 'Path from'),
      h('button', { attrs: { type: 'button' }, on: { click: () => on.pathTo(d) } }, 'Path to'),
    ),
    fields.length
      ? section(
          'Facts',
          h(
            'dl',
            { class: 'facts' },
            ...fields.flatMap(([label, v]) => [
              h('dt', null, label),
              h('dd', { attrs: { lang: 'zh-CN' } }, v),
            ]),
          ),
        )
      : null,
    section(
      `Relations (${d.relations.totalCount})`,
      h('ul', { class: 'relations' }, ...d.relations.edges.map((e) => relationItem(e, on))),
      d.relations.pageInfo.hasNextPage
        ? h('p', { class: 'muted' }, `First ${d.relations.edges.length} shown; expand the node to draw more.`)
        : null,
    ),
    d.statistics.length
      ? section(
          `Statistics (${d.statistics.length})`,
          h('ul', { class: 'statistics' }, ...d.statistics.map(statisticView)),
        )
      : null,
    section(
      `Citations (${d.citations.length})`,
      d.citations.length
        ? h('div', null, ...d.citations.map(citationView))
        : h('p', { class: 'muted' }, 'None.'),
    ),
    h('p', { class: 'muted small' }, `id ${d.id} · origin ${d.origin} · ${d.degree} relations`),
  );
}

export function relationView(
  r: RelationDetails,
  info: RelationTypeInfo | undefined,
  on: DetailsHandlers,
): HTMLElement {
  return h(
    'article',
    { attrs: { 'data-testid': 'relation-details', 'data-id': r.id } },
    h(
      'header',
      null,
      h(
        'p',
        { class: 'kind-line' },
        'Relation',
        info ? ` · ${wording(info.forwardZh)} / ${wording(info.forwardEn)}` : '',
      ),
      h('h2', { attrs: { tabindex: -1 } }, r.type),
      h('p', { class: 'endpoints' }, entityLink(r.source, on), ' → ', entityLink(r.target, on)),
    ),
    h('p', { attrs: { lang: 'zh-CN' } }, r.zh),
    h('p', { attrs: { lang: 'en' } }, r.en),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, 'Modality'),
      h('dd', null, r.modality),
      r.when ? h('dt', null, 'When') : null,
      r.when ? h('dd', null, r.when) : null,
      r.note ? h('dt', null, 'Note') : null,
      r.note ? h('dd', null, r.note) : null,
    ),
    info ? h('p', { class: 'muted' }, info.description) : null,
    section(`Citations (${r.citations.length})`, ...r.citations.map(citationView)),
  );
}
