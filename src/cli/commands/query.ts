import { readFile } from 'node:fs/promises';
import {
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  parse,
  type TypeNode,
  type VariableDefinitionNode,
} from 'graphql';
import { errorFor } from '../client.js';
import { type Ctx, printJson } from '../context.js';
import { NoResultError, UsageError } from '../errors.js';

export interface QueryOptions {
  var?: [string, string][];
  vars?: string;
  operation?: string;
}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const reason = err instanceof Error && 'code' in err ? String(err.code) : 'unreadable';
    throw new UsageError(`cannot read ${what} ${file} (${reason}): check the path`);
  }
}

function pickOperation(ops: OperationDefinitionNode[], file: string, name?: string): OperationDefinitionNode {
  const names = ops.map((o) => o.name?.value ?? '(anonymous)');
  if (name) {
    const op = ops.find((o) => o.name?.value === name);
    if (!op) throw new UsageError(`${file} has no operation ${name}; it has: ${names.join(', ')}`);
    return op;
  }
  const [only, ...rest] = ops;
  if (!only)
    throw new UsageError(
      `${file} holds no operation: write a query, e.g. \`query { graphStats { entities } }\``,
    );
  if (rest.length)
    throw new UsageError(
      `${file} holds ${ops.length} operations: pick one with --operation (${names.join(', ')})`,
    );
  return only;
}

/** The named type under list and non-null wrappers, and whether a list wraps it. */
function unwrap(t: TypeNode): { name: string; list: boolean } {
  if (t.kind === Kind.NON_NULL_TYPE) return unwrap(t.type);
  if (t.kind === Kind.LIST_TYPE) return { name: unwrap(t.type).name, list: true };
  return { name: t.name.value, list: false };
}

function scalar(typeName: string, raw: string, variable: string): unknown {
  const bad = (what: string) => new UsageError(`--var ${variable}=${raw}: ${what}`);
  switch (typeName) {
    case 'Int': {
      if (!/^-?\d+$/.test(raw.trim())) throw bad('expected an integer');
      return Number(raw);
    }
    case 'Float': {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) throw bad('expected a number');
      return n;
    }
    case 'Boolean': {
      if (raw !== 'true' && raw !== 'false') throw bad('expected true or false');
      return raw === 'true';
    }
    case 'String':
    case 'ID':
      return raw;
    default:
      // Enums are plain names; input objects need structure, which only JSON gives on a command line.
      if (/^\s*[[{]/.test(raw)) {
        try {
          return JSON.parse(raw);
        } catch {
          throw bad('not valid JSON');
        }
      }
      return raw;
  }
}

/**
 * `--var` values arrive as text; the operation's own variable definitions say what each must be, so
 * `--var maxHops=5` is sent as the number 5 and `--var kinds=Park,Robot` as a list.
 */
function coerce(def: VariableDefinitionNode, raw: string): unknown {
  const variable = def.variable.name.value;
  const { name, list } = unwrap(def.type);
  if (!list) return scalar(name, raw, variable);
  if (raw.trim().startsWith('[')) {
    try {
      return JSON.parse(raw);
    } catch {
      throw new UsageError(`--var ${variable}=${raw}: not a valid JSON list`);
    }
  }
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => scalar(name, s, variable));
}

export async function buildVariables(
  op: OperationDefinitionNode,
  o: QueryOptions,
): Promise<Record<string, unknown>> {
  const defs = new Map((op.variableDefinitions ?? []).map((d) => [d.variable.name.value, d]));
  const known = () => (defs.size ? [...defs.keys()].join(', ') : 'none');
  let variables: Record<string, unknown> = {};
  if (o.vars) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readText(o.vars, 'variables file'));
    } catch (err) {
      if (err instanceof UsageError) throw err;
      throw new UsageError(`${o.vars} is not valid JSON: write an object such as {"from": "qinglong"}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new UsageError(`${o.vars} must hold a JSON object of variables, e.g. {"from": "qinglong"}`);
    }
    variables = { ...(parsed as Record<string, unknown>) };
  }
  for (const [name, raw] of o.var ?? []) {
    const def = defs.get(name);
    if (!def) throw new UsageError(`the operation has no variable $${name}; its variables: ${known()}`);
    variables[name] = coerce(def, raw);
  }
  const missing = [...defs.values()]
    .filter(
      (d) =>
        d.type.kind === Kind.NON_NULL_TYPE &&
        !d.defaultValue &&
        variables[d.variable.name.value] === undefined,
    )
    .map((d) => d.variable.name.value);
  if (missing.length) {
    throw new UsageError(`the operation needs ${missing.map((m) => `--var ${m}=…`).join(' ')}`);
  }
  return variables;
}

function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object' && 'edges' in v && Array.isArray(v.edges)) return v.edges.length === 0;
  return false;
}

export async function query(ctx: Ctx, file: string, o: QueryOptions): Promise<void> {
  const text = await readText(file, 'query file');
  let ops: OperationDefinitionNode[];
  try {
    ops = parse(text).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
  } catch (err) {
    const where =
      err instanceof GraphQLError && err.locations?.[0]
        ? `:${err.locations[0].line}:${err.locations[0].column}`
        : '';
    throw new UsageError(`${file}${where}: ${err instanceof GraphQLError ? err.message : String(err)}`);
  }
  const op = pickOperation(ops, file, o.operation);
  const variables = await buildVariables(op, o);
  const { status, body } = await ctx.client.raw(text, variables, op.name?.value);
  if (body.data) printJson(ctx, body.data);
  if (body.errors?.length) throw errorFor(ctx.client.endpoint, body.errors, status);
  const values = Object.values(body.data ?? {});
  if (values.length && values.every(isEmpty))
    throw new NoResultError(`${file} found nothing for these variables`);
}
