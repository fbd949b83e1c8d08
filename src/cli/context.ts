import type { Client } from './client.js';

/** What every command gets: the client and where its output goes. */
export interface Ctx {
  client: Client;
  /** Machine-readable JSON on stdout instead of tables. */
  json: boolean;
  /** Whether stderr is a terminal: progress bars only make sense there. */
  interactive: boolean;
  out(text: string): void;
  err(text: string): void;
}

export function printJson(ctx: Ctx, value: unknown): void {
  ctx.out(JSON.stringify(value, null, 2));
}
