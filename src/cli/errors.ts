/**
 * The exit codes scripts can branch on: 1 means the user can fix it (usage, nothing found), 2 means the service
 * failed and retrying or starting it is the fix.
 */
export const ExitCode = { OK: 0, USER: 1, SERVICE: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An error whose message is the one line printed to stderr; it should say what to do next. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}

export class UsageError extends CliError {
  override name = 'UsageError';
  constructor(message: string) {
    super(message, ExitCode.USER);
  }
}

export class NoResultError extends CliError {
  override name = 'NoResultError';
  constructor(message: string) {
    super(message, ExitCode.USER);
  }
}

export class ServiceError extends CliError {
  override name = 'ServiceError';
  constructor(message: string) {
    super(message, ExitCode.SERVICE);
  }
}
