import { readFileSync } from 'node:fs';
import { projectPath } from '../paths.js';

/** A Cypher statement from cypher/<name>.cypher; the name travels with it into logs and errors. */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

const cache = new Map<string, Statement>();

/**
 * The statement as sent: comments dropped and each run of whitespace folded to one space, or to one newline where
 * it held one, outside string literals and backticked names.
 *
 * The files explain themselves at length, and every run sends the text. neo4j-driver packs a message into
 * 1,400-byte buffers and writes each one to the socket as it fills, so the 4 kB neighbourhood statement cost three
 * socket writes a request and the 10 kB hub page seven.
 */
export function compactCypher(src: string): string {
  let out = '';
  let gap: '' | ' ' | '\n' = '';
  let i = 0;
  while (i < src.length) {
    const c = src.charAt(i);
    const next = src.charAt(i + 1);
    if (c === '/' && next === '/') {
      const end = src.indexOf('\n', i);
      i = end < 0 ? src.length : end;
    } else if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
      gap ||= ' ';
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      gap = c === '\n' ? '\n' : gap || ' ';
      i++;
    } else {
      if (gap && out) out += gap;
      gap = '';
      let end = i + 1;
      if (c === "'" || c === '"' || c === '`') {
        // Backslash escapes in strings; a backtick inside a name is doubled, which reads as two names here.
        while (end < src.length && src.charAt(end) !== c)
          end += src.charAt(end) === '\\' && c !== '`' ? 2 : 1;
        end++;
      }
      out += src.slice(i, end);
      i = end;
    }
  }
  return out;
}

/** Every statement the service runs lives in cypher/; user text only ever reaches it as a parameter. */
export function cypher(name: string): Statement {
  let stmt = cache.get(name);
  if (!stmt) {
    const text = compactCypher(readFileSync(projectPath('cypher', `${name}.cypher`), 'utf8'));
    stmt = { name, text };
    cache.set(name, stmt);
  }
  return stmt;
}

/** Splits a file of `;`-terminated statements (schema files). */
export function cypherScript(name: string): Statement[] {
  const { text } = cypher(name);
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s, i) => ({ name: `${name}#${i + 1}`, text: s }));
}
