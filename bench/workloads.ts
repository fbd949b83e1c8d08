/**
 * The benchmark's workloads, each as requests for the same answer (raw floor, this service, @neo4j/graphql, and
 * the floor behind Apollo Server) and a canonical form of each answer, so the runner can check they agree before
 * it times anything.
 */
import { toLucene } from '../src/search/query.js';

/** apollo-floor: the raw floor's answers behind Apollo Server (servers/apollo-floor.ts), asked as one field. */
export type Server = 'raw' | 'service' | 'neo4j-graphql' | 'apollo-floor';
type Built = 'raw' | 'service' | 'neo4j-graphql';
export type Role = 'median' | 'hub';

export interface Target {
  id: string;
  name: string;
  kind: string;
  degree: number;
}

/** What a workload is asked about at one role: the entity, and for paths the other end. */
export interface Subject {
  role: Role;
  entity: Target;
  other: Target;
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface Workload {
  name: 'entity' | 'search' | 'neighborhood' | 'paths' | 'entities';
  role: Role;
  /** What is queried, for the report. */
  subject: string;
  requests: Record<Server, HttpRequest>;
  /** Each server's JSON reduced to what all of them must agree on. */
  canonical: Record<Server, (json: unknown) => unknown>;
}

/** A workload as written below; the apollo-floor request is derived from the raw one. */
interface Written extends Omit<Workload, 'requests' | 'canonical'> {
  requests: Record<Built, HttpRequest>;
  canonical: Record<Built, (json: unknown) => unknown>;
}

type J = Record<string, unknown>;
const obj = (v: unknown): J => (v && typeof v === 'object' ? (v as J) : {});
const arr = (v: unknown): J[] => (Array.isArray(v) ? (v as J[]) : []);
const data = (json: unknown) => obj(obj(json).data);

const gql = (query: string, variables: J): HttpRequest => ({
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});
const get = (path: string, params: Record<string, string | number>): HttpRequest => ({
  method: 'GET',
  path: `${path}?${new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)]))}`,
});

const node = (n: J) => ({ id: n.id, kind: n.kind, name: n.name, degree: n.degree });
const rel = (r: J) => ({ id: r.id, type: r.type, sourceId: r.sourceId, targetId: r.targetId });
const byId = (a: J, b: J) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0);

function entityWorkload(s: Subject): Written {
  const id = s.entity.id;
  const edge = (e: J) => ({
    id: e.id,
    type: e.type,
    direction: e.direction,
    modality: e.modality,
    when: e.when ?? null,
    other: node(obj(e.other)),
  });
  return {
    name: 'entity',
    role: s.role,
    subject: `${id} (degree ${s.entity.degree})`,
    requests: {
      raw: get('/entity', { id }),
      service: gql(
        `query Entity($id: ID!) { entity(id: $id) { id kind name nameEn aliases degree
          relations(first: 20) { totalCount edges { direction node { id type modality when } other { id kind name degree } } } } }`,
        { id },
      ),
      'neo4j-graphql': gql(
        `query Entity($id: ID!) { entities(where: { id: { eq: $id } }) { id kind name nameEn aliases degree relationCount
          relationPage(first: 20) { id type modality when direction otherId otherKind otherName otherDegree } } }`,
        { id },
      ),
    },
    canonical: {
      raw: (json) => {
        const e = obj(json);
        return {
          ...node(e),
          nameEn: e.nameEn,
          aliases: e.aliases,
          totalCount: e.totalCount,
          edges: arr(e.edges).map(edge),
        };
      },
      service: (json) => {
        const e = obj(data(json).entity);
        const page = obj(e.relations);
        return {
          ...node(e),
          nameEn: e.nameEn,
          aliases: e.aliases,
          totalCount: page.totalCount,
          edges: arr(page.edges).map((x) => edge({ ...obj(x.node), direction: x.direction, other: x.other })),
        };
      },
      'neo4j-graphql': (json) => {
        const e = obj(arr(data(json).entities)[0]);
        return {
          ...node(e),
          nameEn: e.nameEn,
          aliases: e.aliases,
          totalCount: e.relationCount,
          edges: arr(e.relationPage).map((x) =>
            edge({
              ...x,
              other: { id: x.otherId, kind: x.otherKind, name: x.otherName, degree: x.otherDegree },
            }),
          ),
        };
      },
    },
  };
}

function searchWorkload(s: Subject): Written {
  const text = s.entity.name;
  // @neo4j/graphql takes a Lucene phrase: the bench builds it the way the service does, once, outside the timing.
  const phrase = toLucene(text) ?? text;
  const hits = (list: J[]) => list.map((e) => ({ id: e.id, kind: e.kind, name: e.name })).sort(byId);
  return {
    name: 'search',
    role: s.role,
    subject: `"${text}" (name of ${s.entity.id})`,
    requests: {
      raw: get('/search', { q: text }),
      service: gql('query Search($q: String!) { search(query: $q, first: 10) { entity { id kind name } } }', {
        q: text,
      }),
      'neo4j-graphql': gql(
        'query Search($phrase: String!) { entitySearch(phrase: $phrase, first: 10) { edges { node { id kind name } } } }',
        { phrase },
      ),
    },
    // Ranking differs by design (the service re-ranks exact names first); the hit sets must be the same.
    canonical: {
      raw: (json) => hits(arr(json)),
      service: (json) => hits(arr(data(json).search).map((h) => obj(h.entity))),
      'neo4j-graphql': (json) => hits(arr(obj(data(json).entitySearch).edges).map((e) => obj(e.node))),
    },
  };
}

function neighborhoodWorkload(s: Subject): Written {
  const id = s.entity.id;
  const shape = (nodes: J[], relations: J[], truncated: unknown) => ({
    truncated,
    nodes: nodes.map(node),
    relations: relations.map(rel).sort(byId),
  });
  return {
    name: 'neighborhood',
    role: s.role,
    subject: `${id} (degree ${s.entity.degree}), depth 2, limit 200`,
    requests: {
      raw: get('/neighborhood', { id, depth: 2, limit: 200 }),
      service: gql(
        `query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated
          nodes { id kind name nameEn degree } relations { id type source { id } target { id } } } }`,
        { id },
      ),
      'neo4j-graphql': gql(
        `query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated
          nodes { id kind name nameEn degree } relations { id type sourceId targetId } } }`,
        { id },
      ),
    },
    canonical: {
      raw: (json) => shape(arr(obj(json).nodes), arr(obj(json).relations), obj(json).truncated),
      service: (json) => {
        const n = obj(data(json).neighborhood);
        const relations = arr(n.relations).map((r) => ({
          ...r,
          sourceId: obj(r.source).id,
          targetId: obj(r.target).id,
        }));
        return shape(arr(n.nodes), relations, n.truncated);
      },
      'neo4j-graphql': (json) => {
        const n = obj(data(json).neighborhood);
        return shape(arr(n.nodes), arr(n.relations), n.truncated);
      },
    },
  };
}

function pathsWorkload(s: Subject): Written {
  const from = s.entity.id;
  const to = s.other.id;
  const shape = (paths: J[], ends: (r: J) => J) =>
    paths.map((p) => ({
      nodes: arr(p.nodes).map((n) => n.id),
      relations: arr(p.relations).map((r) => rel(ends(r))),
    }));
  return {
    name: 'paths',
    role: s.role,
    subject: `${from} (degree ${s.entity.degree}) → ${to} (degree ${s.other.degree}), maxHops 4, first 3`,
    requests: {
      raw: get('/paths', { from, to, maxHops: 4, first: 3 }),
      service: gql(
        `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 3) { length
          nodes { id kind name degree } relations { id type source { id } target { id } } } }`,
        { from, to },
      ),
      'neo4j-graphql': gql(
        `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, first: 3) {
          nodes { id kind name degree } relations { id type sourceId targetId } } }`,
        { from, to },
      ),
    },
    canonical: {
      raw: (json) => shape(arr(json), (r) => r),
      service: (json) =>
        shape(arr(data(json).paths), (r) => ({
          ...r,
          sourceId: obj(r.source).id,
          targetId: obj(r.target).id,
        })),
      'neo4j-graphql': (json) => shape(arr(data(json).paths), (r) => r),
    },
  };
}

function entitiesWorkload(s: Subject): Written {
  const kind = s.entity.kind;
  const shape = (total: unknown, more: unknown, nodes: J[]) => ({
    totalCount: total,
    hasNextPage: more,
    nodes: nodes.map((n) => ({ ...node(n), nameEn: n.nameEn ?? null })),
  });
  return {
    name: 'entities',
    role: s.role,
    subject: `kind ${kind} (of ${s.entity.id}), first 20 by name`,
    requests: {
      raw: get('/entities', { kind, first: 20 }),
      service: gql(
        `query Entities($kind: EntityKind!) { entities(kinds: [$kind], first: 20) { totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { id kind name nameEn degree } } } }`,
        { kind },
      ),
      'neo4j-graphql': gql(
        `query Entities($kind: String!) { entitiesConnection(where: { kind: { eq: $kind } }, first: 20, sort: [{ sortName: ASC }, { id: ASC }]) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id kind name nameEn degree } } } }`,
        { kind },
      ),
    },
    canonical: {
      raw: (json) => shape(obj(json).totalCount, obj(json).hasNextPage, arr(obj(json).nodes)),
      service: (json) => {
        const c = obj(data(json).entities);
        return shape(
          c.totalCount,
          obj(c.pageInfo).hasNextPage,
          arr(c.edges).map((e) => obj(e.node)),
        );
      },
      'neo4j-graphql': (json) => {
        const c = obj(data(json).entitiesConnection);
        return shape(
          c.totalCount,
          obj(c.pageInfo).hasNextPage,
          arr(c.edges).map((e) => obj(e.node)),
        );
      },
    },
  };
}

/** The raw request's path and query arguments as the one field apollo-floor.ts serves; the same answer inside. */
function withApolloFloor(w: Written): Workload {
  const url = new URL(w.requests.raw.path, 'http://floor');
  const args: J = {};
  for (const [k, v] of url.searchParams) args[k] = v;
  return {
    ...w,
    requests: {
      ...w.requests,
      'apollo-floor': gql('query Floor($path: String!, $args: JSON!) { floor(path: $path, args: $args) }', {
        path: url.pathname,
        args,
      }),
    },
    canonical: { ...w.canonical, 'apollo-floor': (json) => w.canonical.raw(data(json).floor) },
  };
}

export function workloads(subjects: Subject[]): Workload[] {
  const build = [entityWorkload, searchWorkload, neighborhoodWorkload, pathsWorkload, entitiesWorkload];
  return build.flatMap((make) => subjects.map((s) => withApolloFloor(make(s))));
}
