/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which way a relation points, seen from an entity. */
export const Direction = {
  /** Either way. */
  Both: 'BOTH',
  /** From the other entity to this one. */
  Incoming: 'INCOMING',
  /** From this entity to the other. */
  Outgoing: 'OUTGOING'
} as const;

export type Direction = typeof Direction[keyof typeof Direction];
/** What kind of thing an entity is. */
export const EntityKind = {
  /** A named AI model. */
  AiModel: 'AIModel',
  /** A prize or award. */
  Award: 'Award',
  /** A conference series or edition, meeting, press conference, session, forum, track or programme. */
  Event: 'Event',
  /** A named programme, project, action, goal, system or mechanism (not a conference track or forum). */
  Initiative: 'Initiative',
  /** A government body, party body, company, lab, university, association, foundation, alliance, centre, fund, platform, committee or media outlet. */
  Organization: 'Organization',
  /** An industrial park or innovation community (产业载体, 社区, 空间). */
  Park: 'Park',
  /** A person the text names. */
  Person: 'Person',
  /** A geographic or administrative place. */
  Place: 'Place',
  /** A law, regulation, declaration, standard or other policy document. */
  Policy: 'Policy',
  /** A named robot. */
  Robot: 'Robot',
  /** A technology, field or theme that something focuses on. */
  Topic: 'Topic',
  /** A building or area where events take place. */
  Venue: 'Venue'
} as const;

export type EntityKind = typeof EntityKind[keyof typeof EntityKind];
/** A language of explanations. */
export const Lang = {
  /** English. */
  En: 'EN',
  /** Chinese. */
  Zh: 'ZH'
} as const;

export type Lang = typeof Lang[keyof typeof Lang];
/** How certain the source is of a relation. */
export const Modality = {
  /** Expected or forecast (预计). */
  Expected: 'EXPECTED',
  /** Announced as planned (将, 将于). */
  Planned: 'PLANNED',
  /** Reported as fact. */
  Reported: 'REPORTED'
} as const;

export type Modality = typeof Modality[keyof typeof Modality];
/** What sort of organization. */
export const OrganizationCategory = {
  /** An alliance of organizations. */
  Alliance: 'ALLIANCE',
  /** An association or people's organization. */
  Association: 'ASSOCIATION',
  /** A centre (中心). */
  Centre: 'CENTRE',
  /** A committee. */
  Committee: 'COMMITTEE',
  /** A company. */
  Company: 'COMPANY',
  /** A foundation. */
  Foundation: 'FOUNDATION',
  /** An investment fund. */
  Fund: 'FUND',
  /** A government body or office. */
  Government: 'GOVERNMENT',
  /** A research laboratory. */
  Lab: 'LAB',
  /** A newspaper or other media outlet. */
  Media: 'MEDIA',
  /** A body of the Communist Party of China. */
  Party: 'PARTY',
  /** A platform or online community. */
  Platform: 'PLATFORM',
  /** A research academy or institute. */
  ResearchInstitute: 'RESEARCH_INSTITUTE',
  /** A university or institute of higher education. */
  University: 'UNIVERSITY'
} as const;

export type OrganizationCategory = typeof OrganizationCategory[keyof typeof OrganizationCategory];
/** What a relation says; `relationTypes` gives the wording of each. */
export const RelationType = {
  /** A press conference or other event announces or concerns something. */
  About: 'ABOUT',
  /** An organization builds (建设) an organization, park or initiative. */
  Builds: 'BUILDS',
  /** Two events are held together as one (暨). */
  CoHeldWith: 'CO_HELD_WITH',
  /** A model or robot is developed by an organization. Only where the text names the developer. */
  DevelopedBy: 'DEVELOPED_BY',
  /** A conference edition belongs to a conference series. */
  EditionOf: 'EDITION_OF',
  /** Something empowers (赋能) a sector or scenario. */
  Enables: 'ENABLES',
  /** A model or robot is given by the text as an instance of a field or technology. */
  ExampleOf: 'EXAMPLE_OF',
  /** An organization exhibits at an event (参展, 展示). */
  ExhibitsAt: 'EXHIBITS_AT',
  /** Something focuses on, aims at or is organized around a topic (聚焦, 瞄准, 围绕). */
  FocusesOn: 'FOCUSES_ON',
  /** A fund or organization finances an organization or initiative. */
  Funds: 'FUNDS',
  /** An event takes place in a place, venue or park. */
  HeldIn: 'HELD_IN',
  /** A park or place hosts (集聚) an organization. */
  Hosts: 'HOSTS',
  /** An initiative or policy is carried out (实施, 落实, 打造) by a place or organization. */
  ImplementedBy: 'IMPLEMENTED_BY',
  /** An organization leads (引领) an initiative. */
  Leads: 'LEADS',
  /** Something with a fixed location lies in a place, venue or park. */
  LocatedIn: 'LOCATED_IN',
  /** A model or robot is open-sourced (开源) by an organization. */
  OpenSourcedBy: 'OPEN_SOURCED_BY',
  /** A platform or community is run by a company (the text's possessive, e.g. 阿里魔搭). */
  OperatedBy: 'OPERATED_BY',
  /** An event is organized, held or co-organized (主办, 举行) by an organization. */
  OrganizedBy: 'ORGANIZED_BY',
  /** The preparation of an event is steered (调度) by a body. */
  OverseenBy: 'OVERSEEN_BY',
  /** A component of a larger whole of a compatible kind. */
  PartOf: 'PART_OF',
  /** An award is run or presented as part of an event. */
  PresentedAt: 'PRESENTED_AT',
  /** A model, robot or policy document is released or published (发布) by an organization or place. */
  ReleasedBy: 'RELEASED_BY',
  /** An initiative is pursued at the request (要求) of a body or person. */
  RequiredBy: 'REQUIRED_BY',
  /** An event presents or lets visitors experience a technology or field. */
  Showcases: 'SHOWCASES',
  /** A measure listed under a goal serves that goal: the text names the goal (着力打造…) and then the measures taken for it. */
  Supports: 'SUPPORTS',
  /** A person visits or inspects (考察) a place, park, venue or organization. */
  Visited: 'VISITED',
  /** A person works for an organization. */
  WorksFor: 'WORKS_FOR'
} as const;

export type RelationType = typeof RelationType[keyof typeof RelationType];
export type HowConnectedQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type HowConnectedQuery = { paths: Array<{ length: number, zh: string, en: string, nodes: Array<
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
    >, relations: Array<{ id: string, type: RelationType, when: string | null, modality: Modality, source:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , target:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , citations: Array<{ quote: string }> }> }> };

export type ModelsAndRobotsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ModelsAndRobotsQuery = { entities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
        | { domain: string | null, modelType: string | null, id: string, kind: EntityKind, name: string, nameEn: string | null, relations: { edges: Array<{ node: { type: RelationType, when: string | null, modality: Modality }, other:
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
               }> } }
        | { id: string, kind: EntityKind, name: string, nameEn: string | null, relations: { edges: Array<{ node: { type: RelationType, when: string | null, modality: Modality }, other:
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
               }> } }
        | { id: string, kind: EntityKind, name: string, nameEn: string | null, relations: { edges: Array<{ node: { type: RelationType, when: string | null, modality: Modality }, other:
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
               }> } }
        | { id: string, kind: EntityKind, name: string, nameEn: string | null, relations: { edges: Array<{ node: { type: RelationType, when: string | null, modality: Modality }, other:
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
               }> } }
        | { id: string, kind: EntityKind, name: string, nameEn: string | null, relations: { edges: Array<{ node: { type: RelationType, when: string | null, modality: Modality }, other:
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
               }> } }
        | { id: string, kind: EntityKind, name: string, nameEn: string | null, relations: { edges: Array<{ node: { type: RelationType, when: string | null, modality: Modality }, other:
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
               }> } }
        | { id: string, kind: EntityKind, name: string, nameEn: string | null, relations: { edges: Array<{ node: { type: RelationType, when: string | null, modality: Modality }, other:
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
               }> } }
        | { id: string, kind: EntityKind, name: string, nameEn: string | null, relations: { edges: Array<{ node: { type: RelationType, when: string | null, modality: Modality }, other:
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
               }> } }
        | { id: string, kind: EntityKind, name: string, nameEn: string | null, relations: { edges: Array<{ node: { type: RelationType, when: string | null, modality: Modality }, other:
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
               }> } }
        | { robotType: string | null, openSource: boolean | null, id: string, kind: EntityKind, name: string, nameEn: string | null, relations: { edges: Array<{ node: { type: RelationType, when: string | null, modality: Modality }, other:
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
               }> } }
        | { id: string, kind: EntityKind, name: string, nameEn: string | null, relations: { edges: Array<{ node: { type: RelationType, when: string | null, modality: Modality }, other:
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
               }> } }
        | { id: string, kind: EntityKind, name: string, nameEn: string | null, relations: { edges: Array<{ node: { type: RelationType, when: string | null, modality: Modality }, other:
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
                | { id: string, kind: EntityKind, name: string, nameEn: string | null }
               }> } }
       }> } };

export type ParksQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ParksQuery = { entities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
        | { id: string, name: string, nameEn: string | null, description: string | null, relations: { edges: Array<{ other:
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
               }> } }
        | { id: string, name: string, nameEn: string | null, description: string | null, relations: { edges: Array<{ other:
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
               }> } }
        | { id: string, name: string, nameEn: string | null, description: string | null, relations: { edges: Array<{ other:
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
               }> } }
        | { id: string, name: string, nameEn: string | null, description: string | null, relations: { edges: Array<{ other:
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
               }> } }
        | { id: string, name: string, nameEn: string | null, description: string | null, relations: { edges: Array<{ other:
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
               }> } }
        | { focus: Array<string>, id: string, name: string, nameEn: string | null, description: string | null, district: { id: string, name: string, nameEn: string | null } | null, relations: { edges: Array<{ other:
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
               }> } }
        | { id: string, name: string, nameEn: string | null, description: string | null, relations: { edges: Array<{ other:
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
               }> } }
        | { id: string, name: string, nameEn: string | null, description: string | null, relations: { edges: Array<{ other:
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
               }> } }
        | { id: string, name: string, nameEn: string | null, description: string | null, relations: { edges: Array<{ other:
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
               }> } }
        | { id: string, name: string, nameEn: string | null, description: string | null, relations: { edges: Array<{ other:
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
               }> } }
        | { id: string, name: string, nameEn: string | null, description: string | null, relations: { edges: Array<{ other:
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
               }> } }
        | { id: string, name: string, nameEn: string | null, description: string | null, relations: { edges: Array<{ other:
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
                | { id: string, name: string, nameEn: string | null }
               }> } }
       }> } };

export type StatisticsWithSourcesQueryVariables = Exact<{
  subject?: string | null | undefined;
  metric?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StatisticsWithSourcesQuery = { statistics: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, metric: string, value: number | null, unit: string | null, statedAs: string, qualifier: string | null, period: string | null, isForecast: boolean, subject:
          | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          | { id: string, kind: EntityKind, name: string, nameEn: string | null }
        , citations: Array<{ quote: string, sentence: string, document: { id: string, title: string, publishedBefore: string | null } }> } }> } };

export type Waic2025OrganizersQueryVariables = Exact<{
  event?: string;
}>;


export type Waic2025OrganizersQuery = { entity:
    | { id: string, name: string, nameEn: string | null, relations: { totalCount: number, edges: Array<{ other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          , node: { when: string | null, modality: Modality, explanation: string, citations: Array<{ quote: string }> } }> } }
    | { id: string, name: string, nameEn: string | null, relations: { totalCount: number, edges: Array<{ other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          , node: { when: string | null, modality: Modality, explanation: string, citations: Array<{ quote: string }> } }> } }
    | { id: string, name: string, nameEn: string | null, relations: { totalCount: number, edges: Array<{ other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          , node: { when: string | null, modality: Modality, explanation: string, citations: Array<{ quote: string }> } }> } }
    | { id: string, name: string, nameEn: string | null, relations: { totalCount: number, edges: Array<{ other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          , node: { when: string | null, modality: Modality, explanation: string, citations: Array<{ quote: string }> } }> } }
    | { id: string, name: string, nameEn: string | null, relations: { totalCount: number, edges: Array<{ other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          , node: { when: string | null, modality: Modality, explanation: string, citations: Array<{ quote: string }> } }> } }
    | { id: string, name: string, nameEn: string | null, relations: { totalCount: number, edges: Array<{ other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          , node: { when: string | null, modality: Modality, explanation: string, citations: Array<{ quote: string }> } }> } }
    | { id: string, name: string, nameEn: string | null, relations: { totalCount: number, edges: Array<{ other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          , node: { when: string | null, modality: Modality, explanation: string, citations: Array<{ quote: string }> } }> } }
    | { id: string, name: string, nameEn: string | null, relations: { totalCount: number, edges: Array<{ other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          , node: { when: string | null, modality: Modality, explanation: string, citations: Array<{ quote: string }> } }> } }
    | { id: string, name: string, nameEn: string | null, relations: { totalCount: number, edges: Array<{ other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          , node: { when: string | null, modality: Modality, explanation: string, citations: Array<{ quote: string }> } }> } }
    | { id: string, name: string, nameEn: string | null, relations: { totalCount: number, edges: Array<{ other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          , node: { when: string | null, modality: Modality, explanation: string, citations: Array<{ quote: string }> } }> } }
    | { id: string, name: string, nameEn: string | null, relations: { totalCount: number, edges: Array<{ other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          , node: { when: string | null, modality: Modality, explanation: string, citations: Array<{ quote: string }> } }> } }
    | { id: string, name: string, nameEn: string | null, relations: { totalCount: number, edges: Array<{ other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
          , node: { when: string | null, modality: Modality, explanation: string, citations: Array<{ quote: string }> } }> } }
   | null };

type ExportEntity_AiModel_Fragment = { __typename: 'AIModel', isGroup: boolean, domain: string | null, modelType: string | null, firstOfKind: string | null, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string };

type ExportEntity_Award_Fragment = { __typename: 'Award', isGroup: boolean, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string };

type ExportEntity_Event_Fragment = { __typename: 'Event', isGroup: boolean, subtype: string, startDate: string | null, endDate: string | null, year: number | null, dateNote: string | null, theme: string | null, themeEn: string | null, edition: number | null, programmeStructure: string | null, newThisEdition: boolean | null, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, venues: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  > };

type ExportEntity_Initiative_Fragment = { __typename: 'Initiative', isGroup: boolean, subtype: string, targets: Array<string>, components: Array<string>, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string };

type ExportEntity_Organization_Fragment = { __typename: 'Organization', isGroup: boolean, category: OrganizationCategory, foreignEnterprise: boolean | null, firstOfKind: string | null, status: string | null, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string };

type ExportEntity_Park_Fragment = { __typename: 'Park', isGroup: boolean, focus: Array<string>, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string };

type ExportEntity_Person_Fragment = { __typename: 'Person', isGroup: boolean, title: string | null, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string };

type ExportEntity_Place_Fragment = { __typename: 'Place', isGroup: boolean, subtype: string, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string };

type ExportEntity_Policy_Fragment = { __typename: 'Policy', isGroup: boolean, subtype: string, status: string | null, firstOfKind: string | null, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string };

type ExportEntity_Robot_Fragment = { __typename: 'Robot', isGroup: boolean, robotType: string | null, openSource: boolean | null, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string };

type ExportEntity_Topic_Fragment = { __typename: 'Topic', isGroup: boolean, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string };

type ExportEntity_Venue_Fragment = { __typename: 'Venue', isGroup: boolean, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string };

export type ExportEntityFragment =
  | ExportEntity_AiModel_Fragment
  | ExportEntity_Award_Fragment
  | ExportEntity_Event_Fragment
  | ExportEntity_Initiative_Fragment
  | ExportEntity_Organization_Fragment
  | ExportEntity_Park_Fragment
  | ExportEntity_Person_Fragment
  | ExportEntity_Place_Fragment
  | ExportEntity_Policy_Fragment
  | ExportEntity_Robot_Fragment
  | ExportEntity_Topic_Fragment
  | ExportEntity_Venue_Fragment
;

export type ExportHeaderQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportHeaderQuery = { graphStats: { entities: number, relations: number, statistics: number, citations: number, datasetVersion: string } };

export type ExportDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportDocumentsQuery = { documents: Array<{ id: string, title: string, language: string, dateNote: string | null, publishedBefore: string | null, notes: Array<string>, text: string, publisher:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null, author:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null }> };

export type ExportEntitiesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ExportEntitiesQuery = { entities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
        | { __typename: 'AIModel', isGroup: boolean, domain: string | null, modelType: string | null, firstOfKind: string | null, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, citations: Array<{ id: string }> }
        | { __typename: 'Award', isGroup: boolean, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, citations: Array<{ id: string }> }
        | { __typename: 'Event', isGroup: boolean, subtype: string, startDate: string | null, endDate: string | null, year: number | null, dateNote: string | null, theme: string | null, themeEn: string | null, edition: number | null, programmeStructure: string | null, newThisEdition: boolean | null, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, citations: Array<{ id: string }>, venues: Array<
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          > }
        | { __typename: 'Initiative', isGroup: boolean, subtype: string, targets: Array<string>, components: Array<string>, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, citations: Array<{ id: string }> }
        | { __typename: 'Organization', isGroup: boolean, category: OrganizationCategory, foreignEnterprise: boolean | null, firstOfKind: string | null, status: string | null, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, citations: Array<{ id: string }> }
        | { __typename: 'Park', isGroup: boolean, focus: Array<string>, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, citations: Array<{ id: string }> }
        | { __typename: 'Person', isGroup: boolean, title: string | null, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, citations: Array<{ id: string }> }
        | { __typename: 'Place', isGroup: boolean, subtype: string, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, citations: Array<{ id: string }> }
        | { __typename: 'Policy', isGroup: boolean, subtype: string, status: string | null, firstOfKind: string | null, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, citations: Array<{ id: string }> }
        | { __typename: 'Robot', isGroup: boolean, robotType: string | null, openSource: boolean | null, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, citations: Array<{ id: string }> }
        | { __typename: 'Topic', isGroup: boolean, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, citations: Array<{ id: string }> }
        | { __typename: 'Venue', isGroup: boolean, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, citations: Array<{ id: string }> }
       }> } };

export type ExportRelationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ExportRelationsQuery = { relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: RelationType, when: string | null, modality: Modality, note: string | null, origin: string, source:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , target:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , citations: Array<{ id: string }> } }> } };

export type ExportStatisticsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ExportStatisticsQuery = { statistics: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, metric: string, value: number | null, unit: string | null, statedAs: string, qualifier: string | null, scope: string | null, comparison: string | null, aggregation: string | null, period: string | null, isForecast: boolean, note: string | null, origin: string, subject:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , citations: Array<{ id: string }> } }> } };

export type ExportCitationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ExportCitationsQuery = { citations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, quote: string, start: number, end: number, sentence: string, document: { id: string } } }> } };

export type CliSearchQueryVariables = Exact<{
  query: string;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first?: number | null | undefined;
}>;


export type CliSearchQuery = { search: Array<{ score: number, matched: string | null, entity:
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, fullName: string | null, aliases: Array<string>, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, fullName: string | null, aliases: Array<string>, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, fullName: string | null, aliases: Array<string>, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, fullName: string | null, aliases: Array<string>, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, fullName: string | null, aliases: Array<string>, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, fullName: string | null, aliases: Array<string>, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, fullName: string | null, aliases: Array<string>, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, fullName: string | null, aliases: Array<string>, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, fullName: string | null, aliases: Array<string>, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, fullName: string | null, aliases: Array<string>, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, fullName: string | null, aliases: Array<string>, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, fullName: string | null, aliases: Array<string>, degree: number }
     }> };

export type CliEntityRefQueryVariables = Exact<{
  id: string;
}>;


export type CliEntityRefQuery = { entity:
    | { id: string, kind: EntityKind, name: string, nameEn: string | null }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null }
   | null };

export type CliShowQueryVariables = Exact<{
  id: string;
  relationsFirst?: number | null | undefined;
}>;


export type CliShowQuery = { entity:
    | { __typename: 'AIModel', degree: number, isGroup: boolean, domain: string | null, modelType: string | null, firstOfKind: string | null, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, relations: { totalCount: number, edges: Array<{ direction: Direction, node: { id: string, type: RelationType, when: string | null, modality: Modality }, other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
           }> }, statistics: Array<{ id: string }>, citations: Array<{ id: string, quote: string, document: { id: string, title: string } }> }
    | { __typename: 'Award', degree: number, isGroup: boolean, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, relations: { totalCount: number, edges: Array<{ direction: Direction, node: { id: string, type: RelationType, when: string | null, modality: Modality }, other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
           }> }, statistics: Array<{ id: string }>, citations: Array<{ id: string, quote: string, document: { id: string, title: string } }> }
    | { __typename: 'Event', degree: number, isGroup: boolean, subtype: string, startDate: string | null, endDate: string | null, year: number | null, dateNote: string | null, theme: string | null, themeEn: string | null, edition: number | null, programmeStructure: string | null, newThisEdition: boolean | null, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, relations: { totalCount: number, edges: Array<{ direction: Direction, node: { id: string, type: RelationType, when: string | null, modality: Modality }, other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
           }> }, statistics: Array<{ id: string }>, citations: Array<{ id: string, quote: string, document: { id: string, title: string } }>, venues: Array<
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      > }
    | { __typename: 'Initiative', degree: number, isGroup: boolean, subtype: string, targets: Array<string>, components: Array<string>, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, relations: { totalCount: number, edges: Array<{ direction: Direction, node: { id: string, type: RelationType, when: string | null, modality: Modality }, other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
           }> }, statistics: Array<{ id: string }>, citations: Array<{ id: string, quote: string, document: { id: string, title: string } }> }
    | { __typename: 'Organization', degree: number, isGroup: boolean, category: OrganizationCategory, foreignEnterprise: boolean | null, firstOfKind: string | null, status: string | null, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, relations: { totalCount: number, edges: Array<{ direction: Direction, node: { id: string, type: RelationType, when: string | null, modality: Modality }, other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
           }> }, statistics: Array<{ id: string }>, citations: Array<{ id: string, quote: string, document: { id: string, title: string } }> }
    | { __typename: 'Park', degree: number, isGroup: boolean, focus: Array<string>, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, relations: { totalCount: number, edges: Array<{ direction: Direction, node: { id: string, type: RelationType, when: string | null, modality: Modality }, other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
           }> }, statistics: Array<{ id: string }>, citations: Array<{ id: string, quote: string, document: { id: string, title: string } }> }
    | { __typename: 'Person', degree: number, isGroup: boolean, title: string | null, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, relations: { totalCount: number, edges: Array<{ direction: Direction, node: { id: string, type: RelationType, when: string | null, modality: Modality }, other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
           }> }, statistics: Array<{ id: string }>, citations: Array<{ id: string, quote: string, document: { id: string, title: string } }> }
    | { __typename: 'Place', degree: number, isGroup: boolean, subtype: string, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, relations: { totalCount: number, edges: Array<{ direction: Direction, node: { id: string, type: RelationType, when: string | null, modality: Modality }, other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
           }> }, statistics: Array<{ id: string }>, citations: Array<{ id: string, quote: string, document: { id: string, title: string } }> }
    | { __typename: 'Policy', degree: number, isGroup: boolean, subtype: string, status: string | null, firstOfKind: string | null, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, relations: { totalCount: number, edges: Array<{ direction: Direction, node: { id: string, type: RelationType, when: string | null, modality: Modality }, other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
           }> }, statistics: Array<{ id: string }>, citations: Array<{ id: string, quote: string, document: { id: string, title: string } }> }
    | { __typename: 'Robot', degree: number, isGroup: boolean, robotType: string | null, openSource: boolean | null, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, relations: { totalCount: number, edges: Array<{ direction: Direction, node: { id: string, type: RelationType, when: string | null, modality: Modality }, other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
           }> }, statistics: Array<{ id: string }>, citations: Array<{ id: string, quote: string, document: { id: string, title: string } }> }
    | { __typename: 'Topic', degree: number, isGroup: boolean, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, relations: { totalCount: number, edges: Array<{ direction: Direction, node: { id: string, type: RelationType, when: string | null, modality: Modality }, other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
           }> }, statistics: Array<{ id: string }>, citations: Array<{ id: string, quote: string, document: { id: string, title: string } }> }
    | { __typename: 'Venue', degree: number, isGroup: boolean, id: string, kind: EntityKind, name: string, fullName: string | null, nameEn: string | null, aliases: Array<string>, description: string | null, origin: string, relations: { totalCount: number, edges: Array<{ direction: Direction, node: { id: string, type: RelationType, when: string | null, modality: Modality }, other:
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
            | { id: string, kind: EntityKind, name: string, nameEn: string | null }
           }> }, statistics: Array<{ id: string }>, citations: Array<{ id: string, quote: string, document: { id: string, title: string } }> }
   | null };

export type CliNeighborsQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
  types?: Array<RelationType> | RelationType | null | undefined;
  limit?: number | null | undefined;
}>;


export type CliNeighborsQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, degree: number }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null, degree: number }
    >, relations: Array<{ id: string, type: RelationType, when: string | null, modality: Modality, source:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , target:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } };

export type CliPathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type CliPathsQuery = { paths: Array<{ length: number, explanation: string, nodes: Array<
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
      | { id: string, kind: EntityKind, name: string, nameEn: string | null }
    >, relations: Array<{ id: string, type: RelationType, source:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , target:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> }> };

export type CliSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type CliSummaryQuery = { graphStats: { entities: number, relations: number, statistics: number, citations: number, datasetVersion: string, byKind: Array<{ kind: EntityKind, count: number }>, byRelationType: Array<{ type: RelationType, count: number }> } };

export type CliFiguresQueryVariables = Exact<{
  id: string;
}>;


export type CliFiguresQuery = { entity:
    | { id: string, kind: EntityKind, name: string, nameEn: string | null, statistics: Array<{ id: string, metric: string, value: number | null, unit: string | null, statedAs: string, qualifier: string | null, scope: string | null, comparison: string | null, aggregation: string | null, period: string | null, isForecast: boolean, note: string | null, citations: Array<{ id: string, quote: string, sentence: string, document: { id: string, title: string } }> }> }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null, statistics: Array<{ id: string, metric: string, value: number | null, unit: string | null, statedAs: string, qualifier: string | null, scope: string | null, comparison: string | null, aggregation: string | null, period: string | null, isForecast: boolean, note: string | null, citations: Array<{ id: string, quote: string, sentence: string, document: { id: string, title: string } }> }> }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null, statistics: Array<{ id: string, metric: string, value: number | null, unit: string | null, statedAs: string, qualifier: string | null, scope: string | null, comparison: string | null, aggregation: string | null, period: string | null, isForecast: boolean, note: string | null, citations: Array<{ id: string, quote: string, sentence: string, document: { id: string, title: string } }> }> }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null, statistics: Array<{ id: string, metric: string, value: number | null, unit: string | null, statedAs: string, qualifier: string | null, scope: string | null, comparison: string | null, aggregation: string | null, period: string | null, isForecast: boolean, note: string | null, citations: Array<{ id: string, quote: string, sentence: string, document: { id: string, title: string } }> }> }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null, statistics: Array<{ id: string, metric: string, value: number | null, unit: string | null, statedAs: string, qualifier: string | null, scope: string | null, comparison: string | null, aggregation: string | null, period: string | null, isForecast: boolean, note: string | null, citations: Array<{ id: string, quote: string, sentence: string, document: { id: string, title: string } }> }> }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null, statistics: Array<{ id: string, metric: string, value: number | null, unit: string | null, statedAs: string, qualifier: string | null, scope: string | null, comparison: string | null, aggregation: string | null, period: string | null, isForecast: boolean, note: string | null, citations: Array<{ id: string, quote: string, sentence: string, document: { id: string, title: string } }> }> }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null, statistics: Array<{ id: string, metric: string, value: number | null, unit: string | null, statedAs: string, qualifier: string | null, scope: string | null, comparison: string | null, aggregation: string | null, period: string | null, isForecast: boolean, note: string | null, citations: Array<{ id: string, quote: string, sentence: string, document: { id: string, title: string } }> }> }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null, statistics: Array<{ id: string, metric: string, value: number | null, unit: string | null, statedAs: string, qualifier: string | null, scope: string | null, comparison: string | null, aggregation: string | null, period: string | null, isForecast: boolean, note: string | null, citations: Array<{ id: string, quote: string, sentence: string, document: { id: string, title: string } }> }> }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null, statistics: Array<{ id: string, metric: string, value: number | null, unit: string | null, statedAs: string, qualifier: string | null, scope: string | null, comparison: string | null, aggregation: string | null, period: string | null, isForecast: boolean, note: string | null, citations: Array<{ id: string, quote: string, sentence: string, document: { id: string, title: string } }> }> }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null, statistics: Array<{ id: string, metric: string, value: number | null, unit: string | null, statedAs: string, qualifier: string | null, scope: string | null, comparison: string | null, aggregation: string | null, period: string | null, isForecast: boolean, note: string | null, citations: Array<{ id: string, quote: string, sentence: string, document: { id: string, title: string } }> }> }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null, statistics: Array<{ id: string, metric: string, value: number | null, unit: string | null, statedAs: string, qualifier: string | null, scope: string | null, comparison: string | null, aggregation: string | null, period: string | null, isForecast: boolean, note: string | null, citations: Array<{ id: string, quote: string, sentence: string, document: { id: string, title: string } }> }> }
    | { id: string, kind: EntityKind, name: string, nameEn: string | null, statistics: Array<{ id: string, metric: string, value: number | null, unit: string | null, statedAs: string, qualifier: string | null, scope: string | null, comparison: string | null, aggregation: string | null, period: string | null, isForecast: boolean, note: string | null, citations: Array<{ id: string, quote: string, sentence: string, document: { id: string, title: string } }> }> }
   | null };

export const ExportEntityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportEntity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"foreignEnterprise"}},{"kind":"Field","name":{"kind":"Name","value":"firstOfKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AIModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"modelType"}},{"kind":"Field","name":{"kind":"Name","value":"firstOfKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Robot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"robotType"}},{"kind":"Field","name":{"kind":"Name","value":"openSource"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Park"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dateNote"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"themeEn"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmeStructure"}},{"kind":"Field","name":{"kind":"Name","value":"newThisEdition"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Award"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstOfKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"components"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}}]}}]}}]} as unknown as DocumentNode<ExportEntityFragment, unknown>;
export const HowConnectedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HowConnected"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","alias":{"kind":"Name","value":"zh"},"name":{"kind":"Name","value":"explanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"ZH"}}]},{"kind":"Field","alias":{"kind":"Name","value":"en"},"name":{"kind":"Name","value":"explanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"when"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HowConnectedQuery, HowConnectedQueryVariables>;
export const ModelsAndRobotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelsAndRobots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"AIModel"},{"kind":"EnumValue","value":"Robot"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AIModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"modelType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Robot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"robotType"}},{"kind":"Field","name":{"kind":"Name","value":"openSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DEVELOPED_BY"},{"kind":"EnumValue","value":"OPEN_SOURCED_BY"},{"kind":"EnumValue","value":"RELEASED_BY"}]}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"when"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModelsAndRobotsQuery, ModelsAndRobotsQueryVariables>;
export const ParksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Parks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"Park"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Park"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FOCUSES_ON"}]}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParksQuery, ParksQueryVariables>;
export const StatisticsWithSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsWithSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"statedAs"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"isForecast"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBefore"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatisticsWithSourcesQuery, StatisticsWithSourcesQueryVariables>;
export const Waic2025OrganizersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Waic2025Organizers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"event"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"waic-2025","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"event"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ORGANIZED_BY"}]}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"when"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Waic2025OrganizersQuery, Waic2025OrganizersQueryVariables>;
export const ExportHeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportHeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graphStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"}},{"kind":"Field","name":{"kind":"Name","value":"relations"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"}},{"kind":"Field","name":{"kind":"Name","value":"citations"}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersion"}}]}}]}}]} as unknown as DocumentNode<ExportHeaderQuery, ExportHeaderQueryVariables>;
export const ExportDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"dateNote"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBefore"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ExportDocumentsQuery, ExportDocumentsQueryVariables>;
export const ExportEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportEntity"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportEntity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"foreignEnterprise"}},{"kind":"Field","name":{"kind":"Name","value":"firstOfKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AIModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"modelType"}},{"kind":"Field","name":{"kind":"Name","value":"firstOfKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Robot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"robotType"}},{"kind":"Field","name":{"kind":"Name","value":"openSource"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Park"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dateNote"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"themeEn"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmeStructure"}},{"kind":"Field","name":{"kind":"Name","value":"newThisEdition"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Award"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstOfKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"components"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}}]}}]}}]} as unknown as DocumentNode<ExportEntitiesQuery, ExportEntitiesQueryVariables>;
export const ExportRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"when"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportRelationsQuery, ExportRelationsQueryVariables>;
export const ExportStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"statedAs"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"isForecast"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportStatisticsQuery, ExportStatisticsQueryVariables>;
export const ExportCitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportCitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportCitationsQuery, ExportCitationsQueryVariables>;
export const CliSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}}]}}]}}]}}]} as unknown as DocumentNode<CliSearchQuery, CliSearchQueryVariables>;
export const CliEntityRefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliEntityRef"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<CliEntityRefQuery, CliEntityRefQueryVariables>;
export const CliShowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliShow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relationsFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportEntity"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relationsFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"when"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportEntity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"foreignEnterprise"}},{"kind":"Field","name":{"kind":"Name","value":"firstOfKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AIModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"modelType"}},{"kind":"Field","name":{"kind":"Name","value":"firstOfKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Robot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"robotType"}},{"kind":"Field","name":{"kind":"Name","value":"openSource"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Park"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dateNote"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"themeEn"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmeStructure"}},{"kind":"Field","name":{"kind":"Name","value":"newThisEdition"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Award"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstOfKind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"components"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isGroup"}}]}}]}}]} as unknown as DocumentNode<CliShowQuery, CliShowQueryVariables>;
export const CliNeighborsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliNeighbors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"when"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CliNeighborsQuery, CliNeighborsQueryVariables>;
export const CliPathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliPaths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CliPathsQuery, CliPathsQueryVariables>;
export const CliSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graphStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"}},{"kind":"Field","name":{"kind":"Name","value":"relations"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"}},{"kind":"Field","name":{"kind":"Name","value":"citations"}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRelationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<CliSummaryQuery, CliSummaryQueryVariables>;
export const CliFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"statedAs"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"isForecast"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CliFiguresQuery, CliFiguresQueryVariables>;