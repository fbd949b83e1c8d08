/** The explorer's only data source: the public GraphQL endpoint, the same one any client uses. */
const ENDPOINT = '/graphql';

export const KINDS = [
  'Organization',
  'Person',
  'AIModel',
  'Robot',
  'Park',
  'Venue',
  'Place',
  'Event',
  'Award',
  'Policy',
  'Initiative',
  'Topic',
] as const;
export type Kind = (typeof KINDS)[number];

export const isKind = (s: string): s is Kind => (KINDS as readonly string[]).includes(s);

export interface EntityRef {
  id: string;
  kind: Kind;
  name: string;
  nameEn: string | null;
  degree: number;
}

export interface RelationRef {
  id: string;
  type: string;
  modality: string;
  source: { id: string };
  target: { id: string };
}

export interface Subgraph {
  nodes: EntityRef[];
  relations: RelationRef[];
  truncated: boolean;
}

export interface SearchHit {
  score: number;
  matched: string | null;
  entity: { id: string; kind: Kind; name: string; nameEn: string | null };
}

export interface Citation {
  id: string;
  quote: string;
  start: number;
  end: number;
  sentence: string;
  document: { id: string; title: string };
}

export interface Statistic {
  id: string;
  metric: string;
  value: number | null;
  unit: string | null;
  statedAs: string;
  qualifier: string | null;
  period: string | null;
  isForecast: boolean;
  note: string | null;
  citations: Citation[];
}

export interface RelationEdge {
  direction: 'OUTGOING' | 'INCOMING';
  other: EntityRef;
  node: RelationRef & { zh: string; en: string; when: string | null };
}

export interface RelationPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: RelationEdge[];
}

/** Common fields plus whatever the kind adds; the kind-specific ones are read by name when rendering. */
export interface EntityDetails extends EntityRef {
  __typename: string;
  fullName: string | null;
  aliases: string[];
  description: string | null;
  origin: string;
  citations: Citation[];
  statistics: Statistic[];
  relations: RelationPage;
}

export interface RelationDetails extends RelationRef {
  __typename: 'Relation';
  when: string | null;
  note: string | null;
  zh: string;
  en: string;
  source: EntityRef;
  target: EntityRef;
  citations: Citation[];
}

export interface PathResult {
  length: number;
  zh: string;
  en: string;
  nodes: EntityRef[];
  relations: RelationRef[];
}

export interface RelationTypeInfo {
  type: string;
  symmetric: boolean;
  forwardZh: string;
  forwardEn: string;
  description: string;
  count: number;
}

export interface Vocabulary {
  relationTypes: RelationTypeInfo[];
  graphStats: {
    entities: number;
    relations: number;
    byKind: { kind: Kind; count: number }[];
  };
}

/** The vocabulary's wording is a template ("{source} 由 {target} 主办"); A and B read better in a list. */
export const wording = (template: string): string =>
  template.replace('{source}', 'A').replace('{target}', 'B').replace(/\s+/g, ' ').trim();

export class ApiError extends Error {
  override name = 'ApiError';
}

interface GqlBody<T> {
  data?: T | null;
  errors?: { message: string }[];
}

export async function gql<T>(
  query: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<T> {
  const res = await fetch(ENDPOINT, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify({ query, variables }),
    ...(signal ? { signal } : {}),
  });
  let body: GqlBody<T>;
  try {
    body = (await res.json()) as GqlBody<T>;
  } catch {
    throw new ApiError(`The API answered ${res.status} without GraphQL JSON.`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new ApiError(`The API answered ${res.status} without data.`);
  return body.data;
}

const REF = 'fragment Ref on Entity { id kind name nameEn degree }';
const REL = 'fragment Rel on Relation { id type modality source { id } target { id } }';
const CIT = 'fragment Cit on Citation { id quote start end sentence document { id title } }';

export const SEARCH = `query Search($q: String!, $first: Int) {
  search(query: $q, first: $first) { score matched entity { id kind name nameEn } }
}`;

export const VOCABULARY = `query Vocabulary {
  relationTypes { type symmetric forwardZh forwardEn description count }
  graphStats { entities relations byKind { kind count } }
}`;

export const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $types: [RelationType!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {
    truncated
    nodes { ...Ref }
    relations { ...Rel }
  }
}
${REF}
${REL}`;

export const EXPAND = `query Expand($id: ID!, $types: [RelationType!], $first: Int, $after: String) {
  entity(id: $id) {
    ...Ref
    relations(types: $types, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { direction other { ...Ref } node { ...Rel zh: explanation(lang: ZH) en: explanation(lang: EN) when } }
    }
  }
}
${REF}
${REL}`;

// One inline fragment per kind: each kind's own fields, so the panel can show what makes it that kind.
export const DETAILS = `query Details($id: ID!) {
  entity(id: $id) {
    __typename
    ...Ref
    fullName
    aliases
    description
    origin
    ... on Organization { isGroup category foreignEnterprise firstOfKind status }
    ... on Person { isGroup title }
    ... on AIModel { isGroup domain modelType firstOfKind }
    ... on Robot { isGroup robotType openSource }
    ... on Park { isGroup focus district { id name } }
    ... on Venue { isGroup location { id name } }
    ... on Place { isGroup subtype }
    ... on Event {
      isGroup subtype startDate endDate year dateNote theme themeEn edition programmeStructure newThisEdition
      venues { id name }
    }
    ... on Award { isGroup }
    ... on Policy { isGroup subtype status firstOfKind }
    ... on Initiative { isGroup subtype targets components }
    ... on Topic { isGroup }
    citations { ...Cit }
    statistics { id metric value unit statedAs qualifier period isForecast note citations { ...Cit } }
    relations(first: 25) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { direction other { ...Ref } node { ...Rel zh: explanation(lang: ZH) en: explanation(lang: EN) when } }
    }
  }
}
${REF}
${REL}
${CIT}`;

export const RELATION = `query Relation($id: ID!) {
  node(id: $id) {
    ... on Relation {
      __typename id type modality when note
      zh: explanation(lang: ZH)
      en: explanation(lang: EN)
      source { ...Ref }
      target { ...Ref }
      citations { ...Cit }
    }
  }
}
${REF}
${CIT}`;

export const PATHS = `query Paths($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: $first) {
    length
    zh: explanation(lang: ZH)
    en: explanation(lang: EN)
    nodes { ...Ref }
    relations { ...Rel }
  }
}
${REF}
${REL}`;

export const NAMES = `query Names($ids: [ID!]!) { nodes(ids: $ids) { ... on Entity { ...Ref } } }
${REF}`;
