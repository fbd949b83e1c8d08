import { type Ctx, printJson } from '../context.js';
import { NoResultError } from '../errors.js';
import { fields, figure, label, table } from '../format.js';
import {
  CliFiguresDocument,
  CliNeighborsDocument,
  CliPathsDocument,
  CliSearchDocument,
  CliShowDocument,
  CliSummaryDocument,
  type EntityKind,
  type Lang,
  type RelationType,
} from '../generated/graphql.js';
import { resolveEntity } from '../resolve.js';

export async function search(
  ctx: Ctx,
  text: string,
  o: { kind?: EntityKind[]; limit: number },
): Promise<void> {
  const { search: hits } = await ctx.client.request(CliSearchDocument, {
    query: text,
    kinds: o.kind?.length ? o.kind : null,
    first: o.limit,
  });
  if (ctx.json) printJson(ctx, hits);
  if (hits.length === 0) {
    throw new NoResultError(`nothing matches "${text}": try fewer characters, pinyin or the English name`);
  }
  if (ctx.json) return;
  ctx.out(
    table(
      [
        { header: 'id', max: 40 },
        { header: 'kind' },
        { header: 'name', max: 30 },
        { header: 'English name', max: 40 },
        { header: 'score', align: 'right' },
        { header: 'matched', max: 30 },
      ],
      hits.map((h) => [
        h.entity.id,
        h.entity.kind,
        h.entity.name,
        h.entity.nameEn,
        h.score.toFixed(2),
        h.matched,
      ]),
    ),
  );
}

export async function show(ctx: Ctx, text: string, o: { relations: number }): Promise<void> {
  const ref = await resolveEntity(ctx.client, text);
  const { entity: e } = await ctx.client.request(CliShowDocument, {
    id: ref.id,
    relationsFirst: o.relations,
  });
  if (!e) throw new NoResultError(`no entity has the id "${ref.id}" any more: it was removed meanwhile`);
  if (ctx.json) {
    printJson(ctx, e);
    return;
  }
  const extra = Object.entries(e)
    .filter(([k]) => !SHOWN.has(k))
    .map(([k, v]): [string, string | number | boolean | null] => [k, showValue(v)]);
  ctx.out(
    fields([
      ['id', e.id],
      ['kind', e.kind],
      ['name', e.name],
      ['English name', e.nameEn],
      ['full name', e.fullName],
      ['aliases', e.aliases.join(' · ')],
      ['description', e.description],
      ...extra,
      ['origin', e.origin],
    ]),
  );
  const rels = e.relations;
  ctx.out(
    `\nRelations (${rels.totalCount}${rels.totalCount > rels.edges.length ? `, first ${rels.edges.length}` : ''})`,
  );
  if (rels.edges.length) {
    ctx.out(
      table(
        [
          { header: 'dir' },
          { header: 'type' },
          { header: 'other', max: 50 },
          { header: 'other id', max: 40 },
          { header: 'when' },
          { header: 'modality' },
        ],
        rels.edges.map((r) => [
          r.direction === 'OUTGOING' ? '→' : '←',
          r.node.type,
          label(r.other),
          r.other.id,
          r.node.when,
          r.node.modality === 'REPORTED' ? '' : r.node.modality,
        ]),
      ),
    );
  }
  ctx.out(
    `\nStatistics: ${e.statistics.length}${e.statistics.length ? ` (see \`kg figures ${e.id}\`)` : ''}`,
  );
  ctx.out(`\nCitations (${e.citations.length})`);
  for (const c of e.citations) ctx.out(`  “${c.quote}” — ${c.document.title}`);
}

/** Fields `show` prints itself or leaves to other sections. */
const SHOWN = new Set([
  '__typename',
  'id',
  'kind',
  'name',
  'nameEn',
  'fullName',
  'aliases',
  'description',
  'origin',
  'relations',
  'statistics',
  'citations',
]);

function showValue(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) {
    const parts = v.map((x) => (typeof x === 'object' && x !== null && 'id' in x ? String(x.id) : String(x)));
    return parts.length ? parts.join(' · ') : null;
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

export async function neighbors(
  ctx: Ctx,
  text: string,
  o: { depth: number; type?: RelationType[]; limit: number },
): Promise<void> {
  const ref = await resolveEntity(ctx.client, text);
  const { neighborhood: g } = await ctx.client.request(CliNeighborsDocument, {
    id: ref.id,
    depth: o.depth,
    types: o.type?.length ? o.type : null,
    limit: o.limit,
  });
  if (ctx.json) printJson(ctx, g);
  if (g.relations.length === 0) {
    throw new NoResultError(
      `${label(ref)} has no relations${o.type?.length ? ` of type ${o.type.join(', ')}` : ''} within ${o.depth} hop(s)`,
    );
  }
  if (ctx.json) return;
  const names = new Map(g.nodes.map((n) => [n.id, n]));
  const name = (id: string) => {
    const n = names.get(id);
    return n ? label(n) : id;
  };
  ctx.out(
    table(
      [{ header: 'source', max: 45 }, { header: 'type' }, { header: 'target', max: 45 }, { header: 'when' }],
      g.relations.map((r) => [name(r.source.id), r.type, name(r.target.id), r.when]),
    ),
  );
  ctx.out(
    `\n${g.nodes.length} entities, ${g.relations.length} relations around ${label(ref)} (depth ${o.depth})` +
      (g.truncated ? ': truncated by the per-hop cap; raise --limit or lower --depth to see all' : ''),
  );
}

export async function path(
  ctx: Ctx,
  fromText: string,
  toText: string,
  o: { maxHops: number; first: number; lang: Lang },
): Promise<void> {
  const from = await resolveEntity(ctx.client, fromText);
  const to = await resolveEntity(ctx.client, toText);
  const { paths } = await ctx.client.request(CliPathsDocument, {
    from: from.id,
    to: to.id,
    maxHops: o.maxHops,
    first: o.first,
    lang: o.lang,
  });
  if (ctx.json) printJson(ctx, { from, to, paths });
  if (paths.length === 0) {
    throw new NoResultError(
      `no path of at most ${o.maxHops} relations links ${label(from)} and ${label(to)}${o.maxHops < 6 ? ': try --max-hops 6' : ''}`,
    );
  }
  if (ctx.json) return;
  paths.forEach((p, i) => {
    const steps = p.relations.map((r, j) => {
      const a = p.nodes[j];
      const forward = a?.id === r.source.id;
      return forward ? ` —${r.type}→ ` : ` ←${r.type}— `;
    });
    const chain = p.nodes.map((n, j) => `${n.name}${steps[j] ?? ''}`).join('');
    ctx.out(`${i + 1}. (${p.length} hop${p.length === 1 ? '' : 's'}) ${chain}`);
    ctx.out(`   ${p.explanation}`);
  });
}

export async function summary(ctx: Ctx): Promise<void> {
  const { graphStats: s } = await ctx.client.request(CliSummaryDocument);
  if (ctx.json) {
    printJson(ctx, s);
    return;
  }
  ctx.out(
    fields([
      ['entities', s.entities],
      ['relations', s.relations],
      ['statistics', s.statistics],
      ['citations', s.citations],
      ['dataset', s.datasetVersion],
    ]),
  );
  ctx.out('');
  ctx.out(
    table(
      [{ header: 'kind' }, { header: 'entities', align: 'right' }],
      [...s.byKind].sort((a, b) => b.count - a.count).map((k) => [k.kind, k.count]),
    ),
  );
  ctx.out('');
  ctx.out(
    table(
      [{ header: 'relation type' }, { header: 'relations', align: 'right' }],
      [...s.byRelationType].sort((a, b) => b.count - a.count).map((t) => [t.type, t.count]),
    ),
  );
}

export async function figures(ctx: Ctx, text: string): Promise<void> {
  const ref = await resolveEntity(ctx.client, text);
  const { entity: e } = await ctx.client.request(CliFiguresDocument, { id: ref.id });
  if (!e) throw new NoResultError(`no entity has the id "${ref.id}" any more: it was removed meanwhile`);
  if (ctx.json) printJson(ctx, e);
  if (e.statistics.length === 0) throw new NoResultError(`the sources give no figures about ${label(e)}`);
  if (ctx.json) return;
  ctx.out(`${label(e)}: ${e.statistics.length} figure(s)\n`);
  ctx.out(
    table(
      [
        { header: 'metric', max: 36 },
        { header: 'figure', max: 40 },
        { header: 'period' },
        { header: 'source quote', max: 60 },
      ],
      e.statistics.map((s) => [
        s.metric,
        figure(s) + (s.isForecast ? ' (forecast)' : ''),
        s.period ?? 'as of the document',
        s.citations.map((c) => `“${c.quote}”`).join(' '),
      ]),
    ),
  );
  const docs = new Map(
    e.statistics.flatMap((s) => s.citations.map((c) => [c.document.id, c.document.title])),
  );
  ctx.out(`\nSource${docs.size === 1 ? '' : 's'}: ${[...docs.values()].join('; ')}`);
}
