import type {
  CitationLink,
  CitationRecord,
  DocumentRecord,
  EntityRecord,
  RelationRecord,
  StatisticRecord,
} from './records.js';

export type Section = 'documents' | 'citations' | 'entities' | 'relations' | 'statistics';

/** The order sections are fetched in: documents and citations first, so the Cypher script can link them later. */
export const SECTION_ORDER: readonly Section[] = [
  'documents',
  'citations',
  'entities',
  'relations',
  'statistics',
];

export interface ExportHeader {
  endpoint: string;
  exportedAt: string;
  datasetVersion: string;
  counts: { entities: number; relations: number; statistics: number; citations: number };
}

/** A format: gets the graph a page at a time and must not keep pages once written. */
export interface Sink {
  readonly sections: ReadonlySet<Section>;
  begin(header: ExportHeader): Promise<void>;
  documents(batch: DocumentRecord[]): Promise<void>;
  citations(batch: CitationRecord[]): Promise<void>;
  entities(batch: EntityRecord[]): Promise<void>;
  relations(batch: RelationRecord[]): Promise<void>;
  statistics(batch: StatisticRecord[]): Promise<void>;
  /** Completes the files and returns their paths. */
  finish(): Promise<string[]>;
  /** Removes whatever was partly written. */
  discard(): Promise<void>;
}

/** The citation links a page of subjects carries. */
export function linksOf(
  subjectType: CitationLink['subjectType'],
  batch: { id: string; citationIds: string[] }[],
): CitationLink[] {
  return batch.flatMap((s) =>
    s.citationIds.map((citationId) => ({ citationId, subjectType, subjectId: s.id })),
  );
}
