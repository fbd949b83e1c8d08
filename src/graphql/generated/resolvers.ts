import type { GraphQLResolveInfo } from 'graphql';
import type { EntityModel, RelationModel, StatisticModel, CitationModel, DocumentModel } from '../../services/models.js';
import type { PathModel, SubgraphModel } from '../../services/explore.js';
import type { SearchHitModel } from '../../services/search.js';
import type { GraphStatsModel, KindCountModel, TypeCountModel } from '../../services/stats.js';
import type { RelationTypeInfoModel } from '../../services/vocabulary.js';
import type { ChangeModel } from '../../services/changes.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A named AI model. */
export type AiModel = Entity & Node & {
  __typename?: 'AIModel';
  /** Other names: full and short forms in Chinese and English, and every form the source uses. */
  aliases: Array<Scalars['String']['output']>;
  /** Where the sources mention it. */
  citations: Array<Citation>;
  /** Number of relations this entity takes part in. */
  degree: Scalars['Int']['output'];
  /** A short description that adds no fact the source lacks. */
  description: Maybe<Scalars['String']['output']>;
  /** Field of application, e.g. 气象 (weather). */
  domain: Maybe<Scalars['String']['output']>;
  /** A "first" claim exactly as the source makes it. */
  firstOfKind: Maybe<Scalars['String']['output']>;
  /** Official full name where it differs from `name`. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Stable readable slug. */
  id: Scalars['ID']['output'];
  /** True when it stands for an unnamed set the source treats as one participant (e.g. 区级基金). */
  isGroup: Scalars['Boolean']['output'];
  /** Always AIModel. */
  kind: EntityKind;
  /** What the source calls it, e.g. 气象大模型. */
  modelType: Maybe<Scalars['String']['output']>;
  /** The name as the source writes it. */
  name: Scalars['String']['output'];
  /** Established English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** True when `nameEn` is this project's translation rather than an established English name. */
  nameEnTranslated: Scalars['Boolean']['output'];
  /** `seed` or `api`. */
  origin: Scalars['String']['output'];
  /** Its relations, a page at a time. */
  relations: EntityRelationConnection;
  /** Quantitative statements about it. */
  statistics: Array<Statistic>;
};


/** A named AI model. */
export type AiModelRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** A prize or award. */
export type Award = Entity & Node & {
  __typename?: 'Award';
  /** Other names: full and short forms in Chinese and English, and every form the source uses. */
  aliases: Array<Scalars['String']['output']>;
  /** Where the sources mention it. */
  citations: Array<Citation>;
  /** Number of relations this entity takes part in. */
  degree: Scalars['Int']['output'];
  /** A short description that adds no fact the source lacks. */
  description: Maybe<Scalars['String']['output']>;
  /** Official full name where it differs from `name`. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Stable readable slug. */
  id: Scalars['ID']['output'];
  /** True when it stands for an unnamed set the source treats as one participant (e.g. 区级基金). */
  isGroup: Scalars['Boolean']['output'];
  /** Always Award. */
  kind: EntityKind;
  /** The name as the source writes it. */
  name: Scalars['String']['output'];
  /** Established English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** True when `nameEn` is this project's translation rather than an established English name. */
  nameEnTranslated: Scalars['Boolean']['output'];
  /** `seed` or `api`. */
  origin: Scalars['String']['output'];
  /** Its relations, a page at a time. */
  relations: EntityRelationConnection;
  /** Quantitative statements about it. */
  statistics: Array<Statistic>;
};


/** A prize or award. */
export type AwardRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** One write through the API, as the audit trail records it. */
export type Change = {
  __typename?: 'Change';
  /** Who: the token's subject or the API key's name. */
  actor: Scalars['String']['output'];
  /** The target after, as a JSON object of its fields; `null` when it was deleted. */
  after: Maybe<Scalars['String']['output']>;
  /** When: the start of the write, an ISO 8601 UTC timestamp. */
  at: Scalars['String']['output'];
  /** The target before, as a JSON object of its fields; `null` when it was created. */
  before: Maybe<Scalars['String']['output']>;
  /** The fields that differ, as a JSON object `{ "field": { "before": …, "after": … } }`. */
  diff: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** What it did. */
  operation: ChangeOperation;
  /** The id of the HTTP request that made it (the `x-request-id` response header), to find it in the logs. */
  requestId: Maybe<Scalars['String']['output']>;
  /** The role the actor had. */
  role: Role;
  /** One line for people, e.g. "updated entity qinglong: description; 1 citation added". */
  summary: Scalars['String']['output'];
  /** The id of what was written. */
  targetId: Scalars['ID']['output'];
  /** What the target is. */
  targetType: ChangeTarget;
};

/** A page of the audit trail. */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  /** The changes of this page, newest first. */
  edges: Array<ChangeEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of changes matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A change on a page. */
export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  /** Opaque keyset cursor. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: Change;
};

/** What a change did. */
export type ChangeOperation =
  /** `addCitation`. */
  | 'ADD_CITATION'
  /** `deleteEntity`. */
  | 'DELETE_ENTITY'
  /** `deleteRelation`. */
  | 'DELETE_RELATION'
  /** `upsertEntity`. */
  | 'UPSERT_ENTITY'
  /** `upsertRelation`. */
  | 'UPSERT_RELATION'
  /** `upsertStatistic`. */
  | 'UPSERT_STATISTIC';

/** What a change was made to. */
export type ChangeTarget =
  /** A citation. */
  | 'CITATION'
  /** An entity. */
  | 'ENTITY'
  /** A relation. */
  | 'RELATION'
  /** A statistic. */
  | 'STATISTIC';

/** A place in a source document that states a fact. */
export type Citation = {
  __typename?: 'Citation';
  /** The document cited. */
  document: Document;
  /** End of the quote in `Document.text`: a UTF-16 offset, exclusive. */
  end: Scalars['Int']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The exact text cited (whitespace as in the source may differ). */
  quote: Scalars['String']['output'];
  /** The sentence of the document that holds the quote, for showing it in context. */
  sentence: Scalars['String']['output'];
  /** Start of the quote in `Document.text`: a UTF-16 offset (a JavaScript string index), inclusive. */
  start: Scalars['Int']['output'];
};

/** A page of citations. */
export type CitationConnection = {
  __typename?: 'CitationConnection';
  /** The citations of this page. */
  edges: Array<CitationEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of citations. */
  totalCount: Scalars['Int']['output'];
};

/** A citation on a page. */
export type CitationEdge = {
  __typename?: 'CitationEdge';
  /** Opaque keyset cursor. */
  cursor: Scalars['String']['output'];
  /** The citation. */
  node: Citation;
};

/** One more passage for a subject defined already. */
export type CitationInput = {
  /** The document it is in. */
  document: Scalars['ID']['input'];
  /** Which match, when the quote occurs more than once (1-based). */
  occurrence?: InputMaybe<Scalars['Int']['input']>;
  /** The exact text; whitespace is ignored when matching. */
  quote: Scalars['String']['input'];
  /** The entity, relation, statistic or document it supports. */
  subject: Scalars['ID']['input'];
};

/** What a delete removed. */
export type DeleteResult = {
  __typename?: 'DeleteResult';
  /** Citations of everything removed. */
  citationsRemoved: Scalars['Int']['output'];
  /** False when nothing had that id. */
  deleted: Scalars['Boolean']['output'];
  /** The id asked for. */
  id: Scalars['ID']['output'];
  /** Relations removed: the entity's own (either direction), or the one asked for. */
  relationsRemoved: Scalars['Int']['output'];
  /** Statistics about the deleted entity. */
  statisticsRemoved: Scalars['Int']['output'];
};

/** Which way a relation points, seen from an entity. */
export type Direction =
  /** Either way. */
  | 'BOTH'
  /** From the other entity to this one. */
  | 'INCOMING'
  /** From this entity to the other. */
  | 'OUTGOING';

/** A source document. */
export type Document = Node & {
  __typename?: 'Document';
  /** Author, as an entity. */
  author: Maybe<Entity>;
  /** What is known of its date. */
  dateNote: Maybe<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** BCP 47 language tag. */
  language: Scalars['String']['output'];
  /** Remarks on the text, e.g. that it is a page scrape with passages out of reading order. */
  notes: Array<Scalars['String']['output']>;
  /** Latest date it can have been published (ISO date), where known. */
  publishedBefore: Maybe<Scalars['String']['output']>;
  /** Publisher, as an entity. */
  publisher: Maybe<Entity>;
  /** SHA-256 of the text's UTF-8 bytes, to check a copy. */
  sha256: Maybe<Scalars['String']['output']>;
  /** Subtitle. */
  subtitle: Maybe<Scalars['String']['output']>;
  /** The raw text, exactly as the source was captured; citation offsets point into it. */
  text: Scalars['String']['output'];
  /** Headline. */
  title: Scalars['String']['output'];
};

/**
 * Something the source names: an organization, person, model, robot, park, venue, place, event, award, policy,
 * initiative or topic.
 */
export type Entity = {
  /** Other names: full and short forms in Chinese and English, and every form the source uses. */
  aliases: Array<Scalars['String']['output']>;
  /** Where the sources mention it. */
  citations: Array<Citation>;
  /** Number of relations this entity takes part in. */
  degree: Scalars['Int']['output'];
  /** A short description that adds no fact the source lacks. */
  description: Maybe<Scalars['String']['output']>;
  /** Official full name where it differs from `name`. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Stable readable slug, e.g. `shanghai-ai-lab`. */
  id: Scalars['ID']['output'];
  /** What kind of thing it is. */
  kind: EntityKind;
  /** The name as the source writes it. */
  name: Scalars['String']['output'];
  /** Established English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** True when `nameEn` is this project's translation rather than an established English name. */
  nameEnTranslated: Scalars['Boolean']['output'];
  /** Where this fact came from: `seed` (a seed file) or `api` (an edit through the API). */
  origin: Scalars['String']['output'];
  /** Its relations, a page at a time. */
  relations: EntityRelationConnection;
  /** Quantitative statements about it. */
  statistics: Array<Statistic>;
};


/**
 * Something the source names: an organization, person, model, robot, park, venue, place, event, award, policy,
 * initiative or topic.
 */
export type EntityRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** A page of entities. */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The entities of this page. */
  edges: Array<EntityEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of entities matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An entity on a page. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Opaque keyset cursor. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Entity;
};

/** Filters for `entities`; all given conditions must hold. */
export type EntityFilter = {
  /** Only organizations of these categories. */
  categories?: InputMaybe<Array<OrganizationCategory>>;
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only entities with at least this many relations. */
  minDegree?: InputMaybe<Scalars['Int']['input']>;
  /** Name, English name or an alias starts with this text (case- and width-insensitive), 1 to 100 characters. */
  namePrefix?: InputMaybe<Scalars['String']['input']>;
};

/** An entity as a seed file writes it (seed/README.md, "Entities"). */
export type EntityInput = {
  /** Other names: official and short forms, and every form the text uses; searchable. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Required for organizations, for them only. */
  category?: InputMaybe<OrganizationCategory>;
  /** At least one. */
  citations?: InputMaybe<Array<QuoteInput>>;
  /** Forms that name it only inside one document (本届大会); not searchable. */
  contextualAliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Short; adds no fact the text lacks. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Official full name, where different. */
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** Lowercase slug, e.g. `shanghai-ai-lab`; the entity to replace when it exists. */
  id: Scalars['ID']['input'];
  /** What kind of thing it is. */
  kind: EntityKind;
  /** The name as the text writes it. */
  name: Scalars['String']['input'];
  /** English name. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** True when `nameEn` is a translation made here rather than an established English name. */
  nameEnTranslated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Kind-specific fields. */
  props?: InputMaybe<Array<PropInput>>;
  /** Required for events, places, policies and initiatives (see the vocabulary). */
  subtype?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of thing an entity is. */
export type EntityKind =
  /** A named AI model. */
  | 'AIModel'
  /** A prize or award. */
  | 'Award'
  /** A conference series or edition, meeting, press conference, session, forum, track or programme. */
  | 'Event'
  /** A named programme, project, action, goal, system or mechanism (not a conference track or forum). */
  | 'Initiative'
  /** A government body, party body, company, lab, university, association, foundation, alliance, centre, fund, platform, committee or media outlet. */
  | 'Organization'
  /** An industrial park or innovation community (产业载体, 社区, 空间). */
  | 'Park'
  /** A person the text names. */
  | 'Person'
  /** A geographic or administrative place. */
  | 'Place'
  /** A law, regulation, declaration, standard or other policy document. */
  | 'Policy'
  /** A named robot. */
  | 'Robot'
  /** A technology, field or theme that something focuses on. */
  | 'Topic'
  /** A building or area where events take place. */
  | 'Venue';

/** Sort orders for `entities`. */
export type EntityOrder =
  /** By English name where there is one, else the name; then id. */
  | 'NAME';

/** A page of an entity's relations. */
export type EntityRelationConnection = {
  __typename?: 'EntityRelationConnection';
  /** The relations of this page. */
  edges: Array<EntityRelationEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of the entity's relations matching the filters. */
  totalCount: Scalars['Int']['output'];
};

/** One of an entity's relations, seen from that entity. */
export type EntityRelationEdge = {
  __typename?: 'EntityRelationEdge';
  /** Opaque keyset cursor. */
  cursor: Scalars['String']['output'];
  /** Whether the relation points away from (OUTGOING) or to (INCOMING) the entity. */
  direction: Direction;
  /** The relation. */
  node: Relation;
  /** The far end from the entity. */
  other: Entity;
};

/** A conference series or edition, meeting, press conference, plenary, forum, track or programme. */
export type Event = Entity & Node & {
  __typename?: 'Event';
  /** Other names: full and short forms in Chinese and English, and every form the source uses. */
  aliases: Array<Scalars['String']['output']>;
  /** Where the sources mention it. */
  citations: Array<Citation>;
  /** What the source says of the date when it gives no exact date. */
  dateNote: Maybe<Scalars['String']['output']>;
  /** Number of relations this entity takes part in. */
  degree: Scalars['Int']['output'];
  /** A short description that adds no fact the source lacks. */
  description: Maybe<Scalars['String']['output']>;
  /** Which edition of its series, where the source gives it. */
  edition: Maybe<Scalars['Int']['output']>;
  /** Last day (ISO date), where the source gives it. */
  endDate: Maybe<Scalars['String']['output']>;
  /** Official full name where it differs from `name`. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Stable readable slug. */
  id: Scalars['ID']['output'];
  /** True when it stands for an unnamed set the source treats as one participant (e.g. 区级基金). */
  isGroup: Scalars['Boolean']['output'];
  /** Always Event. */
  kind: EntityKind;
  /** The name as the source writes it. */
  name: Scalars['String']['output'];
  /** Established English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** True when `nameEn` is this project's translation rather than an established English name. */
  nameEnTranslated: Scalars['Boolean']['output'];
  /** New this edition (全新推出, 全新设置, 特别设立). */
  newThisEdition: Maybe<Scalars['Boolean']['output']>;
  /** `seed` or `api`. */
  origin: Scalars['String']['output'];
  /** The programme formula, e.g. 1+1+2+10+N. */
  programmeStructure: Maybe<Scalars['String']['output']>;
  /** Its relations, a page at a time. */
  relations: EntityRelationConnection;
  /** First day (ISO date), where the source gives it. */
  startDate: Maybe<Scalars['String']['output']>;
  /** Quantitative statements about it. */
  statistics: Array<Statistic>;
  /** CONFERENCE_SERIES, CONFERENCE_EDITION, MEETING, PRESS_CONFERENCE, PLENARY, FORUM, TRACK, … */
  subtype: Scalars['String']['output'];
  /** The theme as written, e.g. 智能时代 同球共济. */
  theme: Maybe<Scalars['String']['output']>;
  /** The theme in English. */
  themeEn: Maybe<Scalars['String']['output']>;
  /** Venues, in the source's order. */
  venues: Array<Entity>;
  /** The year an edition belongs to. */
  year: Maybe<Scalars['Int']['output']>;
};


/** A conference series or edition, meeting, press conference, plenary, forum, track or programme. */
export type EventRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** Size of the graph. */
export type GraphStats = {
  __typename?: 'GraphStats';
  /** Entities per kind. */
  byKind: Array<KindCount>;
  /** Relations per type. */
  byRelationType: Array<TypeCount>;
  /** Number of citations. */
  citations: Scalars['Int']['output'];
  /** Version of the loaded data set (changes whenever the data does). */
  datasetVersion: Scalars['String']['output'];
  /** Number of entities. */
  entities: Scalars['Int']['output'];
  /** Number of relations between entities. */
  relations: Scalars['Int']['output'];
  /** Number of statistics. */
  statistics: Scalars['Int']['output'];
};

/** A named programme, project, action, goal or mechanism (模塑申城, 百团百项 …), apart from event tracks and forums. */
export type Initiative = Entity & Node & {
  __typename?: 'Initiative';
  /** Other names: full and short forms in Chinese and English, and every form the source uses. */
  aliases: Array<Scalars['String']['output']>;
  /** Where the sources mention it. */
  citations: Array<Citation>;
  /** Its named parts, as written. */
  components: Array<Scalars['String']['output']>;
  /** Number of relations this entity takes part in. */
  degree: Scalars['Int']['output'];
  /** A short description that adds no fact the source lacks. */
  description: Maybe<Scalars['String']['output']>;
  /** Official full name where it differs from `name`. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Stable readable slug. */
  id: Scalars['ID']['output'];
  /** True when it stands for an unnamed set the source treats as one participant (e.g. 区级基金). */
  isGroup: Scalars['Boolean']['output'];
  /** Always Initiative. */
  kind: EntityKind;
  /** The name as the source writes it. */
  name: Scalars['String']['output'];
  /** Established English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** True when `nameEn` is this project's translation rather than an established English name. */
  nameEnTranslated: Scalars['Boolean']['output'];
  /** `seed` or `api`. */
  origin: Scalars['String']['output'];
  /** Its relations, a page at a time. */
  relations: EntityRelationConnection;
  /** Quantitative statements about it. */
  statistics: Array<Statistic>;
  /** GOAL, PROJECT, ACTION, PROGRAMME, SYSTEM, MECHANISM, LAYOUT or ECOSYSTEM. */
  subtype: Scalars['String']['output'];
  /** What a goal targets, as written. */
  targets: Array<Scalars['String']['output']>;
};


/** A named programme, project, action, goal or mechanism (模塑申城, 百团百项 …), apart from event tracks and forums. */
export type InitiativeRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** Entities of one kind. */
export type KindCount = {
  __typename?: 'KindCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: EntityKind;
};

/** A language of explanations. */
export type Lang =
  /** English. */
  | 'EN'
  /** Chinese. */
  | 'ZH';

/** A metric of the vocabulary. */
export type MetricInfo = {
  __typename?: 'MetricInfo';
  /** What it measures. */
  description: Scalars['String']['output'];
  /** The metric's name, as used in `Statistic.metric`. */
  name: Scalars['String']['output'];
  /** Usual unit. */
  unit: Maybe<Scalars['String']['output']>;
};

/** How certain the source is of a relation. */
export type Modality =
  /** Expected or forecast (预计). */
  | 'EXPECTED'
  /** Announced as planned (将, 将于). */
  | 'PLANNED'
  /** Reported as fact. */
  | 'REPORTED';

/**
 * Writes to the graph. Every mutation needs credentials (`Authorization: Bearer <token or API key>`): the upserts
 * and `addCitation` need the role `editor`, the deletes `admin`. Each is validated by the same rules as the seed
 * files (see seed/README.md), runs in one transaction, marks what it writes `origin: api` (a later seed load never
 * overwrites or removes it) and is recorded in the audit trail (`changes`).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Cites one more passage for an entity, relation, statistic or document. A passage already cited for that
   * subject is returned as it is, and nothing is written.
   */
  addCitation: Citation;
  /**
   * Deletes an entity with its relations (either direction), the statistics about it and every citation of these.
   * Refused while another fact names it in a field (an event's `venues`, a statistic's `refs`, a document's
   * publisher or author): edit that fact first. An unknown id gives `deleted: false`.
   */
  deleteEntity: DeleteResult;
  /** Deletes a relation and its citations. An unknown id gives `deleted: false`. */
  deleteRelation: DeleteResult;
  /**
   * Creates an entity or replaces the fields of an existing one. The input is the whole entry, as in a seed file;
   * its quotes are added to the entity's citations (an upsert never removes a citation). The same input twice
   * leaves the graph as the first call left it. Changing the kind is refused while a relation, statistic or field
   * elsewhere would no longer fit it.
   */
  upsertEntity: Entity;
  /**
   * Creates a relation or replaces an existing one (same id: `source--TYPE--target` unless `input.id` is given).
   * Symmetric types are stored once, ends in id order. Its quotes are added to the relation's citations.
   */
  upsertRelation: Relation;
  /**
   * Creates a statistic or replaces an existing one; its quotes must state the figure (`statedAs`, the value, the
   * qualifier's words) and are added to its citations.
   */
  upsertStatistic: Statistic;
};


/**
 * Writes to the graph. Every mutation needs credentials (`Authorization: Bearer <token or API key>`): the upserts
 * and `addCitation` need the role `editor`, the deletes `admin`. Each is validated by the same rules as the seed
 * files (see seed/README.md), runs in one transaction, marks what it writes `origin: api` (a later seed load never
 * overwrites or removes it) and is recorded in the audit trail (`changes`).
 */
export type MutationAddCitationArgs = {
  input: CitationInput;
};


/**
 * Writes to the graph. Every mutation needs credentials (`Authorization: Bearer <token or API key>`): the upserts
 * and `addCitation` need the role `editor`, the deletes `admin`. Each is validated by the same rules as the seed
 * files (see seed/README.md), runs in one transaction, marks what it writes `origin: api` (a later seed load never
 * overwrites or removes it) and is recorded in the audit trail (`changes`).
 */
export type MutationDeleteEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes to the graph. Every mutation needs credentials (`Authorization: Bearer <token or API key>`): the upserts
 * and `addCitation` need the role `editor`, the deletes `admin`. Each is validated by the same rules as the seed
 * files (see seed/README.md), runs in one transaction, marks what it writes `origin: api` (a later seed load never
 * overwrites or removes it) and is recorded in the audit trail (`changes`).
 */
export type MutationDeleteRelationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes to the graph. Every mutation needs credentials (`Authorization: Bearer <token or API key>`): the upserts
 * and `addCitation` need the role `editor`, the deletes `admin`. Each is validated by the same rules as the seed
 * files (see seed/README.md), runs in one transaction, marks what it writes `origin: api` (a later seed load never
 * overwrites or removes it) and is recorded in the audit trail (`changes`).
 */
export type MutationUpsertEntityArgs = {
  input: EntityInput;
};


/**
 * Writes to the graph. Every mutation needs credentials (`Authorization: Bearer <token or API key>`): the upserts
 * and `addCitation` need the role `editor`, the deletes `admin`. Each is validated by the same rules as the seed
 * files (see seed/README.md), runs in one transaction, marks what it writes `origin: api` (a later seed load never
 * overwrites or removes it) and is recorded in the audit trail (`changes`).
 */
export type MutationUpsertRelationArgs = {
  input: RelationInput;
};


/**
 * Writes to the graph. Every mutation needs credentials (`Authorization: Bearer <token or API key>`): the upserts
 * and `addCitation` need the role `editor`, the deletes `admin`. Each is validated by the same rules as the seed
 * files (see seed/README.md), runs in one transaction, marks what it writes `origin: api` (a later seed load never
 * overwrites or removes it) and is recorded in the audit trail (`changes`).
 */
export type MutationUpsertStatisticArgs = {
  input: StatisticInput;
};

/** An object with a global id (Relay object identification). */
export type Node = {
  /** Globally unique, stable id. */
  id: Scalars['ID']['output'];
};

/** An organization: government body, company, lab, university, foundation, alliance, centre, fund, platform, media … */
export type Organization = Entity & Node & {
  __typename?: 'Organization';
  /** Other names: full and short forms in Chinese and English, and every form the source uses. */
  aliases: Array<Scalars['String']['output']>;
  /** What sort of organization. */
  category: OrganizationCategory;
  /** Where the sources mention it. */
  citations: Array<Citation>;
  /** Number of relations this entity takes part in. */
  degree: Scalars['Int']['output'];
  /** A short description that adds no fact the source lacks. */
  description: Maybe<Scalars['String']['output']>;
  /** A "first" claim exactly as the source makes it, e.g. 全国首个. */
  firstOfKind: Maybe<Scalars['String']['output']>;
  /** The source counts it among foreign enterprises (外企). */
  foreignEnterprise: Maybe<Scalars['Boolean']['output']>;
  /** Official full name where it differs from `name`. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Stable readable slug. */
  id: Scalars['ID']['output'];
  /** True when it stands for an unnamed set the source treats as one participant (e.g. 区级基金). */
  isGroup: Scalars['Boolean']['output'];
  /** Always Organization. */
  kind: EntityKind;
  /** The name as the source writes it. */
  name: Scalars['String']['output'];
  /** Established English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** True when `nameEn` is this project's translation rather than an established English name. */
  nameEnTranslated: Scalars['Boolean']['output'];
  /** `seed` or `api`. */
  origin: Scalars['String']['output'];
  /** Its relations, a page at a time. */
  relations: EntityRelationConnection;
  /** Quantitative statements about it. */
  statistics: Array<Statistic>;
  /** Its state as the source gives it, e.g. 推动成立. */
  status: Maybe<Scalars['String']['output']>;
};


/** An organization: government body, company, lab, university, foundation, alliance, centre, fund, platform, media … */
export type OrganizationRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** What sort of organization. */
export type OrganizationCategory =
  /** An alliance of organizations. */
  | 'ALLIANCE'
  /** An association or people's organization. */
  | 'ASSOCIATION'
  /** A centre (中心). */
  | 'CENTRE'
  /** A committee. */
  | 'COMMITTEE'
  /** A company. */
  | 'COMPANY'
  /** A foundation. */
  | 'FOUNDATION'
  /** An investment fund. */
  | 'FUND'
  /** A government body or office. */
  | 'GOVERNMENT'
  /** A research laboratory. */
  | 'LAB'
  /** A newspaper or other media outlet. */
  | 'MEDIA'
  /** A body of the Communist Party of China. */
  | 'PARTY'
  /** A platform or online community. */
  | 'PLATFORM'
  /** A research academy or institute. */
  | 'RESEARCH_INSTITUTE'
  /** A university or institute of higher education. */
  | 'UNIVERSITY';

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge, `null` on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether a further page follows. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether a page precedes this one (true when an `after` cursor was given). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge, `null` on an empty page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** An industrial park or innovation community. */
export type Park = Entity & Node & {
  __typename?: 'Park';
  /** Other names: full and short forms in Chinese and English, and every form the source uses. */
  aliases: Array<Scalars['String']['output']>;
  /** Where the sources mention it. */
  citations: Array<Citation>;
  /** Number of relations this entity takes part in. */
  degree: Scalars['Int']['output'];
  /** A short description that adds no fact the source lacks. */
  description: Maybe<Scalars['String']['output']>;
  /** The district it lies in (from its located-in relation). */
  district: Maybe<Place>;
  /** What the park focuses on, as the source writes it. */
  focus: Array<Scalars['String']['output']>;
  /** Official full name where it differs from `name`. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Stable readable slug. */
  id: Scalars['ID']['output'];
  /** True when it stands for an unnamed set the source treats as one participant (e.g. 区级基金). */
  isGroup: Scalars['Boolean']['output'];
  /** Always Park. */
  kind: EntityKind;
  /** The name as the source writes it. */
  name: Scalars['String']['output'];
  /** Established English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** True when `nameEn` is this project's translation rather than an established English name. */
  nameEnTranslated: Scalars['Boolean']['output'];
  /** `seed` or `api`. */
  origin: Scalars['String']['output'];
  /** Its relations, a page at a time. */
  relations: EntityRelationConnection;
  /** Quantitative statements about it. */
  statistics: Array<Statistic>;
};


/** An industrial park or innovation community. */
export type ParkRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** A way two entities are connected. */
export type Path = {
  __typename?: 'Path';
  /** The path in words, each relation worded in the direction walked. */
  explanation: Scalars['String']['output'];
  /** Number of relations. */
  length: Scalars['Int']['output'];
  /** The entities along the path, from the start. */
  nodes: Array<Entity>;
  /** The relations along the path, in walking order. */
  relations: Array<Relation>;
};


/** A way two entities are connected. */
export type PathExplanationArgs = {
  lang?: InputMaybe<Lang>;
};

/** A person the source names. */
export type Person = Entity & Node & {
  __typename?: 'Person';
  /** Other names: full and short forms in Chinese and English, and every form the source uses. */
  aliases: Array<Scalars['String']['output']>;
  /** Where the sources mention it. */
  citations: Array<Citation>;
  /** Number of relations this entity takes part in. */
  degree: Scalars['Int']['output'];
  /** A short description that adds no fact the source lacks. */
  description: Maybe<Scalars['String']['output']>;
  /** Official full name where it differs from `name`. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Stable readable slug. */
  id: Scalars['ID']['output'];
  /** True when it stands for an unnamed set the source treats as one participant (e.g. 区级基金). */
  isGroup: Scalars['Boolean']['output'];
  /** Always Person. */
  kind: EntityKind;
  /** The name as the source writes it. */
  name: Scalars['String']['output'];
  /** Established English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** True when `nameEn` is this project's translation rather than an established English name. */
  nameEnTranslated: Scalars['Boolean']['output'];
  /** `seed` or `api`. */
  origin: Scalars['String']['output'];
  /** Its relations, a page at a time. */
  relations: EntityRelationConnection;
  /** Quantitative statements about it. */
  statistics: Array<Statistic>;
  /** Title or role as the source gives it. */
  title: Maybe<Scalars['String']['output']>;
};


/** A person the source names. */
export type PersonRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** A country, city or district. */
export type Place = Entity & Node & {
  __typename?: 'Place';
  /** Other names: full and short forms in Chinese and English, and every form the source uses. */
  aliases: Array<Scalars['String']['output']>;
  /** Where the sources mention it. */
  citations: Array<Citation>;
  /** Number of relations this entity takes part in. */
  degree: Scalars['Int']['output'];
  /** A short description that adds no fact the source lacks. */
  description: Maybe<Scalars['String']['output']>;
  /** Official full name where it differs from `name`. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Stable readable slug. */
  id: Scalars['ID']['output'];
  /** True when it stands for an unnamed set the source treats as one participant (e.g. 区级基金). */
  isGroup: Scalars['Boolean']['output'];
  /** Always Place. */
  kind: EntityKind;
  /** The name as the source writes it. */
  name: Scalars['String']['output'];
  /** Established English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** True when `nameEn` is this project's translation rather than an established English name. */
  nameEnTranslated: Scalars['Boolean']['output'];
  /** `seed` or `api`. */
  origin: Scalars['String']['output'];
  /** Its relations, a page at a time. */
  relations: EntityRelationConnection;
  /** Quantitative statements about it. */
  statistics: Array<Statistic>;
  /** COUNTRY, CITY or DISTRICT. */
  subtype: Scalars['String']['output'];
};


/** A country, city or district. */
export type PlaceRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** A law, regulation, declaration, standard or plan. */
export type Policy = Entity & Node & {
  __typename?: 'Policy';
  /** Other names: full and short forms in Chinese and English, and every form the source uses. */
  aliases: Array<Scalars['String']['output']>;
  /** Where the sources mention it. */
  citations: Array<Citation>;
  /** Number of relations this entity takes part in. */
  degree: Scalars['Int']['output'];
  /** A short description that adds no fact the source lacks. */
  description: Maybe<Scalars['String']['output']>;
  /** A "first" claim exactly as the source makes it. */
  firstOfKind: Maybe<Scalars['String']['output']>;
  /** Official full name where it differs from `name`. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Stable readable slug. */
  id: Scalars['ID']['output'];
  /** True when it stands for an unnamed set the source treats as one participant (e.g. 区级基金). */
  isGroup: Scalars['Boolean']['output'];
  /** Always Policy. */
  kind: EntityKind;
  /** The name as the source writes it. */
  name: Scalars['String']['output'];
  /** Established English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** True when `nameEn` is this project's translation rather than an established English name. */
  nameEnTranslated: Scalars['Boolean']['output'];
  /** `seed` or `api`. */
  origin: Scalars['String']['output'];
  /** Its relations, a page at a time. */
  relations: EntityRelationConnection;
  /** Quantitative statements about it. */
  statistics: Array<Statistic>;
  /** Its state as the source gives it, e.g. 加快修订. */
  status: Maybe<Scalars['String']['output']>;
  /** LAW, REGULATION, DECLARATION, STANDARD or PLAN. */
  subtype: Scalars['String']['output'];
};


/** A law, regulation, declaration, standard or plan. */
export type PolicyRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/**
 * A kind- or type-specific field (see `seed/vocabulary`), e.g. an event's `startDate` or a relation's `role`.
 * Give exactly one of the value fields.
 */
export type PropInput = {
  /** For true/false fields. */
  boolean?: InputMaybe<Scalars['Boolean']['input']>;
  /** The field's name, e.g. `startDate`, `venues`, `focus`, `role`. */
  name: Scalars['String']['input'];
  /** For number, integer and year fields. */
  number?: InputMaybe<Scalars['Float']['input']>;
  /** For text and date fields (dates as YYYY-MM-DD). */
  string?: InputMaybe<Scalars['String']['input']>;
  /** For lists of text and lists of entity ids. */
  strings?: InputMaybe<Array<Scalars['String']['input']>>;
};

/**
 * Reads of the WAIC 2025 knowledge graph: the Shanghai AI ecosystem as reported around the 2025 World Artificial
 * Intelligence Conference. Every entity, relation and statistic is tied to the sentence of the source document it
 * came from (see `Citation`).
 */
export type Query = {
  __typename?: 'Query';
  /**
   * The audit trail: every write through the API, newest first. With `entity`, only the changes that concern it
   * (its own, and those of its relations, statistics and citations). Needs the role `editor`.
   */
  changes: ChangeConnection;
  /** Every citation, a page at a time (for audits). */
  citations: CitationConnection;
  /** The source documents the graph is built from. */
  documents: Array<Document>;
  /** A page of entities, filtered and ordered; cursors are keyset-based, so pages stay correct while the graph changes. */
  entities: EntityConnection;
  /** One entity by id; `null` when no entity has that id. */
  entity: Maybe<Entity>;
  /** Counts of what the graph holds. */
  graphStats: GraphStats;
  /** The vocabulary of statistic metrics. */
  metrics: Array<MetricInfo>;
  /**
   * What a graph view draws around an entity: expanded breadth-first, at most `limit` nodes, each hop best-connected
   * first among the relations it walked. A hop walks at most 2 × `limit` of the centre's relations and at most
   * max(25, `limit` / 2) of any one farther entity's, so a hub cannot explode it and its cost does not grow with
   * the hub's degree (`truncated` tells when a cap stopped a walk or the limit left entities out). The relations
   * are those the expansion walked: each entity arrives with the relation that reached it, plus the links the walk
   * saw among the kept entities. Relations between two entities of the outermost hop are not searched for, so the
   * cost stays bounded on a large graph; `relationsBetween` or an entity's `relations` gives them.
   */
  neighborhood: Subgraph;
  /**
   * Any object with a global id: an entity, relation, statistic or document (Relay object identification).
   * Unknown ids give `null`.
   */
  node: Maybe<Node>;
  /** Several objects by id, in the order asked; unknown ids give `null` in their place. At most 100 ids. */
  nodes: Array<Maybe<Node>>;
  /**
   * The shortest ways two entities are connected through entities and their relations (never through documents,
   * citations or statistics), shortest first; ways of equal length in the order of their relations' ids, so the same
   * graph gives the same answer.
   */
  paths: Array<Path>;
  /** The vocabulary of relation types, with their wording. */
  relationTypes: Array<RelationTypeInfo>;
  /** Every relation, a page at a time, ordered by relation type and id (exports page through this). */
  relations: RelationConnection;
  /** The relations that directly link two entities, in either direction. */
  relationsBetween: Array<Relation>;
  /**
   * Entities whose name, English name, alias or pinyin matches the text. Chinese (also partial words and single
   * characters), English, pinyin with or without tones and spaces, Traditional characters; case- and
   * width-insensitive. The text is never interpreted as a query language.
   */
  search: Array<SearchHit>;
  /** Statistics (quantitative statements), optionally of one subject or one metric. */
  statistics: StatisticConnection;
};


/**
 * Reads of the WAIC 2025 knowledge graph: the Shanghai AI ecosystem as reported around the 2025 World Artificial
 * Intelligence Conference. Every entity, relation and statistic is tied to the sentence of the source document it
 * came from (see `Citation`).
 */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reads of the WAIC 2025 knowledge graph: the Shanghai AI ecosystem as reported around the 2025 World Artificial
 * Intelligence Conference. Every entity, relation and statistic is tied to the sentence of the source document it
 * came from (see `Citation`).
 */
export type QueryCitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reads of the WAIC 2025 knowledge graph: the Shanghai AI ecosystem as reported around the 2025 World Artificial
 * Intelligence Conference. Every entity, relation and statistic is tied to the sentence of the source document it
 * came from (see `Citation`).
 */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<EntityFilter>;
};


/**
 * Reads of the WAIC 2025 knowledge graph: the Shanghai AI ecosystem as reported around the 2025 World Artificial
 * Intelligence Conference. Every entity, relation and statistic is tied to the sentence of the source document it
 * came from (see `Citation`).
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Reads of the WAIC 2025 knowledge graph: the Shanghai AI ecosystem as reported around the 2025 World Artificial
 * Intelligence Conference. Every entity, relation and statistic is tied to the sentence of the source document it
 * came from (see `Citation`).
 */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/**
 * Reads of the WAIC 2025 knowledge graph: the Shanghai AI ecosystem as reported around the 2025 World Artificial
 * Intelligence Conference. Every entity, relation and statistic is tied to the sentence of the source document it
 * came from (see `Citation`).
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Reads of the WAIC 2025 knowledge graph: the Shanghai AI ecosystem as reported around the 2025 World Artificial
 * Intelligence Conference. Every entity, relation and statistic is tied to the sentence of the source document it
 * came from (see `Citation`).
 */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * Reads of the WAIC 2025 knowledge graph: the Shanghai AI ecosystem as reported around the 2025 World Artificial
 * Intelligence Conference. Every entity, relation and statistic is tied to the sentence of the source document it
 * came from (see `Citation`).
 */
export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * Reads of the WAIC 2025 knowledge graph: the Shanghai AI ecosystem as reported around the 2025 World Artificial
 * Intelligence Conference. Every entity, relation and statistic is tied to the sentence of the source document it
 * came from (see `Citation`).
 */
export type QueryRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/**
 * Reads of the WAIC 2025 knowledge graph: the Shanghai AI ecosystem as reported around the 2025 World Artificial
 * Intelligence Conference. Every entity, relation and statistic is tied to the sentence of the source document it
 * came from (see `Citation`).
 */
export type QueryRelationsBetweenArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
};


/**
 * Reads of the WAIC 2025 knowledge graph: the Shanghai AI ecosystem as reported around the 2025 World Artificial
 * Intelligence Conference. Every entity, relation and statistic is tied to the sentence of the source document it
 * came from (see `Citation`).
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  query: Scalars['String']['input'];
};


/**
 * Reads of the WAIC 2025 knowledge graph: the Shanghai AI ecosystem as reported around the 2025 World Artificial
 * Intelligence Conference. Every entity, relation and statistic is tied to the sentence of the source document it
 * came from (see `Citation`).
 */
export type QueryStatisticsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  metric?: InputMaybe<Scalars['String']['input']>;
  subject?: InputMaybe<Scalars['ID']['input']>;
};

/** A passage of a source document, as a seed file cites it. */
export type QuoteInput = {
  /** The document it is in. */
  document: Scalars['ID']['input'];
  /** Which match, when the quote occurs more than once (1-based). */
  occurrence?: InputMaybe<Scalars['Int']['input']>;
  /** The exact text, at most 160 characters; whitespace is ignored when matching. */
  quote: Scalars['String']['input'];
};

/** A stated link between two entities, with its provenance. */
export type Relation = Node & {
  __typename?: 'Relation';
  /** Where the sources state it. */
  citations: Array<Citation>;
  /**
   * True when the source states it of a group as a whole (e.g. four organizations focusing on three topics), so
   * this pair is one reading of a collective sentence, not a separate claim.
   */
  collective: Scalars['Boolean']['output'];
  /** The relation worded in a language, e.g. "青龙 由 国地共建人形机器人创新中心 开源". */
  explanation: Scalars['String']['output'];
  /** The group of a collective statement: relations with the same group come from one sentence. */
  group: Maybe<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Whether the source reports it as fact, plans it or expects it. */
  modality: Modality;
  /** A remark on how the source states it, e.g. a collective statement about several entities. */
  note: Maybe<Scalars['String']['output']>;
  /** `seed` or `api`. */
  origin: Scalars['String']['output'];
  /** The role the source gives, e.g. 共同主办 (co-organizer). */
  role: Maybe<Scalars['String']['output']>;
  /** The entity the relation points from. */
  source: Entity;
  /** The entity the relation points to. */
  target: Entity;
  /** What the link says (see `relationTypes` for its wording). */
  type: RelationType;
  /** When, as far as the source says: `2025-04`, `2025-07-26/2025-07-28`, … */
  when: Maybe<Scalars['String']['output']>;
};


/** A stated link between two entities, with its provenance. */
export type RelationExplanationArgs = {
  lang?: InputMaybe<Lang>;
};

/** A page of relations. */
export type RelationConnection = {
  __typename?: 'RelationConnection';
  /** The relations of this page. */
  edges: Array<RelationEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of relations of the requested types. */
  totalCount: Scalars['Int']['output'];
};

/** A relation on a page. */
export type RelationEdge = {
  __typename?: 'RelationEdge';
  /** Opaque keyset cursor. */
  cursor: Scalars['String']['output'];
  /** The relation. */
  node: Relation;
};

/** One relation as a seed file writes it (seed/README.md, "Relations"). */
export type RelationInput = {
  /** At least one. */
  citations?: InputMaybe<Array<QuoteInput>>;
  /** True for a statement the source makes about a group as a whole; needs `group`. */
  collective?: InputMaybe<Scalars['Boolean']['input']>;
  /** Slug shared by the relations of one collective statement. */
  group?: InputMaybe<Scalars['String']['input']>;
  /** Explicit id; by default `source--TYPE--target`. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** REPORTED when omitted. */
  modality?: InputMaybe<Modality>;
  /** A remark on how the text states it. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Type-specific fields, e.g. `role` or `listedAs`. */
  props?: InputMaybe<Array<PropInput>>;
  /** The entity it points from. */
  source: Scalars['ID']['input'];
  /** The entity it points to. */
  target: Scalars['ID']['input'];
  /** What the relation says. */
  type: RelationType;
  /** YYYY, YYYY-MM, YYYY-MM-DD or a range A/B (an open end is ..). */
  when?: InputMaybe<Scalars['String']['input']>;
};

/** What a relation says; `relationTypes` gives the wording of each. */
export type RelationType =
  /** A press conference or other event announces or concerns something. */
  | 'ABOUT'
  /** An organization builds (建设) an organization, park or initiative. */
  | 'BUILDS'
  /** Two events are held together as one (暨). */
  | 'CO_HELD_WITH'
  /** A model or robot is developed by an organization. Only where the text names the developer. */
  | 'DEVELOPED_BY'
  /** A conference edition belongs to a conference series. */
  | 'EDITION_OF'
  /** Something empowers (赋能) a sector or scenario. */
  | 'ENABLES'
  /** A model or robot is given by the text as an instance of a field or technology. */
  | 'EXAMPLE_OF'
  /** An organization exhibits at an event (参展, 展示). */
  | 'EXHIBITS_AT'
  /** Something focuses on, aims at or is organized around a topic (聚焦, 瞄准, 围绕). */
  | 'FOCUSES_ON'
  /** A fund or organization finances an organization or initiative. */
  | 'FUNDS'
  /** An event takes place in a place, venue or park. */
  | 'HELD_IN'
  /** A park or place hosts (集聚) an organization. */
  | 'HOSTS'
  /** An initiative or policy is carried out (实施, 落实, 打造) by a place or organization. */
  | 'IMPLEMENTED_BY'
  /** An organization leads (引领) an initiative. */
  | 'LEADS'
  /** Something with a fixed location lies in a place, venue or park. */
  | 'LOCATED_IN'
  /** A model or robot is open-sourced (开源) by an organization. */
  | 'OPEN_SOURCED_BY'
  /** A platform or community is run by a company (the text's possessive, e.g. 阿里魔搭). */
  | 'OPERATED_BY'
  /** An event is organized, held or co-organized (主办, 举行) by an organization. */
  | 'ORGANIZED_BY'
  /** The preparation of an event is steered (调度) by a body. */
  | 'OVERSEEN_BY'
  /** A component of a larger whole of a compatible kind. */
  | 'PART_OF'
  /** An award is run or presented as part of an event. */
  | 'PRESENTED_AT'
  /** A model, robot or policy document is released or published (发布) by an organization or place. */
  | 'RELEASED_BY'
  /** An initiative is pursued at the request (要求) of a body or person. */
  | 'REQUIRED_BY'
  /** An event presents or lets visitors experience a technology or field. */
  | 'SHOWCASES'
  /** A measure listed under a goal serves that goal: the text names the goal (着力打造…) and then the measures taken for it. */
  | 'SUPPORTS'
  /** A person visits or inspects (考察) a place, park, venue or organization. */
  | 'VISITED'
  /** A person works for an organization. */
  | 'WORKS_FOR';

/** A relation type of the vocabulary, with its wording both ways. */
export type RelationTypeInfo = {
  __typename?: 'RelationTypeInfo';
  /** English wording from target to source. */
  backwardEn: Scalars['String']['output'];
  /** Chinese wording from target to source. */
  backwardZh: Scalars['String']['output'];
  /** Number of relations of this type. */
  count: Scalars['Int']['output'];
  /** What the type means. */
  description: Scalars['String']['output'];
  /** English wording from source to target. */
  forwardEn: Scalars['String']['output'];
  /** Chinese wording from source to target. */
  forwardZh: Scalars['String']['output'];
  /** Kinds allowed at the source end. */
  sourceKinds: Array<EntityKind>;
  /** Stored once, meaningful both ways. */
  symmetric: Scalars['Boolean']['output'];
  /** Kinds allowed at the target end. */
  targetKinds: Array<EntityKind>;
  /** The type. */
  type: RelationType;
};

/** A named robot. */
export type Robot = Entity & Node & {
  __typename?: 'Robot';
  /** Other names: full and short forms in Chinese and English, and every form the source uses. */
  aliases: Array<Scalars['String']['output']>;
  /** Where the sources mention it. */
  citations: Array<Citation>;
  /** Number of relations this entity takes part in. */
  degree: Scalars['Int']['output'];
  /** A short description that adds no fact the source lacks. */
  description: Maybe<Scalars['String']['output']>;
  /** Official full name where it differs from `name`. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Stable readable slug. */
  id: Scalars['ID']['output'];
  /** True when it stands for an unnamed set the source treats as one participant (e.g. 区级基金). */
  isGroup: Scalars['Boolean']['output'];
  /** Always Robot. */
  kind: EntityKind;
  /** The name as the source writes it. */
  name: Scalars['String']['output'];
  /** Established English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** True when `nameEn` is this project's translation rather than an established English name. */
  nameEnTranslated: Scalars['Boolean']['output'];
  /** The source says it was open-sourced. */
  openSource: Maybe<Scalars['Boolean']['output']>;
  /** `seed` or `api`. */
  origin: Scalars['String']['output'];
  /** Its relations, a page at a time. */
  relations: EntityRelationConnection;
  /** What the source calls it. */
  robotType: Maybe<Scalars['String']['output']>;
  /** Quantitative statements about it. */
  statistics: Array<Statistic>;
};


/** A named robot. */
export type RobotRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** A role of the API, from least to most allowed. */
export type Role =
  /** Everything, deletes included. */
  | 'ADMIN'
  /** Reads, upserts and citations. */
  | 'EDITOR'
  /** Reads. */
  | 'READER';

/** An entity found by `search`. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity. */
  entity: Entity;
  /** The name or alias that matched. */
  matched: Maybe<Scalars['String']['output']>;
  /** Relevance, higher is better; an exact name or alias scores highest. */
  score: Scalars['Float']['output'];
};

/** A quantitative statement of the source, e.g. an exhibition area of more than 70000 m². */
export type Statistic = Node & {
  __typename?: 'Statistic';
  /** CUMULATIVE (累计), AVERAGE (平均), SHARE (占比) … */
  aggregation: Maybe<Scalars['String']['output']>;
  /** Where the sources state it; a figure stated twice has two. */
  citations: Array<Citation>;
  /** Comparison basis, e.g. YEAR_ON_YEAR (同比). */
  comparison: Maybe<Scalars['String']['output']>;
  /** Other entities the figure concerns (e.g. the awards of a count of laureates). */
  concerns: Array<Entity>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** True for forecasts (预计). */
  isForecast: Scalars['Boolean']['output'];
  /** For vague amounts with a floor (百余 → 100): the floor. */
  lowerBound: Maybe<Scalars['Float']['output']>;
  /** What is measured, from the fixed vocabulary (see `metrics`). */
  metric: Scalars['String']['output'];
  /** Whether the source reports the figure, plans it or expects it. */
  modality: Modality;
  /** A remark on the figure. */
  note: Maybe<Scalars['String']['output']>;
  /** `seed` or `api`. */
  origin: Scalars['String']['output'];
  /** The period: `2025-Q1`, `2025-12-31`, or as of the document. */
  period: Maybe<Scalars['String']['output']>;
  /** Bound of the figure: MORE_THAN (余, 超), NEARLY (近), ABOUT (约), REACHED (达), FIRST_EXCEEDED (首次突破) … */
  qualifier: Maybe<Scalars['String']['output']>;
  /** Scope of the figure, e.g. above-designated-size enterprises (规上). */
  scope: Maybe<Scalars['String']['output']>;
  /** The figure as the source writes it, e.g. `3000余项`. */
  statedAs: Scalars['String']['output'];
  /** What the figure is about. */
  subject: Entity;
  /** Unit as stated or implied: `CNY`, `m²`, `%`, `EFLOPS`, `TB`, `items`, … */
  unit: Maybe<Scalars['String']['output']>;
  /** The number where the source gives one (万 and 亿 expanded); `null` for vague amounts such as 数十家. */
  value: Maybe<Scalars['Float']['output']>;
};

/** A page of statistics. */
export type StatisticConnection = {
  __typename?: 'StatisticConnection';
  /** The statistics of this page. */
  edges: Array<StatisticEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of statistics matching the filters. */
  totalCount: Scalars['Int']['output'];
};

/** A statistic on a page. */
export type StatisticEdge = {
  __typename?: 'StatisticEdge';
  /** Opaque keyset cursor. */
  cursor: Scalars['String']['output'];
  /** The statistic. */
  node: Statistic;
};

/** A statistic as a seed file writes it (seed/README.md, "Statistics"). */
export type StatisticInput = {
  /** E.g. CUMULATIVE (累计); its words must be in a quote. */
  aggregation?: InputMaybe<Scalars['String']['input']>;
  /** At least one; together they must state the figure. */
  citations?: InputMaybe<Array<QuoteInput>>;
  /** E.g. YEAR_ON_YEAR (同比); its words must be in a quote. */
  comparison?: InputMaybe<Scalars['String']['input']>;
  /** Lowercase slug; the statistic to replace when it exists. */
  id: Scalars['ID']['input'];
  /** True for forecasts (预计); false when omitted. */
  isForecast?: InputMaybe<Scalars['Boolean']['input']>;
  /** For vague amounts with a floor (百余 → 100). */
  lowerBound?: InputMaybe<Scalars['Float']['input']>;
  /** From the vocabulary (`metrics`). */
  metric: Scalars['String']['input'];
  /** REPORTED when omitted. */
  modality?: InputMaybe<Modality>;
  /** A remark on the figure. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 2025-Q1, 2025-12-31, 2018/.., or a keyword such as AS_OF_DOCUMENT. */
  period?: InputMaybe<Scalars['String']['input']>;
  /** Bound word, e.g. MORE_THAN for 余; must agree with `statedAs`. */
  qualifier?: InputMaybe<Scalars['String']['input']>;
  /** Other entities the figure concerns. */
  refs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** E.g. ABOVE_DESIGNATED_SIZE (规上); its words must be in a quote. */
  scope?: InputMaybe<Scalars['String']['input']>;
  /** The figure as the text writes it; must occur in a quote. */
  statedAs: Scalars['String']['input'];
  /** The entity it is about. */
  subject: Scalars['ID']['input'];
  /** Default: the metric's unit. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** The number the text gives, 万 and 亿 expanded; omitted for vague amounts. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** A part of the graph, as a view draws it. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The entities, the centre first. */
  nodes: Array<Entity>;
  /** Relations among them: for a neighbourhood, those its expansion walked (every entity is reached by at least one). */
  relations: Array<Relation>;
  /** True when entities may have been left out: the limit was reached, or a cap stopped walking an entity's relations. */
  truncated: Scalars['Boolean']['output'];
};

/** A technology, field or theme that something focuses on. */
export type Topic = Entity & Node & {
  __typename?: 'Topic';
  /** Other names: full and short forms in Chinese and English, and every form the source uses. */
  aliases: Array<Scalars['String']['output']>;
  /** Where the sources mention it. */
  citations: Array<Citation>;
  /** Number of relations this entity takes part in. */
  degree: Scalars['Int']['output'];
  /** A short description that adds no fact the source lacks. */
  description: Maybe<Scalars['String']['output']>;
  /** Official full name where it differs from `name`. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Stable readable slug. */
  id: Scalars['ID']['output'];
  /** True when it stands for an unnamed set the source treats as one participant (e.g. 区级基金). */
  isGroup: Scalars['Boolean']['output'];
  /** Always Topic. */
  kind: EntityKind;
  /** The name as the source writes it. */
  name: Scalars['String']['output'];
  /** Established English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** True when `nameEn` is this project's translation rather than an established English name. */
  nameEnTranslated: Scalars['Boolean']['output'];
  /** `seed` or `api`. */
  origin: Scalars['String']['output'];
  /** Its relations, a page at a time. */
  relations: EntityRelationConnection;
  /** Quantitative statements about it. */
  statistics: Array<Statistic>;
};


/** A technology, field or theme that something focuses on. */
export type TopicRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** Relations of one type. */
export type TypeCount = {
  __typename?: 'TypeCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The type. */
  type: RelationType;
};

/** A building or area where events take place. */
export type Venue = Entity & Node & {
  __typename?: 'Venue';
  /** Other names: full and short forms in Chinese and English, and every form the source uses. */
  aliases: Array<Scalars['String']['output']>;
  /** Where the sources mention it. */
  citations: Array<Citation>;
  /** Number of relations this entity takes part in. */
  degree: Scalars['Int']['output'];
  /** A short description that adds no fact the source lacks. */
  description: Maybe<Scalars['String']['output']>;
  /** Official full name where it differs from `name`. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Stable readable slug. */
  id: Scalars['ID']['output'];
  /** True when it stands for an unnamed set the source treats as one participant (e.g. 区级基金). */
  isGroup: Scalars['Boolean']['output'];
  /** Always Venue. */
  kind: EntityKind;
  /** The district or city it lies in (from its located-in relation). */
  location: Maybe<Place>;
  /** The name as the source writes it. */
  name: Scalars['String']['output'];
  /** Established English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** True when `nameEn` is this project's translation rather than an established English name. */
  nameEnTranslated: Scalars['Boolean']['output'];
  /** `seed` or `api`. */
  origin: Scalars['String']['output'];
  /** Its relations, a page at a time. */
  relations: EntityRelationConnection;
  /** Quantitative statements about it. */
  statistics: Array<Statistic>;
};


/** A building or area where events take place. */
export type VenueRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Entity:
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
  ;
  Node:
    | ( EntityModel )
    | ( EntityModel )
    | ( DocumentModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( RelationModel )
    | ( EntityModel )
    | ( StatisticModel )
    | ( EntityModel )
    | ( EntityModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AIModel: ResolverTypeWrapper<EntityModel>;
  Award: ResolverTypeWrapper<EntityModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Change: ResolverTypeWrapper<ChangeModel>;
  ChangeConnection: ResolverTypeWrapper<Omit<ChangeConnection, 'edges'> & { edges: Array<ResolversTypes['ChangeEdge']> }>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  ChangeOperation: ChangeOperation;
  ChangeTarget: ChangeTarget;
  Citation: ResolverTypeWrapper<CitationModel>;
  CitationConnection: ResolverTypeWrapper<Omit<CitationConnection, 'edges'> & { edges: Array<ResolversTypes['CitationEdge']> }>;
  CitationEdge: ResolverTypeWrapper<Omit<CitationEdge, 'node'> & { node: ResolversTypes['Citation'] }>;
  CitationInput: CitationInput;
  DeleteResult: ResolverTypeWrapper<DeleteResult>;
  Direction: Direction;
  Document: ResolverTypeWrapper<DocumentModel>;
  Entity: ResolverTypeWrapper<EntityModel>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityFilter: EntityFilter;
  EntityInput: EntityInput;
  EntityKind: EntityKind;
  EntityOrder: EntityOrder;
  EntityRelationConnection: ResolverTypeWrapper<Omit<EntityRelationConnection, 'edges'> & { edges: Array<ResolversTypes['EntityRelationEdge']> }>;
  EntityRelationEdge: ResolverTypeWrapper<Omit<EntityRelationEdge, 'node' | 'other'> & { node: ResolversTypes['Relation'], other: ResolversTypes['Entity'] }>;
  Event: ResolverTypeWrapper<EntityModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphStats: ResolverTypeWrapper<GraphStatsModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Initiative: ResolverTypeWrapper<EntityModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KindCount: ResolverTypeWrapper<KindCountModel>;
  Lang: Lang;
  MetricInfo: ResolverTypeWrapper<MetricInfo>;
  Modality: Modality;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organization: ResolverTypeWrapper<EntityModel>;
  OrganizationCategory: OrganizationCategory;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Park: ResolverTypeWrapper<EntityModel>;
  Path: ResolverTypeWrapper<PathModel>;
  Person: ResolverTypeWrapper<EntityModel>;
  Place: ResolverTypeWrapper<EntityModel>;
  Policy: ResolverTypeWrapper<EntityModel>;
  PropInput: PropInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuoteInput: QuoteInput;
  Relation: ResolverTypeWrapper<RelationModel>;
  RelationConnection: ResolverTypeWrapper<Omit<RelationConnection, 'edges'> & { edges: Array<ResolversTypes['RelationEdge']> }>;
  RelationEdge: ResolverTypeWrapper<Omit<RelationEdge, 'node'> & { node: ResolversTypes['Relation'] }>;
  RelationInput: RelationInput;
  RelationType: RelationType;
  RelationTypeInfo: ResolverTypeWrapper<RelationTypeInfoModel>;
  Robot: ResolverTypeWrapper<EntityModel>;
  Role: Role;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  Statistic: ResolverTypeWrapper<StatisticModel>;
  StatisticConnection: ResolverTypeWrapper<Omit<StatisticConnection, 'edges'> & { edges: Array<ResolversTypes['StatisticEdge']> }>;
  StatisticEdge: ResolverTypeWrapper<Omit<StatisticEdge, 'node'> & { node: ResolversTypes['Statistic'] }>;
  StatisticInput: StatisticInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphModel>;
  Topic: ResolverTypeWrapper<EntityModel>;
  TypeCount: ResolverTypeWrapper<TypeCountModel>;
  Venue: ResolverTypeWrapper<EntityModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AIModel: EntityModel;
  Award: EntityModel;
  Boolean: Scalars['Boolean']['output'];
  Change: ChangeModel;
  ChangeConnection: Omit<ChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChangeEdge']> };
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  Citation: CitationModel;
  CitationConnection: Omit<CitationConnection, 'edges'> & { edges: Array<ResolversParentTypes['CitationEdge']> };
  CitationEdge: Omit<CitationEdge, 'node'> & { node: ResolversParentTypes['Citation'] };
  CitationInput: CitationInput;
  DeleteResult: DeleteResult;
  Document: DocumentModel;
  Entity: EntityModel;
  EntityConnection: Omit<EntityConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> };
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityFilter: EntityFilter;
  EntityInput: EntityInput;
  EntityRelationConnection: Omit<EntityRelationConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityRelationEdge']> };
  EntityRelationEdge: Omit<EntityRelationEdge, 'node' | 'other'> & { node: ResolversParentTypes['Relation'], other: ResolversParentTypes['Entity'] };
  Event: EntityModel;
  Float: Scalars['Float']['output'];
  GraphStats: GraphStatsModel;
  ID: Scalars['ID']['output'];
  Initiative: EntityModel;
  Int: Scalars['Int']['output'];
  KindCount: KindCountModel;
  MetricInfo: MetricInfo;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: EntityModel;
  PageInfo: PageInfo;
  Park: EntityModel;
  Path: PathModel;
  Person: EntityModel;
  Place: EntityModel;
  Policy: EntityModel;
  PropInput: PropInput;
  Query: Record<PropertyKey, never>;
  QuoteInput: QuoteInput;
  Relation: RelationModel;
  RelationConnection: Omit<RelationConnection, 'edges'> & { edges: Array<ResolversParentTypes['RelationEdge']> };
  RelationEdge: Omit<RelationEdge, 'node'> & { node: ResolversParentTypes['Relation'] };
  RelationInput: RelationInput;
  RelationTypeInfo: RelationTypeInfoModel;
  Robot: EntityModel;
  SearchHit: SearchHitModel;
  Statistic: StatisticModel;
  StatisticConnection: Omit<StatisticConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatisticEdge']> };
  StatisticEdge: Omit<StatisticEdge, 'node'> & { node: ResolversParentTypes['Statistic'] };
  StatisticInput: StatisticInput;
  String: Scalars['String']['output'];
  Subgraph: SubgraphModel;
  Topic: EntityModel;
  TypeCount: TypeCountModel;
  Venue: EntityModel;
};

export type AiModelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AIModel'] = ResolversParentTypes['AIModel']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstOfKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isGroup?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  modelType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnTranslated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['EntityRelationConnection'], ParentType, ContextType, RequireFields<AiModelRelationsArgs, 'direction' | 'first'>>;
  statistics?: Resolver<Array<ResolversTypes['Statistic']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AwardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Award'] = ResolversParentTypes['Award']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isGroup?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnTranslated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['EntityRelationConnection'], ParentType, ContextType, RequireFields<AwardRelationsArgs, 'direction' | 'first'>>;
  statistics?: Resolver<Array<ResolversTypes['Statistic']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  diff?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['ChangeTarget'], ParentType, ContextType>;
};

export type ChangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type CitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CitationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitationConnection'] = ResolversParentTypes['CitationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CitationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CitationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitationEdge'] = ResolversParentTypes['CitationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
};

export type DeleteResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = {
  citationsRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relationsRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statisticsRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  author?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  dateNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  publishedBefore?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  sha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'AIModel' | 'Award' | 'Event' | 'Initiative' | 'Organization' | 'Park' | 'Person' | 'Place' | 'Policy' | 'Robot' | 'Topic' | 'Venue', ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EntityRelationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityRelationConnection'] = ResolversParentTypes['EntityRelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityRelationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityRelationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityRelationEdge'] = ResolversParentTypes['EntityRelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  dateNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  edition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isGroup?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnTranslated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  newThisEdition?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programmeStructure?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['EntityRelationConnection'], ParentType, ContextType, RequireFields<EventRelationsArgs, 'direction' | 'first'>>;
  startDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statistics?: Resolver<Array<ResolversTypes['Statistic']>, ParentType, ContextType>;
  subtype?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  themeEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  venues?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GraphStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = {
  byKind?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  byRelationType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  citations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  datasetVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statistics?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InitiativeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Initiative'] = ResolversParentTypes['Initiative']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isGroup?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnTranslated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['EntityRelationConnection'], ParentType, ContextType, RequireFields<InitiativeRelationsArgs, 'direction' | 'first'>>;
  statistics?: Resolver<Array<ResolversTypes['Statistic']>, ParentType, ContextType>;
  subtype?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type KindCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
};

export type MetricInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MetricInfo'] = ResolversParentTypes['MetricInfo']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addCitation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType, RequireFields<MutationAddCitationArgs, 'input'>>;
  deleteEntity?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteEntityArgs, 'id'>>;
  deleteRelation?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteRelationArgs, 'id'>>;
  upsertEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationUpsertEntityArgs, 'input'>>;
  upsertRelation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType, RequireFields<MutationUpsertRelationArgs, 'input'>>;
  upsertStatistic?: Resolver<ResolversTypes['Statistic'], ParentType, ContextType, RequireFields<MutationUpsertStatisticArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'AIModel' | 'Award' | 'Document' | 'Event' | 'Initiative' | 'Organization' | 'Park' | 'Person' | 'Place' | 'Policy' | 'Relation' | 'Robot' | 'Statistic' | 'Topic' | 'Venue', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['OrganizationCategory'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstOfKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  foreignEnterprise?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isGroup?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnTranslated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['EntityRelationConnection'], ParentType, ContextType, RequireFields<OrganizationRelationsArgs, 'direction' | 'first'>>;
  statistics?: Resolver<Array<ResolversTypes['Statistic']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Park'] = ResolversParentTypes['Park']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  focus?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isGroup?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnTranslated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['EntityRelationConnection'], ParentType, ContextType, RequireFields<ParkRelationsArgs, 'direction' | 'first'>>;
  statistics?: Resolver<Array<ResolversTypes['Statistic']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<PathExplanationArgs, 'lang'>>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isGroup?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnTranslated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['EntityRelationConnection'], ParentType, ContextType, RequireFields<PersonRelationsArgs, 'direction' | 'first'>>;
  statistics?: Resolver<Array<ResolversTypes['Statistic']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isGroup?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnTranslated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['EntityRelationConnection'], ParentType, ContextType, RequireFields<PlaceRelationsArgs, 'direction' | 'first'>>;
  statistics?: Resolver<Array<ResolversTypes['Statistic']>, ParentType, ContextType>;
  subtype?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PolicyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstOfKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isGroup?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnTranslated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['EntityRelationConnection'], ParentType, ContextType, RequireFields<PolicyRelationsArgs, 'direction' | 'first'>>;
  statistics?: Resolver<Array<ResolversTypes['Statistic']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subtype?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  citations?: Resolver<ResolversTypes['CitationConnection'], ParentType, ContextType, RequireFields<QueryCitationsArgs, 'first'>>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  graphStats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
  metrics?: Resolver<Array<ResolversTypes['MetricInfo']>, ParentType, ContextType>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'from' | 'maxHops' | 'to'>>;
  relationTypes?: Resolver<Array<ResolversTypes['RelationTypeInfo']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<QueryRelationsArgs, 'first'>>;
  relationsBetween?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<QueryRelationsBetweenArgs, 'a' | 'b'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  statistics?: Resolver<ResolversTypes['StatisticConnection'], ParentType, ContextType, RequireFields<QueryStatisticsArgs, 'first'>>;
};

export type RelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  collective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<RelationExplanationArgs, 'lang'>>;
  group?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['Modality'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RelationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type RelationTypeInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationTypeInfo'] = ResolversParentTypes['RelationTypeInfo']> = {
  backwardEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  backwardZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  forwardEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  forwardZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceKinds?: Resolver<Array<ResolversTypes['EntityKind']>, ParentType, ContextType>;
  symmetric?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targetKinds?: Resolver<Array<ResolversTypes['EntityKind']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type RobotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Robot'] = ResolversParentTypes['Robot']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isGroup?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnTranslated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openSource?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['EntityRelationConnection'], ParentType, ContextType, RequireFields<RobotRelationsArgs, 'direction' | 'first'>>;
  robotType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statistics?: Resolver<Array<ResolversTypes['Statistic']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  matched?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type StatisticResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statistic'] = ResolversParentTypes['Statistic']> = {
  aggregation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  comparison?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  concerns?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isForecast?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lowerBound?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['Modality'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statedAs?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatisticConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatisticConnection'] = ResolversParentTypes['StatisticConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatisticEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatisticEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatisticEdge'] = ResolversParentTypes['StatisticEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statistic'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TopicResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isGroup?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnTranslated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['EntityRelationConnection'], ParentType, ContextType, RequireFields<TopicRelationsArgs, 'direction' | 'first'>>;
  statistics?: Resolver<Array<ResolversTypes['Statistic']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type VenueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isGroup?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnTranslated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['EntityRelationConnection'], ParentType, ContextType, RequireFields<VenueRelationsArgs, 'direction' | 'first'>>;
  statistics?: Resolver<Array<ResolversTypes['Statistic']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AIModel?: AiModelResolvers<ContextType>;
  Award?: AwardResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  CitationConnection?: CitationConnectionResolvers<ContextType>;
  CitationEdge?: CitationEdgeResolvers<ContextType>;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityRelationConnection?: EntityRelationConnectionResolvers<ContextType>;
  EntityRelationEdge?: EntityRelationEdgeResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  Initiative?: InitiativeResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  MetricInfo?: MetricInfoResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Park?: ParkResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  RelationTypeInfo?: RelationTypeInfoResolvers<ContextType>;
  Robot?: RobotResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Statistic?: StatisticResolvers<ContextType>;
  StatisticConnection?: StatisticConnectionResolvers<ContextType>;
  StatisticEdge?: StatisticEdgeResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
};

