// Lookups the API makes; each is proven by an EXPLAIN test.
CREATE INDEX entity_kind_sort IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.sortName);
CREATE INDEX entity_sort IF NOT EXISTS FOR (n:Entity) ON (n.sortName);
CREATE INDEX statistic_subject IF NOT EXISTS FOR (n:Statistic) ON (n.subjectId);
CREATE INDEX statistic_metric IF NOT EXISTS FOR (n:Statistic) ON (n.metric);
CREATE INDEX citation_subject IF NOT EXISTS FOR (n:Citation) ON (n.subjectId);
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.nameEn, n.aliasText, n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
