import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
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
