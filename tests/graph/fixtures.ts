/**
 * Small seed folders for validator tests: a valid base seed that each test breaks in one way.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

export type Entry = Record<string, unknown>;

export interface FixtureSeed {
  text: string;
  document: Entry;
  /** Graph files by path under graph/. */
  graph: Record<
    string,
    { document?: string; entities?: Entry[]; relations?: Entry[]; statistics?: Entry[]; citations?: Entry[] }
  >;
  /** Extra raw files by path under the seed folder (e.g. a broken YAML file). */
  raw?: Record<string, string>;
}

/**
 * The raw text has a line break inside 物流运输 (in reading order), a repeated phrase, and a declared scrape break
 * between 断点之前 and 断点之后.
 */
export const FIXTURE_TEXT =
  '测试标题\n\n甲公司在乙市举办丙大会。丙大会展览面积首次突破7万平方米,吸引800余家企业参展。\n' +
  '甲公司赋能物\n\n流运输。重复短语,重复短语。记者 戊\n断点之前\n\n断点之后。\n';

export function baseSeed(): FixtureSeed {
  return {
    text: FIXTURE_TEXT,
    document: {
      id: 'doc',
      title: '测试标题',
      publisher: 'jia',
      author: 'wu',
      language: 'zh-Hans-CN',
      publishedBefore: '2025-07-26',
      breaks: [{ after: '断点之前', before: '断点之后' }],
      citations: ['测试标题'],
    },
    graph: {
      'doc/entities.yaml': {
        document: 'doc',
        entities: [
          { id: 'jia', kind: 'Organization', category: 'MEDIA', name: '甲公司', citations: ['甲公司在乙市'] },
          { id: 'yi', kind: 'Place', subtype: 'CITY', name: '乙市', citations: ['在乙市举办'] },
          {
            id: 'bing',
            kind: 'Event',
            subtype: 'CONFERENCE_EDITION',
            name: '丙大会',
            venues: ['yi'],
            citations: ['举办丙大会'],
          },
          { id: 'wu', kind: 'Person', name: '戊', citations: ['记者 戊'] },
          { id: 'logistics', kind: 'Topic', name: '物流运输', citations: ['物流运输'] },
        ],
      },
      'doc/relations.yaml': {
        document: 'doc',
        relations: [
          { type: 'HELD_IN', source: 'bing', target: 'yi', citations: ['甲公司在乙市举办丙大会'] },
          { type: 'ORGANIZED_BY', source: 'bing', target: 'jia', citations: ['甲公司在乙市举办丙大会'] },
          { type: 'ENABLES', source: 'jia', target: 'logistics', citations: ['甲公司赋能物流运输'] },
        ],
        statistics: [
          {
            id: 'bing-area',
            subject: 'bing',
            metric: 'EXHIBITION_AREA',
            value: 70000,
            statedAs: '首次突破7万平方米',
            qualifier: 'FIRST_EXCEEDED',
            citations: ['展览面积首次突破7万平方米'],
          },
        ],
      },
    },
  };
}

/** Writes the seed to a fresh temp folder and returns its path. */
export function writeSeed(seed: FixtureSeed): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-seed-'));
  const put = (path: string, content: string) => {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  };
  put('documents/doc.txt', seed.text);
  put('documents/doc.yaml', stringify(seed.document));
  for (const [path, content] of Object.entries(seed.graph)) put(join('graph', path), stringify(content));
  for (const [path, content] of Object.entries(seed.raw ?? {})) put(path, content);
  return dir;
}

export function removeSeed(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
