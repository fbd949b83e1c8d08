import { authorize } from '../../auth/plugin.js';
import { roleFor } from '../../auth/roles.js';
import { ENTITY_BASE_KEYS, type Problem, RELATION_BASE_KEYS } from '../../graph/model.js';
import { ChangeService, diffOf, type WriteStamp } from '../../services/changes.js';
import { type Entry, invalidInput, MutationService } from '../../services/mutations.js';
import type { Context } from '../context.js';
import type {
  InputMaybe,
  MutationResolvers,
  PropInput,
  QuoteInput,
  Resolvers,
} from '../generated/resolvers.js';
import { pageSize } from '../limits.js';
import { createLoaders } from '../loaders.js';
import { connection } from './connection.js';

/** The input without its null fields: the seed schemas know absent fields, not nulls. */
function present(o: Record<string, unknown>): Entry {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
}

function quotes(list: InputMaybe<QuoteInput[]> | undefined): Entry[] {
  return (list ?? []).map((q) => present({ quote: q.quote, document: q.document, occurrence: q.occurrence }));
}

/** Kind- or type-specific fields as the keys a seed entry would carry; each gives exactly one value. */
function props(list: InputMaybe<PropInput[]> | undefined, base: readonly string[]): Entry {
  // A Map, not an object: a field named like an Object.prototype member must stay an ordinary key.
  const out = new Map<string, unknown>();
  const problems: Problem[] = [];
  const fail = (name: string, reason: string) => problems.push({ file: 'api', entry: name, reason });
  for (const p of list ?? []) {
    const values = [p.string, p.number, p.boolean, p.strings].filter((v) => v !== null && v !== undefined);
    if (base.includes(p.name)) fail(p.name, `props: ${p.name} is not a kind- or type-specific field`);
    else if (out.has(p.name)) fail(p.name, `props: ${p.name} is given twice`);
    else if (values.length !== 1)
      fail(p.name, `props: ${p.name} needs exactly one of string, number, boolean or strings`);
    else out.set(p.name, values[0]);
  }
  if (problems.length > 0) throw invalidInput('input', problems);
  return Object.fromEntries(out);
}

/** Who writes and when; the same instant stamps the nodes written and their change. */
function stamp(ctx: Context): WriteStamp {
  return {
    actor: ctx.caller.actor,
    role: ctx.caller.role ?? 'none',
    at: new Date().toISOString(),
    requestId: ctx.requestId,
  };
}

/**
 * Checks the role again where the write happens (the auth plugin checked the operation already), runs the write,
 * then drops the request's loader caches so later fields of the same request see what was written.
 */
async function guarded<T>(
  ctx: Context,
  field: keyof MutationResolvers,
  write: (m: MutationService, s: WriteStamp) => Promise<T>,
) {
  authorize(ctx.caller, roleFor('Mutation', field), `Mutation.${field}`);
  const result = await write(new MutationService(ctx.services.db), stamp(ctx));
  ctx.loaders = createLoaders(ctx.services);
  return result;
}

export const mutationResolvers: Resolvers = {
  Mutation: {
    upsertEntity: (_p, { input }, ctx) =>
      guarded(ctx, 'upsertEntity', (m, s) => {
        const { props: extra, citations, ...fields } = input;
        const entry = { ...present(fields), ...props(extra, ENTITY_BASE_KEYS), citations: quotes(citations) };
        return m.upsertEntity(entry, s);
      }),
    deleteEntity: (_p, { id }, ctx) => guarded(ctx, 'deleteEntity', (m, s) => m.deleteEntity(id, s)),
    upsertRelation: (_p, { input }, ctx) =>
      guarded(ctx, 'upsertRelation', (m, s) => {
        const { props: extra, citations, ...fields } = input;
        const entry = {
          ...present(fields),
          ...props(extra, RELATION_BASE_KEYS),
          citations: quotes(citations),
        };
        return m.upsertRelation(entry, s);
      }),
    deleteRelation: (_p, { id }, ctx) => guarded(ctx, 'deleteRelation', (m, s) => m.deleteRelation(id, s)),
    addCitation: (_p, { input }, ctx) =>
      guarded(ctx, 'addCitation', (m, s) => m.addCitation(present({ ...input }), s)),
    upsertStatistic: (_p, { input }, ctx) =>
      guarded(ctx, 'upsertStatistic', (m, s) => {
        const { citations, ...fields } = input;
        return m.upsertStatistic({ ...present(fields), citations: quotes(citations) }, s);
      }),
  },
  Query: {
    changes: async (_p, a, ctx) => {
      authorize(ctx.caller, roleFor('Query', 'changes'), 'Query.changes');
      const page = await new ChangeService(ctx.services.db).page(
        a.entity ?? null,
        pageSize(a.first, 20),
        a.after ?? null,
      );
      return connection(page);
    },
  },
  Change: {
    role: (c) => c.role.toUpperCase() as never,
    diff: (c) => JSON.stringify(diffOf(c.before, c.after)),
  },
};
