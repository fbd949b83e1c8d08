import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import cliProgress from 'cli-progress';
import { type Ctx, printJson } from '../context.js';
import { UsageError } from '../errors.js';
import { CsvSink } from '../export/csv.js';
import { CypherSink } from '../export/cypher.js';
import { GraphmlSink } from '../export/graphml.js';
import { JsonSink } from '../export/json.js';
import { JsonLdSink } from '../export/jsonld.js';
import { type ExportProgress, runExport } from '../export/run.js';
import type { Sink } from '../export/sink.js';

export const FORMATS = ['graphml', 'csv', 'json', 'jsonld', 'cypher'] as const;
export type Format = (typeof FORMATS)[number];

export interface ExportOptions {
  format: Format;
  out: string;
  pageSize: number;
  bom: boolean;
  progress: boolean;
}

function sinkFor(o: ExportOptions): Sink {
  switch (o.format) {
    case 'graphml':
      return new GraphmlSink(o.out);
    case 'csv':
      return new CsvSink(o.out, o.bom);
    case 'json':
      return new JsonSink(o.out);
    case 'jsonld':
      return new JsonLdSink(o.out);
    case 'cypher':
      return new CypherSink(o.out);
  }
}

/** Checks the target before any request, so a typo in --out fails at once, not after a long export. */
async function checkTarget(o: ExportOptions): Promise<void> {
  const existing = await stat(o.out).catch(() => null);
  if (o.format === 'csv') {
    if (existing && !existing.isDirectory()) {
      throw new UsageError(
        `--out ${o.out} is a file; CSV export writes a folder of files: give a folder path`,
      );
    }
    return;
  }
  if (existing?.isDirectory()) {
    throw new UsageError(`--out ${o.out} is a folder; ${o.format} export writes one file: give a file path`);
  }
  const parent = await stat(dirname(o.out)).catch(() => null);
  if (!parent?.isDirectory())
    throw new UsageError(`the folder of --out ${o.out} does not exist: create it first`);
}

/** A bar on stderr, only on a terminal: piped or scripted runs get the one summary line instead. */
function progressBar(): ExportProgress {
  const bar = new cliProgress.SingleBar(
    {
      format: 'exporting {section} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total, first) => bar.start(Math.max(total, 1), 0, { section: first }),
    advance: (section, by) => bar.increment(by, { section }),
    stop: () => bar.stop(),
  };
}

export async function exportGraph(ctx: Ctx, o: ExportOptions): Promise<void> {
  await checkTarget(o);
  const sink = sinkFor(o);
  const onSigint = () => {
    void sink.discard().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSigint);
  try {
    const r = await runExport(ctx.client, sink, {
      pageSize: o.pageSize,
      ...(o.progress && ctx.interactive && !ctx.json ? { progress: progressBar() } : {}),
    });
    if (ctx.json) {
      printJson(ctx, { format: o.format, files: r.files, counts: r.counts, pages: r.pages, ms: r.ms });
      return;
    }
    const c = r.counts;
    const what =
      o.format === 'graphml'
        ? `${c.entities} entities, ${c.relations} relations`
        : `${c.entities} entities, ${c.relations} relations, ${c.statistics} statistics, ${c.citations} citations, ${c.documents} document(s)`;
    ctx.out(
      `exported ${what} as ${o.format} to ${r.files.join(', ')} in ${(r.ms / 1000).toFixed(1)} s (${r.pages} pages)`,
    );
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}
