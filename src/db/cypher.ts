import { readFileSync } from 'node:fs';
import { projectPath } from '../paths.js';

/** A Cypher statement from cypher/<name>.cypher; the name travels with it into logs and errors. */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

const cache = new Map<string, Statement>();

/** Every statement the service runs lives in cypher/; user text only ever reaches it as a parameter. */
export function cypher(name: string): Statement {
  let stmt = cache.get(name);
  if (!stmt) {
    const text = readFileSync(projectPath('cypher', `${name}.cypher`), 'utf8').trim();
    stmt = { name, text };
    cache.set(name, stmt);
  }
  return stmt;
}

/** Splits a file of `;`-terminated statements (schema files); comments are `//` lines. */
export function cypherScript(name: string): Statement[] {
  const { text } = cypher(name);
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) =>
      s
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((s) => s.length > 0)
    .map((s, i) => ({ name: `${name}#${i + 1}`, text: s }));
}
