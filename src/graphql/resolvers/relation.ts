import type { EntityModel } from '../../services/models.js';
import { sentenceAround } from '../../services/provenance.js';
import type { Resolvers } from '../generated/resolvers.js';

async function must(p: Promise<EntityModel | null>, id: string): Promise<EntityModel> {
  const e = await p;
  if (!e) throw new Error(`Relation end ${id} is missing`);
  return e;
}

export const relationResolvers: Resolvers = {
  Relation: {
    type: (r) => r.type as never,
    modality: (r) => r.modality as never,
    source: (r, _a, { loaders }) =>
      r.ends?.get(r.sourceId) ??
      loaders.known(r.sourceId) ??
      must(loaders.entity.load(r.sourceId), r.sourceId),
    target: (r, _a, { loaders }) =>
      r.ends?.get(r.targetId) ??
      loaders.known(r.targetId) ??
      must(loaders.entity.load(r.targetId), r.targetId),
    citations: (r, _a, { loaders }) => loaders.citations.load(r.id),
    explanation: async (r, { lang }, { loaders, services }) => {
      const [s, t] = await Promise.all([loaders.entity.load(r.sourceId), loaders.entity.load(r.targetId)]);
      const l = lang ?? 'ZH';
      const name = (e: EntityModel | null, id: string) =>
        (l === 'EN' ? (e?.nameEn ?? e?.name) : e?.name) ?? id;
      return services.vocabulary.word(r.type, true, l, name(s, r.sourceId), name(t, r.targetId));
    },
  },
  Statistic: {
    modality: (s) => s.modality as never,
    concerns: async (s, _a, { loaders }) =>
      (await loaders.entity.loadMany(s.refs)).filter(
        (e): e is EntityModel => e !== null && !(e instanceof Error),
      ),
    subject: (s, _a, { loaders }) => must(loaders.entity.load(s.subjectId), s.subjectId),
    citations: (s, _a, { loaders }) => loaders.citations.load(s.id),
  },
  Citation: {
    document: async (c, _a, { loaders }) => {
      const d = await loaders.document.load(c.documentId);
      if (!d) throw new Error(`Document ${c.documentId} is missing`);
      return d;
    },
    sentence: async (c, _a, { loaders }) => {
      const d = await loaders.document.load(c.documentId);
      return d?.text ? sentenceAround(d.text, c.start, c.end).sentence : c.quote;
    },
  },
  Document: {
    publisher: (d, _a, { loaders }) => (d.publisherId ? loaders.entity.load(d.publisherId) : null),
    author: (d, _a, { loaders }) => (d.authorId ? loaders.entity.load(d.authorId) : null),
    text: async (d, _a, { loaders }) => d.text ?? (await loaders.document.load(d.id))?.text ?? '',
  },
  Node: {
    __resolveType: (n) => {
      if ('kind' in n) return n.kind as never;
      if ('statedAs' in n) return 'Statistic';
      if ('sourceId' in n) return 'Relation';
      return 'Document';
    },
  },
  Path: {
    length: (p) => p.relations.length,
    explanation: async (p, { lang }, { services }) => services.vocabulary.explainPath(p, lang ?? 'ZH'),
  },
};
