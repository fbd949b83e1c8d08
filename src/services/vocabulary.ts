import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { projectPath } from '../paths.js';
import type { PathModel } from './explore.js';

export interface RelationTypeModel {
  type: string;
  description: string;
  symmetric: boolean;
  sourceKinds: string[];
  targetKinds: string[];
  forwardZh: string;
  backwardZh: string;
  forwardEn: string;
  backwardEn: string;
}

/** A relation type with how many relations of it the graph holds. */
export interface RelationTypeInfoModel extends RelationTypeModel {
  count: number;
}

export interface MetricModel {
  name: string;
  description: string;
  unit: string | null;
}

/** The vocabularies as the API serves them, and the wording of relations and paths built from them. */
export class Vocabulary {
  readonly relationTypes: RelationTypeModel[];
  readonly relationTypeNames: readonly string[];
  readonly metrics: MetricModel[];
  private readonly byType: Map<string, RelationTypeModel>;

  constructor(dir = projectPath('seed/vocabulary')) {
    const types = parse(readFileSync(`${dir}/relation-types.yaml`, 'utf8')).types as Record<
      string,
      Omit<RelationTypeModel, 'type' | 'sourceKinds' | 'targetKinds'> & {
        allowed: { source: string[]; target: string[] }[];
      }
    >;
    this.relationTypes = Object.entries(types).map(([type, t]) => ({
      type,
      description: t.description.trim(),
      symmetric: t.symmetric === true,
      sourceKinds: [...new Set(t.allowed.flatMap((a) => a.source))],
      targetKinds: [...new Set(t.allowed.flatMap((a) => a.target))],
      forwardZh: t.forwardZh,
      backwardZh: t.backwardZh,
      forwardEn: t.forwardEn,
      backwardEn: t.backwardEn,
    }));
    this.relationTypeNames = this.relationTypes.map((t) => t.type);
    this.byType = new Map(this.relationTypes.map((t) => [t.type, t]));
    const metrics = parse(readFileSync(`${dir}/metrics.yaml`, 'utf8')).metrics as Record<
      string,
      { description: string; unit?: string }
    >;
    this.metrics = Object.entries(metrics).map(([name, m]) => ({
      name,
      description: m.description.trim(),
      unit: m.unit ?? null,
    }));
  }

  /**
   * One relation in words. `forward` is true when read from its source: "青龙 由 X 开源"; false reads the same
   * fact from its target: "X 开源了 青龙".
   */
  word(type: string, forward: boolean, lang: 'ZH' | 'EN', sourceName: string, targetName: string): string {
    const t = this.byType.get(type);
    if (!t) return `${sourceName} ${type} ${targetName}`;
    const template =
      lang === 'EN' ? (forward ? t.forwardEn : t.backwardEn) : forward ? t.forwardZh : t.backwardZh;
    return template.replaceAll('{source}', sourceName).replaceAll('{target}', targetName);
  }

  /** A path in words, each step worded in the direction walked. */
  explainPath(p: PathModel, lang: 'ZH' | 'EN'): string {
    const name = (i: number) => {
      const n = p.nodes[i];
      return (lang === 'EN' ? (n?.nameEn ?? n?.name) : n?.name) ?? '?';
    };
    const steps = p.relations.map((r, i) => {
      const from = p.nodes[i];
      const forward = r.sourceId === from?.id;
      // The template names source and target; walking backwards the target is where we stand.
      return forward
        ? this.word(r.type, true, lang, name(i), name(i + 1))
        : this.word(r.type, false, lang, name(i + 1), name(i));
    });
    return steps.join(lang === 'EN' ? '; ' : '；');
  }
}

/**
 * The `$types` / `$allTypes` parameters of a statement filtered by relation type. When `types` (null: none given)
 * names every one of `all`, statements skip the type test and count from degrees, and every use of `$types` is
 * behind `$allTypes`: the list goes empty, since all 27 names would only make the message longer than one of
 * neo4j-driver's 1,400-byte socket writes.
 */
export function typeFilter(
  all: readonly string[],
  types: readonly string[] | null,
): { types: readonly string[]; allTypes: boolean } {
  if (types === null || types === all) return { types: [], allTypes: true };
  const given = new Set(types);
  const allTypes = all.every((t) => given.has(t));
  return { types: allTypes ? [] : types, allTypes };
}
