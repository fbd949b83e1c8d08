#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { Client, DEFAULT_ENDPOINT } from './client.js';
import { exportGraph, FORMATS, type Format } from './commands/export.js';
import { figures, neighbors, path, search, show, summary } from './commands/lookup.js';
import { query } from './commands/query.js';
import { type Ctx, printJson } from './context.js';
import { CliError, ExitCode } from './errors.js';
import { label, table } from './format.js';
import type { EntityKind, Lang, RelationType } from './generated/graphql.js';
import { intIn, keyValue, kindList, typeList } from './options.js';
import { AmbiguousNameError } from './resolve.js';

// `kg search … | head` closes the pipe early: the reader has what it wanted, so that is no failure.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(ExitCode.OK);
  throw err;
});

interface GlobalOptions {
  endpoint: string;
  json?: boolean;
  timeout: number;
}

function context(cmd: Command): Ctx {
  const g = cmd.optsWithGlobals<GlobalOptions>();
  return {
    client: new Client(g.endpoint, g.timeout),
    json: g.json === true,
    interactive: process.stderr.isTTY === true,
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  };
}

/** Wraps an action so every failure ends as one line on stderr and the exit code the failure calls for. */
function run<A extends unknown[]>(action: (ctx: Ctx, ...args: A) => Promise<void>) {
  // Commander calls an action with the arguments, the options, then the command itself.
  return async (...args: [...A, Command]) => {
    const cmd = args[args.length - 1] as Command;
    let ctx: Ctx | null = null;
    try {
      ctx = context(cmd);
      await action(ctx, ...(args.slice(0, -1) as A));
    } catch (err) {
      if (err instanceof AmbiguousNameError && ctx) {
        if (ctx.json)
          printJson(ctx, { ambiguous: err.text, candidates: err.candidates.map((c) => c.entity) });
        else
          ctx.err(
            table(
              [{ header: 'id' }, { header: 'kind' }, { header: 'name', max: 50 }],
              err.candidates.map((c) => [c.entity.id, c.entity.kind, label(c.entity)]),
            ),
          );
      }
      if (err instanceof CliError) {
        process.stderr.write(`kg: ${err.message}\n`);
        process.exitCode = err.exitCode;
        return;
      }
      process.stderr.write(`kg: unexpected failure: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = ExitCode.SERVICE;
    }
  };
}

const program = new Command('kg')
  .description(
    'Ask the WAIC 2025 Shanghai AI knowledge graph questions and export it, through the service’s GraphQL API.\n' +
      'Entities can be given by id (waic-2025) or by name (模速空间, WAIC 2025); an ambiguous name lists candidates.\n' +
      'Exit codes: 0 success, 1 usage error or nothing found, 2 service unreachable or failing.',
  )
  .addOption(
    new Option('-e, --endpoint <url>', 'GraphQL endpoint of the service')
      .env('KG_ENDPOINT')
      .default(DEFAULT_ENDPOINT),
  )
  .option('--json', 'print machine-readable JSON on stdout instead of tables')
  .option(
    '--timeout <ms>',
    'give up on a request after this many milliseconds',
    intIn(100, 3_600_000),
    30_000,
  )
  .showHelpAfterError('(run `kg --help` or `kg <command> --help` for usage)')
  .exitOverride();

program
  .command('search')
  .description('find entities by Chinese or English name, alias or pinyin')
  .argument('<text...>', 'what to look for, 1 to 100 characters')
  .option('-k, --kind <kind>', 'only these kinds (repeatable or comma-separated, e.g. Park,Robot)', kindList)
  .option('-n, --limit <n>', 'how many hits, 1 to 100', intIn(1, 100), 10)
  .addHelpText(
    'after',
    '\nExamples:\n  kg search 模速空间\n  kg search qinglong --kind robot\n  kg search "shanghai ai" --json',
  )
  .action(
    run((ctx, text: string[], o: { kind?: EntityKind[]; limit: number }) => search(ctx, text.join(' '), o)),
  );

program
  .command('show')
  .description('one entity: its fields, relations, number of figures and citations')
  .argument('<entity>', 'id or name')
  .option('-r, --relations <n>', 'how many relations to list, 0 to 100', intIn(0, 100), 20)
  .addHelpText('after', '\nExamples:\n  kg show waic-2025\n  kg show 上海人工智能实验室 --json')
  .action(run((ctx, entity: string, o: { relations: number }) => show(ctx, entity, o)));

program
  .command('neighbors')
  .alias('neighbours')
  .description('the relations around an entity, breadth-first')
  .argument('<entity>', 'id or name')
  .option('-d, --depth <n>', 'hops from the entity, 1 to 3', intIn(1, 3), 1)
  .option('-t, --type <type>', 'only these relation types (repeatable or comma-separated)', typeList)
  .option('-l, --limit <n>', 'most entities returned, 1 to 1000', intIn(1, 1000), 200)
  .addHelpText(
    'after',
    '\nExamples:\n  kg neighbors waic-2025 --type ORGANIZED_BY\n  kg neighbors 模速空间 --depth 2',
  )
  .action(
    run((ctx, entity: string, o: { depth: number; type?: RelationType[]; limit: number }) =>
      neighbors(ctx, entity, o),
    ),
  );

program
  .command('path')
  .description('the shortest ways two entities are connected, explained in words')
  .argument('<from>', 'id or name')
  .argument('<to>', 'id or name')
  .option('-m, --max-hops <n>', 'longest path considered, 1 to 6 relations', intIn(1, 6), 4)
  .option('-n, --first <n>', 'how many paths, 1 to 10', intIn(1, 10), 3)
  .addOption(new Option('--lang <lang>', 'language of the explanations').choices(['zh', 'en']).default('zh'))
  .addHelpText(
    'after',
    '\nExamples:\n  kg path 青龙 waic-2025\n  kg path qinglong shanghai-ai-lab --max-hops 6 --lang en',
  )
  .action(
    run((ctx, from: string, to: string, o: { maxHops: number; first: number; lang: 'zh' | 'en' }) =>
      path(ctx, from, to, { ...o, lang: o.lang.toUpperCase() as Lang }),
    ),
  );

program
  .command('summary')
  .description('what the graph holds: entities per kind, relations per type, statistics, citations')
  .action(run((ctx) => summary(ctx)));

program
  .command('figures')
  .description('the statistics about an entity, with their period and the quote they come from')
  .argument('<entity>', 'id or name')
  .addHelpText('after', '\nExamples:\n  kg figures waic-2025\n  kg figures 模速空间 --json')
  .action(run((ctx, entity: string) => figures(ctx, entity)));

program
  .command('query')
  .description('run a saved GraphQL operation (see queries/) and print its data as JSON')
  .argument('<file>', 'a .graphql file')
  .option(
    '--var <name=value>',
    'a variable, typed from the operation (repeatable; lists comma-separated)',
    keyValue,
  )
  .option('--vars <file.json>', 'variables from a JSON object file (--var overrides)')
  .option('--operation <name>', 'which operation, when the file holds several')
  .addHelpText(
    'after',
    '\nExamples:\n  kg query queries/waic-2025-organizers.graphql\n  kg query queries/how-connected.graphql --var from=qinglong --var to=waic-2025 --var maxHops=5',
  )
  .action(
    run((ctx, file: string, o: { var?: [string, string][]; vars?: string; operation?: string }) =>
      query(ctx, file, o),
    ),
  );

program
  .command('export')
  .description('write the whole graph to a file (or a folder, for csv), paging through the API')
  .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).makeOptionMandatory())
  .requiredOption('-o, --out <path>', 'file to write (a folder for csv)')
  .option('--page-size <n>', 'items per API request, 1 to 100', intIn(1, 100), 100)
  .option('--no-bom', 'csv: no UTF-8 byte-order mark (Excel needs it to read Chinese)')
  .option('--no-progress', 'no progress bar')
  .addHelpText(
    'after',
    [
      '',
      'Formats:',
      '  graphml  one file Gephi and yEd open: node attributes kind, name, nameEn, …; edge attribute type',
      '  csv      a folder: nodes, relations, statistics, citations, citation-links, documents (.csv)',
      '  json     one document with every section; facts list their citation ids',
      '  jsonld   JSON-LD with an inline @context (schema.org + urn:waic-kg:vocab:)',
      '  cypher   a script that recreates the graph in an EMPTY Neo4j: cypher-shell -f graph.cypher',
      '',
      'Examples:',
      '  kg export --format graphml --out waic.graphml',
      '  kg export --format csv --out waic-csv/',
    ].join('\n'),
  )
  .action(
    run((ctx, o: { format: Format; out: string; pageSize: number; bom: boolean; progress: boolean }) =>
      exportGraph(ctx, o),
    ),
  );

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // Help and version end with code 0; every parse error (unknown option, missing argument, bad value) with 1.
    process.exitCode = err.exitCode === 0 ? ExitCode.OK : ExitCode.USER;
  } else {
    process.stderr.write(`kg: unexpected failure: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = ExitCode.SERVICE;
  }
}
