import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { SERVICE_NODE_FLAGS } from '../../src/heap.js';
import { projectPath } from '../../src/paths.js';

const run = promisify(execFile);

async function peakHeapMb(percent: string): Promise<number> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', projectPath('tests/config/heap-churn.ts')],
    { cwd: projectPath('.'), env: { ...process.env, HEAP_GROWING_PERCENT: percent } },
  );
  return (JSON.parse(stdout) as { peakMb: number }).peakMb;
}

describe('HEAP_GROWING_PERCENT', () => {
  it('defaults to 100 and rejects values outside 0–300, naming the variable', () => {
    expect(loadConfig({}).heapGrowingPercent).toBe(100);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: '301' })).toThrow(/HEAP_GROWING_PERCENT.*300/);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: '-1' })).toThrow(/HEAP_GROWING_PERCENT/);
  });

  // The flag is set after V8 has started; if a Node upgrade froze V8's flags, this is where it would show.
  it('keeps promoted garbage well below what V8 alone lets pile up', async () => {
    const v8Default = await peakHeapMb('0');
    const limited = await peakHeapMb('100');
    expect(limited).toBeLessThan(v8Default * 0.7);
  });
});

// V8 sizes the young generation at start-up, so the flag lives in every command that starts the service.
describe('SERVICE_NODE_FLAGS', () => {
  const read = (path: string) => readFileSync(projectPath(path), 'utf8');
  const flags = SERVICE_NODE_FLAGS.join(' ');

  it('are what npm start, the Dockerfile and the CI smoke run start the service with', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toContain(`node ${flags} dist/src/main.js`);
    const cmd = /^CMD (.+)$/m.exec(read('Dockerfile'))?.[1] ?? '';
    expect(JSON.parse(cmd)).toEqual(['node', ...SERVICE_NODE_FLAGS, 'dist/src/main.js']);
    expect(read('.ci/run')).toContain(`node ${flags} dist/src/main.js`);
  });

  it('are accepted by this Node', async () => {
    const { stdout } = await run(process.execPath, [...SERVICE_NODE_FLAGS, '-p', '1']);
    expect(stdout.trim()).toBe('1');
  });
});
