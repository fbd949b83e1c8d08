import type { GraphiQLProps } from 'graphiql';

type TabDefinition = NonNullable<GraphiQLProps['defaultTabs']>[number];

const vars = (v: Record<string, unknown>) => JSON.stringify(v, null, 2);

/** The first tabs a visitor sees: one per kind of question the API answers, runnable as they stand. */
export const EXAMPLE_TABS: TabDefinition[] = [
  {
    query: `# Look one entity up by id, with the fields of its kind (inline fragments per type)
# and the sentence each citation comes from. Press Ctrl-Enter (⌘-Enter) to run.
query Lookup($id: ID!) {
  entity(id: $id) {
    __typename
    id
    kind
    name
    nameEn
    aliases
    description
    degree
    ... on Organization { category }
    ... on Park { focus district { name } }
    ... on Robot { robotType openSource }
    ... on Event { startDate endDate theme }
    citations { quote sentence document { title } }
  }
}
`,
    variables: vars({ id: 'shanghai-ai-lab' }),
  },
  {
    query: `# Search by Chinese, English, alias, pinyin (with or without tones) or Traditional characters.
# Try "mosukongjian", "模速", "上海AI實驗室" or "Shanghai AI Lab".
query Search($q: String!) {
  search(query: $q, first: 5) {
    score
    matched
    entity { id kind name nameEn }
  }
}
`,
    variables: vars({ q: '模速空间' }),
  },
  {
    query: `# An entity's relations, each with the far end, its wording in both languages and its citations.
query Relations($id: ID!) {
  entity(id: $id) {
    name
    relations(first: 10) {
      totalCount
      edges {
        direction
        other { id kind name }
        node {
          type
          modality
          zh: explanation(lang: ZH)
          en: explanation(lang: EN)
          citations { quote }
        }
      }
    }
  }
}
`,
    variables: vars({ id: 'modelspeed-space' }),
  },
  {
    query: `# The shortest ways two entities are connected, explained in Chinese and English.
query Path($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4, first: 3) {
    length
    zh: explanation(lang: ZH)
    en: explanation(lang: EN)
    nodes { id kind name }
    relations { type source { name } target { name } }
  }
}
`,
    variables: vars({ from: 'qinglong', to: 'shanghai' }),
  },
  {
    query: `# What the graph holds, and the figures the source gives about one entity.
query Statistics($subject: ID) {
  graphStats {
    entities
    relations
    statistics
    citations
    byKind { kind count }
    datasetVersion
  }
  statistics(subject: $subject, first: 10) {
    totalCount
    edges {
      node {
        metric
        statedAs
        value
        unit
        period
        subject { name }
        citations { sentence }
      }
    }
  }
}
`,
    variables: vars({ subject: 'modelspeed-space' }),
  },
];
