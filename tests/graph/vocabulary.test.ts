import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type EnumTypeDefinitionNode, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VOCABULARY_DIR,
  ENTITY_KIND_DEFS,
  ENTITY_KINDS,
  loadVocabulary,
  METRICS,
  MODALITIES,
  ORG_CATEGORIES,
  phrase,
  QUALIFIERS,
  RELATION_TYPE_NAMES,
  RELATION_TYPES,
} from '../../src/graph/vocabulary.js';
import { projectPath } from '../../src/paths.js';

/** Values of each enum the GraphQL schema defines so far. */
function schemaEnums(): Map<string, string[]> {
  const dir = projectPath('schema');
  const out = new Map<string, string[]>();
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));
  } catch {
    return out;
  }
  for (const f of files) {
    for (const def of parse(readFileSync(join(dir, f), 'utf8')).definitions) {
      if (def.kind === Kind.ENUM_TYPE_DEFINITION || def.kind === Kind.ENUM_TYPE_EXTENSION) {
        const e = def as EnumTypeDefinitionNode;
        out.set(e.name.value, [
          ...(out.get(e.name.value) ?? []),
          ...(e.values ?? []).map((v) => v.name.value),
        ]);
      }
    }
  }
  return out;
}

describe('vocabulary', () => {
  it('loads from seed/vocabulary with the names vocabulary.ts lists', () => {
    const r = loadVocabulary(DEFAULT_VOCABULARY_DIR);
    expect(r.ok ? [] : r.problems).toEqual([]);
    expect(Object.keys(ENTITY_KIND_DEFS).sort()).toEqual([...ENTITY_KINDS].sort());
    expect(Object.keys(RELATION_TYPES).sort()).toEqual([...RELATION_TYPE_NAMES].sort());
  });

  it('includes the kinds the spec requires', () => {
    for (const k of [
      'Organization',
      'Person',
      'AIModel',
      'Robot',
      'Park',
      'Venue',
      'Place',
      'Event',
      'Award',
      'Policy',
      'Initiative',
      'Topic',
    ]) {
      expect(ENTITY_KINDS).toContain(k);
    }
  });

  it('words every relation type both ways in Chinese and English', () => {
    for (const def of Object.values(RELATION_TYPES)) {
      for (const t of [def.forwardZh, def.backwardZh, def.forwardEn, def.backwardEn]) {
        expect(t).toContain('{source}');
        expect(t).toContain('{target}');
      }
      expect(def.sourceKinds.length).toBeGreaterThan(0);
      expect(def.targetKinds.length).toBeGreaterThan(0);
    }
    expect(phrase(RELATION_TYPES.OPEN_SOURCED_BY.forwardZh, '青龙', '国地共建人形机器人创新中心')).toBe(
      '青龙 由 国地共建人形机器人创新中心 开源',
    );
    expect(phrase(RELATION_TYPES.OPEN_SOURCED_BY.forwardEn, 'Qinglong', 'the centre')).toBe(
      'Qinglong was open-sourced by the centre',
    );
    expect(RELATION_TYPES.CO_HELD_WITH.symmetric).toBe(true);
  });

  it('gives metrics subject kinds and qualifiers their markers', () => {
    expect(Object.keys(METRICS).length).toBeGreaterThan(40);
    for (const m of Object.values(METRICS)) expect(m.subjectKinds.length).toBeGreaterThan(0);
    expect(QUALIFIERS.MORE_THAN?.markers).toContain('余');
    expect(QUALIFIERS.SEVERAL_TENS?.vague).toBe(true);
  });

  it('rejects a vocabulary folder that disagrees with vocabulary.ts', () => {
    const r = loadVocabulary(projectPath('no-such-vocabulary'));
    expect(r.ok).toBe(false);
  });

  it('matches the GraphQL enums the schema defines', () => {
    const enums = schemaEnums();
    const expected: Record<string, readonly string[]> = {
      EntityKind: ENTITY_KINDS,
      OrganizationCategory: ORG_CATEGORIES,
      RelationType: RELATION_TYPE_NAMES,
      Modality: MODALITIES,
    };
    for (const [name, values] of Object.entries(expected)) {
      const actual = enums.get(name);
      // The schema is written alongside; an enum not defined yet is not compared.
      if (actual) expect([...actual].sort(), name).toEqual([...values].sort());
    }
  });
});
