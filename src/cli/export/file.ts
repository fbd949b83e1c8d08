import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';

/**
 * A file written through a stream that honours backpressure, under a `.partial` name until it is complete:
 * a failed or interrupted export never leaves a file that looks whole.
 */
export class OutFile {
  private readonly stream: WriteStream;
  private failure: Error | null = null;
  bytes = 0;

  constructor(readonly path: string) {
    this.stream = createWriteStream(`${path}.partial`, { encoding: 'utf8' });
    this.stream.on('error', (err) => {
      this.failure = err;
    });
  }

  async write(chunk: string): Promise<void> {
    if (this.failure) throw this.failure;
    this.bytes += Buffer.byteLength(chunk);
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async commit(): Promise<void> {
    if (this.failure) throw this.failure;
    this.stream.end();
    await finished(this.stream);
    await rename(`${this.path}.partial`, this.path);
  }

  async discard(): Promise<void> {
    // The file is opened asynchronously: removing it before the stream has closed could race its creation.
    if (!this.stream.closed) {
      const closed = once(this.stream, 'close').catch(() => {});
      this.stream.destroy();
      await closed;
    }
    await rm(`${this.path}.partial`, { force: true });
  }
}
