import type { Executor } from '../db/executor.js';
import { EntityService } from './entities.js';
import { ExploreService } from './explore.js';
import { NodeService } from './nodes.js';
import { ProvenanceService } from './provenance.js';
import { RelationService } from './relations.js';
import { SearchService } from './search.js';
import { StatisticService } from './statistics.js';
import { Vocabulary } from './vocabulary.js';

/** The graph services, one per concern; stateless, so one set serves every request. */
export interface Services {
  db: Executor;
  vocabulary: Vocabulary;
  nodes: NodeService;
  entities: EntityService;
  relations: RelationService;
  search: SearchService;
  explore: ExploreService;
  statistics: StatisticService;
  provenance: ProvenanceService;
}

export function createServices(db: Executor, vocabulary = new Vocabulary()): Services {
  const relations = new RelationService(db, vocabulary.relationTypeNames);
  return {
    db,
    vocabulary,
    nodes: new NodeService(db, relations),
    entities: new EntityService(db),
    relations,
    search: new SearchService(db),
    explore: new ExploreService(db, vocabulary.relationTypeNames),
    statistics: new StatisticService(db),
    provenance: new ProvenanceService(db),
  };
}
