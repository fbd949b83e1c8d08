import { readdirSync, readFileSync } from 'node:fs';
import { projectPath } from '../paths.js';

/** The SDL contract: every schema/*.graphql file, in name order. */
export function loadTypeDefs(): string {
  const dir = projectPath('schema');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
    .join('\n');
}
