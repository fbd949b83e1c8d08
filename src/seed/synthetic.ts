/**
 * `npm run seed:synthetic -- --entities N --relations M [--seed S] [--out file.ndjson] [--in file.ndjson] [--load]`
 *
 * A synthetic graph in the seed format, for benchmarks at sizes the curated seed never reaches: the vocabulary's
 * kinds, categories, subtypes and relation types (each relation fits one of its type's allowed kind pairs),
 * statistics of the metrics' subject kinds, one citation per fact quoting a sentence of a synthetic document, and
 * Chinese names with pinyin English names built from syllable tables. Degrees are skewed the way real graphs are:
 * ends are drawn by preferential attachment, so a few hubs collect thousands of relations while the median entity
 * has a handful.
 *
 * Output is NDJSON, one type-tagged record a line (`{"record":"entity","data":{…}}`), so neither writing nor
 * loading ever holds the graph in memory. `--load` writes through the same row builders (src/seed/rows.ts) and
 * the same statements (cypher/seed/*.cypher) as the seed loader, in streamed batches; it skips the loader's
 * whole-graph steps (stale-relation detection, prune, dataset version), which need every row at once.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.js';
import { cypher } from '../db/cypher.js';
import { createDriver, verifyReachable } from '../db/driver.js';
import { Executor } from '../db/executor.js';
import { applySchema } from '../db/schema.js';
import type {
  ResolvedCitation,
  ResolvedDocument,
  ResolvedEntity,
  ResolvedRelation,
  ResolvedStatistic,
  SubjectType,
} from '../graph/validate.js';
import {
  ENTITY_KINDS,
  type EntityKind,
  type Modality,
  type OrgCategory,
  RELATION_TYPE_NAMES,
  type RelationType,
  VOCABULARY,
} from '../graph/vocabulary.js';
import {
  citationRow,
  documentRow,
  entityRow,
  type NodeRow,
  type RelationRow,
  relationRow,
  statisticRow,
} from './rows.js';

// ---------------------------------------------------------------------------------------------------------------
// Records

export interface SyntheticHeader {
  generator: 'waic-kg synthetic';
  seed: number;
  documents: number;
  entities: number;
  relations: number;
  statistics: number;
  citations: number;
}

export type SyntheticRecord =
  | { record: 'header'; data: SyntheticHeader }
  | { record: 'document'; data: ResolvedDocument }
  | { record: 'entity'; data: ResolvedEntity }
  | { record: 'statistic'; data: ResolvedStatistic }
  | { record: 'relation'; data: ResolvedRelation }
  | { record: 'citation'; data: ResolvedCitation };

export interface SyntheticOptions {
  entities: number;
  relations: number;
  seed?: number;
  /** Statistics to generate; defaults to one per 50 relations. */
  statistics?: number;
  /** Probability that a relation end is drawn uniformly rather than by degree; lower means heavier hubs. */
  uniformShare?: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Randomness: a seeded generator, so the same arguments always give the same file.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickWeighted<T>(rand: () => number, items: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of items) total += w;
  let x = rand() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  const last = items.at(-1);
  if (!last) throw new Error('pickWeighted: no items');
  return last[0];
}

const pick = <T>(rand: () => number, items: readonly T[]): T => {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick: no items');
  return item;
};

// ---------------------------------------------------------------------------------------------------------------
// Names. Surnames are kept out of the syllable table so a person's name never equals another entity's core.

const SURNAMES: readonly (readonly [string, string])[] = [
  ['王', 'Wang'],
  ['李', 'Li'],
  ['张', 'Zhang'],
  ['刘', 'Liu'],
  ['陈', 'Chen'],
  ['杨', 'Yang'],
  ['黄', 'Huang'],
  ['赵', 'Zhao'],
  ['吴', 'Wu'],
  ['周', 'Zhou'],
  ['徐', 'Xu'],
  ['孙', 'Sun'],
  ['马', 'Ma'],
  ['朱', 'Zhu'],
  ['胡', 'Hu'],
  ['郭', 'Guo'],
  ['何', 'He'],
  ['林', 'Lin'],
  ['罗', 'Luo'],
  ['高', 'Gao'],
  ['郑', 'Zheng'],
  ['梁', 'Liang'],
  ['谢', 'Xie'],
  ['宋', 'Song'],
  ['唐', 'Tang'],
  ['许', 'Xu'],
  ['韩', 'Han'],
  ['冯', 'Feng'],
  ['邓', 'Deng'],
  ['曹', 'Cao'],
  ['彭', 'Peng'],
  ['曾', 'Zeng'],
];

// 128 syllables: a three-syllable core indexes 2^21 distinct names.
const SYLLABLES: readonly (readonly [string, string])[] = (
  '安an 邦bang 宝bao 北bei 奔ben 博bo 灿can 昌chang 超chao 辰chen 诚cheng 驰chi 创chuang 春chun 达da 道dao ' +
  '德de 迪di 鼎ding 东dong 度du 帆fan 方fang 飞fei 丰feng 福fu 富fu 阜fu 冠guan 光guang 广guang 国guo ' +
  '海hai 瀚han 航hang 浩hao 禾he 恒heng 弘hong 鸿hong 华hua 辉hui 汇hui 慧hui 极ji 佳jia 嘉jia 坚jian ' +
  '捷jie 金jin 锦jin 晶jing 景jing 聚ju 骏jun 凯kai 康kang 科ke 坤kun 蓝lan 朗lang 乐le 力li 立li ' +
  '联lian 灵ling 领ling 龙long 隆long 路lu 美mei 蒙meng 明ming 铭ming 诺nuo 鹏peng 品pin 启qi 千qian 擎qing ' +
  '晴qing 融rong 瑞rui 睿rui 润run 森sen 尚shang 深shen 盛sheng 硕shuo 思si 速su 泰tai 腾teng 天tian 通tong ' +
  '图tu 拓tuo 万wan 威wei 维wei 文wen 曦xi 翔xiang 象xiang 新xin 鑫xin 星xing 兴xing 旭xu 轩xuan 雅ya ' +
  '扬yang 耀yao 逸yi 亿yi 英ying 盈ying 优you 宇yu 元yuan 远yuan 跃yue 云yun 泽ze 展zhan 哲zhe 臻zhen ' +
  '正zheng 之zhi 智zhi 致zhi 中zhong 众zhong 卓zhuo 紫zi'
)
  .split(' ')
  .map((s) => [s.slice(0, 1), s.slice(1)] as const);

/**
 * `count` syllables naming `index`, distinct for distinct indexes below 128^count: multiplying by an odd number is
 * a bijection modulo a power of two, and it makes consecutive indexes look unrelated.
 */
function syllables(index: number, count: number): { zh: string; en: string } {
  const n = SYLLABLES.length;
  const space = n ** count;
  let x = Number((BigInt(index + 1) * 0x9e3779b1n) % BigInt(space));
  let zh = '';
  let en = '';
  for (let i = 0; i < count; i++) {
    const [c, p] = SYLLABLES[x % n] ?? ['?', '?'];
    zh += c;
    en += p;
    x = Math.floor(x / n);
  }
  return { zh, en: en.charAt(0).toUpperCase() + en.slice(1) };
}

interface KindStyle {
  slug: string;
  weight: number;
  /** Chinese and English suffixes; one is picked per entity. */
  suffixes: readonly (readonly [string, string])[];
}

const STYLE: Record<EntityKind, KindStyle> = {
  Organization: {
    slug: 'org',
    weight: 34,
    suffixes: [
      ['科技', 'Technology'],
      ['智能', 'Intelligence'],
      ['实验室', 'Lab'],
      ['研究院', 'Institute'],
      ['大学', 'University'],
      ['基金', 'Fund'],
      ['联盟', 'Alliance'],
    ],
  },
  Person: { slug: 'person', weight: 16, suffixes: [['', '']] },
  AIModel: {
    slug: 'model',
    weight: 8,
    suffixes: [
      ['大模型', 'Model'],
      ['多模态模型', 'Multimodal Model'],
    ],
  },
  Robot: {
    slug: 'robot',
    weight: 4,
    suffixes: [
      ['机器人', 'Robot'],
      ['人形机器人', 'Humanoid'],
    ],
  },
  Park: {
    slug: 'park',
    weight: 3,
    suffixes: [
      ['产业园', 'Industrial Park'],
      ['创新社区', 'Innovation Community'],
    ],
  },
  Venue: {
    slug: 'venue',
    weight: 2,
    suffixes: [
      ['会展中心', 'Expo Centre'],
      ['展览馆', 'Exhibition Hall'],
    ],
  },
  Place: {
    slug: 'place',
    weight: 3,
    suffixes: [
      ['区', 'District'],
      ['市', 'City'],
    ],
  },
  Event: {
    slug: 'event',
    weight: 12,
    suffixes: [
      ['论坛', 'Forum'],
      ['大会', 'Conference'],
      ['峰会', 'Summit'],
    ],
  },
  Award: { slug: 'award', weight: 2, suffixes: [['奖', 'Award']] },
  Policy: {
    slug: 'policy',
    weight: 4,
    suffixes: [
      ['条例', 'Regulation'],
      ['规划', 'Plan'],
      ['标准', 'Standard'],
    ],
  },
  Initiative: {
    slug: 'initiative',
    weight: 7,
    suffixes: [
      ['计划', 'Programme'],
      ['行动', 'Action'],
    ],
  },
  Topic: {
    slug: 'topic',
    weight: 5,
    suffixes: [
      ['技术', 'Technology'],
      ['领域', 'Field'],
    ],
  },
};

const CATEGORY_WEIGHTS: readonly (readonly [OrgCategory, number])[] = [
  ['COMPANY', 60],
  ['LAB', 6],
  ['UNIVERSITY', 6],
  ['RESEARCH_INSTITUTE', 6],
  ['GOVERNMENT', 5],
  ['ASSOCIATION', 3],
  ['FUND', 3],
  ['ALLIANCE', 3],
  ['CENTRE', 2],
  ['PLATFORM', 2],
  ['FOUNDATION', 1],
  ['COMMITTEE', 1],
  ['MEDIA', 1],
  ['PARTY', 1],
];

// Relation types the source reports most often get more of the relations.
const TYPE_WEIGHT: Partial<Record<RelationType, number>> = {
  EXHIBITS_AT: 6,
  FOCUSES_ON: 5,
  ENABLES: 4,
  WORKS_FOR: 4,
  ORGANIZED_BY: 3,
  LOCATED_IN: 3,
  HOSTS: 3,
  DEVELOPED_BY: 3,
  PART_OF: 2,
  SUPPORTS: 2,
  IMPLEMENTED_BY: 2,
  FUNDS: 2,
  BUILDS: 2,
};

const UNIT_ZH: Record<string, string> = { 'm²': '平方米', '%': '%', CNY: '元', items: '项', companies: '家' };

// ---------------------------------------------------------------------------------------------------------------
// Generator

interface PlannedEntity {
  id: string;
  kind: EntityKind;
}

/** Entity `i`'s id and kind without generating the rest, so relations can refer to entities by index. */
function plan(count: number, rand: () => number): PlannedEntity[] {
  const weights = ENTITY_KINDS.map((k) => [k, STYLE[k].weight] as const);
  const out: PlannedEntity[] = [];
  // The first entities cover every kind, so every relation type has candidate ends even in a tiny graph.
  for (let i = 0; i < count; i++) {
    const kind = i < ENTITY_KINDS.length ? (ENTITY_KINDS[i] as EntityKind) : pickWeighted(rand, weights);
    out.push({ id: `syn-${STYLE[kind].slug}-${i}`, kind });
  }
  return out;
}

function entityOf(p: PlannedEntity, index: number, rand: () => number, file: string): ResolvedEntity {
  const style = STYLE[p.kind];
  const def = VOCABULARY.entityKinds[p.kind];
  const props: Record<string, string | number | boolean | string[]> = {};
  let name: string;
  let nameEn: string;
  const aliases: string[] = [];
  if (p.kind === 'Person') {
    const [sz, se] = SURNAMES[index % SURNAMES.length] ?? ['王', 'Wang'];
    // Two given-name syllables name 128^2 people per surname; beyond that a third keeps names distinct.
    const j = Math.floor(index / SURNAMES.length);
    const given = j < SYLLABLES.length ** 2 ? syllables(j, 2) : syllables(j, 3);
    name = `${sz}${given.zh}`;
    nameEn = `${se} ${given.en}`;
    if (rand() < 0.3) props.title = pick(rand, ['研究员', '董事长', '首席科学家', '教授', '总经理']);
  } else {
    // One index space for every kind, so no two entities share a core (their short alias).
    const c = syllables(index, 3);
    const [sz, se] = pick(rand, style.suffixes);
    name = `${c.zh}${sz}`;
    nameEn = `${c.en} ${se}`;
    aliases.push(c.zh);
    if (rand() < 0.5) aliases.push(c.en);
  }
  const e: ResolvedEntity = { id: p.id, kind: p.kind, name, nameEn, aliases, props, file };
  if (def.categoryRequired) e.category = pickWeighted(rand, CATEGORY_WEIGHTS);
  if (def.subtypeRequired) e.subtype = pick(rand, Object.keys(def.subtypes));
  if (rand() < 0.4) e.description = `A synthetic ${p.kind.toLowerCase()} for benchmarks (${nameEn}).`;
  switch (p.kind) {
    case 'Organization':
      if (rand() < 0.1) props.foreignEnterprise = true;
      break;
    case 'AIModel':
      props.domain = pick(rand, ['气象', '医疗', '金融', '教育', '制造', '交通']);
      props.modelType = name;
      break;
    case 'Robot':
      props.openSource = rand() < 0.3;
      break;
    case 'Event': {
      const year = 2018 + Math.floor(rand() * 8);
      props.year = year;
      props.startDate = `${year}-07-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
      break;
    }
    case 'Park':
      props.focus = [pick(rand, ['大模型', '具身智能', '智能芯片', '智能网联汽车'])];
      break;
    default:
      break;
  }
  return e;
}

/** Sentences of the synthetic documents; each fact's citation quotes one. */
function documentSentences(rand: () => number, count: number): string[] {
  const verbs = ['发布', '举办', '签约', '落地', '开源', '亮相', '启动', '建设'];
  const objects = ['大模型', '机器人', '算力平台', '创新中心', '产业基金', '开源社区', '应用场景'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = syllables(i * 31 + 5, 3).zh;
    const b = syllables(i * 17 + 11, 3).zh;
    out.push(`据报道，${a}与${b}共同${pick(rand, verbs)}${pick(rand, objects)}（第${i + 1}条）。`);
  }
  return out;
}

const DOCUMENTS = 8;
const SENTENCES_PER_DOCUMENT = 2000;

/**
 * The whole synthetic graph as a stream of records, in loading order: documents, entities, statistics, relations,
 * then citations. Memory is O(entities + relations) numbers for degrees and duplicate checks, never the records.
 */
export function* generate(o: SyntheticOptions): Generator<SyntheticRecord> {
  const seed = o.seed ?? 1;
  const rand = mulberry32(seed);
  const file = `synthetic/seed-${seed}.ndjson`;
  const statistics = o.statistics ?? Math.max(1, Math.round(o.relations / 50));
  const uniformShare = o.uniformShare ?? 0.3;
  if (o.entities < ENTITY_KINDS.length) throw new Error(`--entities must be at least ${ENTITY_KINDS.length}`);

  const planned = plan(o.entities, rand);
  const byKind = new Map<EntityKind, number[]>(ENTITY_KINDS.map((k) => [k, []]));
  for (const [i, p] of planned.entries()) byKind.get(p.kind)?.push(i);

  yield {
    record: 'header',
    data: {
      generator: 'waic-kg synthetic',
      seed,
      documents: DOCUMENTS,
      entities: o.entities,
      relations: o.relations,
      statistics,
      citations: o.entities + o.relations + statistics,
    },
  };

  // Documents: sentence offsets are kept so citations can point into the text.
  const publisher = planned.find((p) => p.kind === 'Organization')?.id ?? planned[0]?.id ?? '';
  const author = planned.find((p) => p.kind === 'Person')?.id ?? publisher;
  const sentences: { doc: string; quote: string; start: number }[] = [];
  for (let d = 0; d < DOCUMENTS; d++) {
    const id = `syn-document-${d}`;
    const lines = documentSentences(rand, SENTENCES_PER_DOCUMENT);
    let offset = 0;
    for (const quote of lines) {
      sentences.push({ doc: id, quote, start: offset });
      offset += quote.length + 1;
    }
    yield {
      record: 'document',
      data: {
        id,
        title: `合成报道 ${d + 1}`,
        publisherId: publisher,
        authorId: author,
        language: 'zh-Hans-CN',
        notes: ['Synthetic text for benchmarks.'],
        text: lines.join('\n'),
        file,
      },
    };
  }
  let cited = 0;
  const citationOf = (subjectId: string, subjectType: SubjectType): ResolvedCitation => {
    const s = sentences[(cited++ * 7919) % sentences.length] ?? { doc: '', quote: '', start: 0 };
    return {
      id: `${subjectId}#c1`,
      subjectId,
      subjectType,
      documentId: s.doc,
      quote: s.quote,
      start: s.start,
      end: s.start + s.quote.length,
    };
  };

  for (const [i, p] of planned.entries()) yield { record: 'entity', data: entityOf(p, i, rand, file) };

  const metrics = Object.values(VOCABULARY.metrics);
  const statSubjects: { id: string }[] = [];
  for (let i = 0; i < statistics; i++) {
    const m = pick(rand, metrics);
    const kind = pick(rand, m.subjectKinds);
    const pool = byKind.get(kind) ?? [];
    if (pool.length === 0) continue;
    const subject = planned[pick(rand, pool)]?.id ?? '';
    // Log-uniform values: counts and areas span orders of magnitude.
    const value = Math.round(10 ** (1 + rand() * 5));
    const unit = m.unit;
    const s: ResolvedStatistic = {
      id: `syn-stat-${i}`,
      subject,
      metric: m.name,
      value,
      statedAs: `${value}${UNIT_ZH[unit ?? ''] ?? unit ?? ''}`,
      isForecast: rand() < 0.05,
      period: `${2019 + Math.floor(rand() * 7)}`,
      file,
    };
    if (unit) s.unit = unit;
    if (rand() < 0.3) s.qualifier = pick(rand, ['MORE_THAN', 'NEARLY', 'ABOUT']);
    statSubjects.push({ id: s.id });
    yield { record: 'statistic', data: s };
  }

  // Preferential attachment: an end is drawn uniformly with probability `uniformShare`, otherwise as a copy of an
  // earlier end of the same kind, i.e. with probability proportional to the degree so far.
  const ends = new Map<EntityKind, number[]>(ENTITY_KINDS.map((k) => [k, []]));
  const drawEnd = (kinds: readonly EntityKind[]): number | undefined => {
    const usable = kinds.filter((k) => (byKind.get(k)?.length ?? 0) > 0);
    if (usable.length === 0) return undefined;
    const kind = pickWeighted(
      rand,
      usable.map((k) => [k, byKind.get(k)?.length ?? 0] as const),
    );
    const seen = ends.get(kind) ?? [];
    const chosen =
      seen.length > 0 && rand() >= uniformShare ? pick(rand, seen) : pick(rand, byKind.get(kind) ?? []);
    return chosen;
  };
  const typeWeights = RELATION_TYPE_NAMES.map((t) => [t, TYPE_WEIGHT[t] ?? 1] as const);
  const typeIndex = new Map(RELATION_TYPE_NAMES.map((t, i) => [t, i]));
  const taken = new Set<number>();
  const modalities: readonly (readonly [Modality, number])[] = [
    ['REPORTED', 85],
    ['PLANNED', 10],
    ['EXPECTED', 5],
  ];
  const relationIds: string[] = [];
  let made = 0;
  let misses = 0;
  while (made < o.relations) {
    if (misses > o.relations + 1000) throw new Error(`could place only ${made} distinct relations`);
    const type = pickWeighted(rand, typeWeights);
    const def = VOCABULARY.relationTypes[type];
    const pair = pick(rand, def.allowed);
    let s = drawEnd(pair.source);
    let t = drawEnd(pair.target);
    if (s === undefined || t === undefined || s === t) {
      misses++;
      continue;
    }
    let sp = planned[s];
    let tp = planned[t];
    if (!sp || !tp) continue;
    // A symmetric relation is stored once, from the smaller id (the validator's rule).
    if (def.symmetric && tp.id < sp.id) [s, t, sp, tp] = [t, s, tp, sp];
    const source = sp.id;
    const target = tp.id;
    const key = (s * o.entities + t) * RELATION_TYPE_NAMES.length + (typeIndex.get(type) ?? 0);
    if (taken.has(key)) {
      misses++;
      continue;
    }
    taken.add(key);
    ends.get(sp.kind)?.push(s);
    ends.get(tp.kind)?.push(t);
    const r: ResolvedRelation = {
      id: `${source}--${type}--${target}`,
      type,
      source,
      target,
      modality: pickWeighted(rand, modalities),
      props: {},
      file,
    };
    if (rand() < 0.3) r.when = `${2019 + Math.floor(rand() * 7)}`;
    relationIds.push(r.id);
    made++;
    yield { record: 'relation', data: r };
  }

  for (const p of planned) yield { record: 'citation', data: citationOf(p.id, 'entity') };
  for (const s of statSubjects) yield { record: 'citation', data: citationOf(s.id, 'statistic') };
  for (const id of relationIds) yield { record: 'citation', data: citationOf(id, 'relation') };
}

// ---------------------------------------------------------------------------------------------------------------
// NDJSON

export async function* readNdjson(path: string): AsyncGenerator<SyntheticRecord> {
  const lines = createInterface({
    input: createReadStream(path, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    if (line.trim().length > 0) yield JSON.parse(line) as SyntheticRecord;
  }
}

export async function writeNdjson(records: Iterable<SyntheticRecord>, path: string | null): Promise<number> {
  let count = 0;
  const lines = Readable.from(
    (function* () {
      for (const r of records) {
        count++;
        yield `${JSON.stringify(r)}\n`;
      }
    })(),
  );
  await pipeline(lines, path ? createWriteStream(path) : process.stdout);
  return count;
}

// ---------------------------------------------------------------------------------------------------------------
// Streaming load through the seed loader's row builders and statements

export interface StreamLoadOptions {
  batchSize?: number;
  log?: (line: string) => void;
  /** Progress line interval. */
  progressMs?: number;
}

export interface StreamLoadReport {
  records: Record<'documents' | 'entities' | 'statistics' | 'citations' | 'relations', number>;
  written: number;
  /** Wall time per group, from its first row built to its last batch committed (groups arrive one after another). */
  seconds: Record<'documents' | 'entities' | 'statistics' | 'citations' | 'relations', number>;
  totalSeconds: number;
}

type Group = keyof StreamLoadReport['records'];
const LABEL: Record<Exclude<Group, 'entities' | 'relations'>, string> = {
  documents: 'Document',
  statistics: 'Statistic',
  citations: 'Citation',
};

/**
 * Loads records as they stream in. Batches of a group go out in arrival order with at most one write in flight,
 * so the next batch's rows are built (names, pinyin keys, hashes) while Neo4j commits the previous one.
 */
export async function streamLoad(
  executor: Executor,
  records: AsyncIterable<SyntheticRecord> | Iterable<SyntheticRecord>,
  o: StreamLoadOptions = {},
): Promise<StreamLoadReport> {
  const size = o.batchSize ?? 1000;
  const log = o.log ?? (() => {});
  const progressMs = o.progressMs ?? 5000;
  const counts = { documents: 0, entities: 0, statistics: 0, citations: 0, relations: 0 };
  const first: Partial<Record<Group, number>> = {};
  const last: Partial<Record<Group, number>> = {};
  let expected: SyntheticHeader | undefined;
  let written = 0;
  let inFlight: Promise<void> = Promise.resolve();
  const started = performance.now();
  let lastLog = started;
  let lastLogged = { group: '', count: 0, at: started };

  const buffers: { [G in Group]: G extends 'relations' ? RelationRow[] : NodeRow[] } = {
    documents: [],
    entities: [],
    statistics: [],
    citations: [],
    relations: [],
  };

  const send = (group: Group, rows: NodeRow[] | RelationRow[]) => {
    const run = async () => {
      const n = await executor.writeTx(async (t) => {
        const result =
          group === 'entities'
            ? await t.run(cypher('seed/upsert-entities'), { rows })
            : group === 'relations'
              ? await t.run(cypher('seed/upsert-relations'), { rows })
              : await t.run(cypher('seed/upsert-nodes'), { rows, label: LABEL[group] });
        return Number(result[0]?.written ?? 0);
      });
      written += n;
      counts[group] += rows.length;
      last[group] = performance.now();
      const now = performance.now();
      if (now - lastLog >= progressMs) {
        const same = lastLogged.group === group;
        const rate = same ? (counts[group] - lastLogged.count) / ((now - lastLogged.at) / 1000) : 0;
        const of = expected ? `/${expected[group]}` : '';
        log(`${group}: ${counts[group]}${of}${same ? ` · ${Math.round(rate)}/s` : ''}`);
        lastLog = now;
        lastLogged = { group, count: counts[group], at: now };
      }
    };
    // One write at a time, in order: the previous must commit before this one starts. The no-op catch only
    // keeps a failure from counting as unhandled before the next await picks it up.
    inFlight = inFlight.then(run);
    inFlight.catch(() => {});
  };

  const flush = async (group: Group) => {
    const rows = buffers[group];
    if (rows.length === 0) return;
    buffers[group] = [];
    // Waiting for the previous write here (not for this one) is what lets row building overlap the database.
    const previous = inFlight;
    send(group, rows);
    await previous;
  };

  let current: Group | undefined;
  const add = async (group: Group, row: NodeRow | RelationRow) => {
    // The stream is grouped by record type: finishing the previous group first keeps each group's time contiguous
    // and guarantees a relation batch only MATCHes committed entities.
    if (current !== group) {
      if (current) await flush(current);
      current = group;
    }
    first[group] ??= performance.now();
    (buffers[group] as (NodeRow | RelationRow)[]).push(row);
    if (buffers[group].length >= size) await flush(group);
  };

  for await (const r of records) {
    switch (r.record) {
      case 'header':
        expected = r.data;
        log(
          `synthetic graph seed ${r.data.seed}: ${r.data.entities} entities, ${r.data.relations} relations, ${r.data.statistics} statistics, ${r.data.citations} citations`,
        );
        break;
      case 'document':
        await add('documents', documentRow(r.data));
        break;
      case 'entity':
        await add('entities', entityRow(r.data));
        break;
      case 'statistic':
        await add('statistics', statisticRow(r.data));
        break;
      case 'citation':
        await add('citations', citationRow(r.data));
        break;
      case 'relation':
        await add('relations', relationRow(r.data));
        break;
    }
  }
  for (const g of ['documents', 'entities', 'statistics', 'relations', 'citations'] as const) await flush(g);
  await inFlight;
  const seconds = { documents: 0, entities: 0, statistics: 0, citations: 0, relations: 0 };
  for (const g of Object.keys(seconds) as Group[]) seconds[g] = ((last[g] ?? 0) - (first[g] ?? 0)) / 1000;
  return { records: counts, written, seconds, totalSeconds: (performance.now() - started) / 1000 };
}

// ---------------------------------------------------------------------------------------------------------------
// CLI

/** NEO4J_URI as is; otherwise the embedded default, imported only then so a bare URI needs no Java side. */
async function open(
  log: (line: string) => void,
): Promise<{ executor: Executor; uri: string; close(): Promise<void> }> {
  const config = loadConfig();
  const uri = config.neo4j.uri;
  if (!uri) {
    const { connect } = await import('../db/connect.js');
    return connect(config, log);
  }
  const o = { ...config.neo4j, uri };
  const driver = createDriver(o);
  await verifyReachable(driver, o);
  const executor = new Executor(driver, { database: o.database, txTimeoutMs: o.txTimeoutMs, target: uri });
  return { executor, uri, close: () => driver.close() };
}

const USAGE =
  'usage: npm run seed:synthetic -- --entities N --relations M [--seed S] [--statistics K] [--out file.ndjson] [--in file.ndjson] [--load] [--batch-size B]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string' },
      relations: { type: 'string' },
      seed: { type: 'string', default: '1' },
      statistics: { type: 'string' },
      out: { type: 'string' },
      in: { type: 'string' },
      load: { type: 'boolean', default: false },
      'batch-size': { type: 'string', default: '1000' },
      help: { type: 'boolean', default: false },
    },
  });
  const log = (line: string) => process.stderr.write(`[synthetic] ${line}\n`);
  if (values.help) {
    log(USAGE);
    return 0;
  }
  const num = (name: string, v: string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v.replace(/_/g, ''));
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer (got ${v})`);
    return n;
  };
  const entities = num('entities', values.entities);
  const relations = num('relations', values.relations);
  if (!values.in && (entities === undefined || relations === undefined)) {
    log(USAGE);
    return 2;
  }
  const options = (): SyntheticOptions => {
    const o: SyntheticOptions = {
      entities: entities ?? 0,
      relations: relations ?? 0,
      seed: num('seed', values.seed) ?? 1,
    };
    const statistics = num('statistics', values.statistics);
    if (statistics !== undefined) o.statistics = statistics;
    return o;
  };

  if (!values.load || values.out) {
    if (values.in) throw new Error('--in only makes sense with --load');
    const started = performance.now();
    const n = await writeNdjson(generate(options()), values.out ?? null);
    log(
      `${n} records written${values.out ? ` to ${values.out}` : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    if (!values.load) return 0;
  }

  const connection = await open(log);
  try {
    log(
      `Neo4j at ${connection.uri}; schema: ${await applySchema(connection.executor)} constraints and indexes in place.`,
    );
    const source = values.in
      ? readNdjson(values.in)
      : values.out
        ? readNdjson(values.out)
        : generate(options());
    const report = await streamLoad(connection.executor, source, {
      batchSize: num('batch-size', values['batch-size']) ?? 1000,
      log,
    });
    const rate = (g: Group) =>
      report.seconds[g] > 0 ? `${Math.round(report.records[g] / report.seconds[g])}/s` : '-';
    log(
      `loaded in ${report.totalSeconds.toFixed(1)} s: ${Object.entries(report.records)
        .map(([g, n]) => `${g} ${n} (${rate(g as Group)})`)
        .join(', ')}; rows written ${report.written}`,
    );
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return 0;
  } finally {
    await connection.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`[synthetic] ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
