import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

const sslRequestCode = 80877103;
const cancelRequestCode = 80877102;
const protocolVersion3 = 196608;

/** The port number only names the socket file: clients connect to `<socketDir>/.s.PGSQL.5432`. */
export const bridgePort = 5432;

/** A short folder for the socket of one data folder (unix socket paths are limited to ~100 bytes). */
export function socketDirFor(dataDir: string): string {
  const hash = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);
  return path.join(tmpdir(), `benchboard-${hash}`);
}

function simpleQuery(text: string): Uint8Array {
  const body = Buffer.from(`${text}\0`, 'utf8');
  const message = Buffer.alloc(5 + body.length);
  message.write('Q', 0, 'ascii');
  message.writeInt32BE(4 + body.length, 1);
  body.copy(message, 5);
  return message;
}

/**
 * One client connection. From its first message until PostgreSQL is idle again (a Sync or Query
 * answered outside any transaction) it holds PGlite's transaction lock, so a client's transaction,
 * or one extended-protocol batch, never interleaves with another client's or with the app's own queries.
 */
class BridgeConnection {
  private buffer = Buffer.alloc(0);
  private queue: Promise<void> = Promise.resolve();
  private releaseLock: (() => void) | undefined;
  private started = false;
  private closed = false;

  constructor(
    private readonly db: PGlite,
    private readonly socket: Socket,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.queue = this.queue.then(() => this.drain()).catch((error: unknown) => this.fail(error));
    });
    socket.on('close', () => void (this.queue = this.queue.then(() => this.end())));
    socket.on('error', () => socket.destroy());
  }

  private async drain(): Promise<void> {
    while (!this.closed) {
      if (!this.started) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        const code = this.buffer.readInt32BE(4);
        if (this.buffer.length < length) return;
        const message = this.take(length);
        if (code === sslRequestCode) this.socket.write('N');
        else if (code === cancelRequestCode) this.socket.end(); // nothing to cancel: one statement runs at a time
        else if (code === protocolVersion3) {
          this.started = true;
          await this.run(message);
          if (!this.db.isInTransaction()) this.unlock();
        } else throw new Error(`unsupported startup code ${code}`);
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = 1 + this.buffer.readInt32BE(1);
      if (this.buffer.length < length) return;
      const type = String.fromCharCode(this.buffer[0]!);
      const message = this.take(length);
      if (type === 'X') {
        this.socket.end();
        return;
      }
      await this.run(message);
      if ((type === 'S' || type === 'Q') && !this.db.isInTransaction()) this.unlock();
    }
  }

  private take(length: number): Uint8Array {
    const message = new Uint8Array(this.buffer.subarray(0, length));
    this.buffer = this.buffer.subarray(length);
    return message;
  }

  private async run(message: Uint8Array): Promise<void> {
    await this.lock();
    await this.db.execProtocolRawStream(message, {
      onRawData: (data) => {
        if (!this.socket.destroyed) this.socket.write(Buffer.from(data));
      },
    });
  }

  private lock(): Promise<void> {
    if (this.releaseLock) return Promise.resolve();
    return new Promise((locked) => {
      void this.db._runExclusiveTransaction(
        () =>
          new Promise<void>((release) => {
            this.releaseLock = release;
            locked();
          }),
      );
    });
  }

  private unlock(): void {
    const release = this.releaseLock;
    this.releaseLock = undefined;
    release?.();
  }

  /**
   * A client gone mid-transaction (killed, say) leaves nothing behind: its transaction is rolled back.
   * Its prepared statements go too, since every client shares PGlite's one session.
   */
  private async end(): Promise<void> {
    if (this.closed || !this.started) return;
    this.closed = true;
    await this.lock();
    try {
      if (this.db.isInTransaction()) await this.db.execProtocolRaw(simpleQuery('ROLLBACK'));
      await this.db.execProtocolRaw(simpleQuery('DEALLOCATE ALL'));
    } finally {
      this.unlock();
    }
  }

  private fail(error: unknown): void {
    console.error('database socket:', error instanceof Error ? error.message : error);
    this.socket.destroy();
  }
}

export interface SocketBridge {
  socketDir: string;
  close: () => Promise<void>;
}

/** Lets other processes reach this process's PGlite over the PostgreSQL wire protocol on a unix socket. */
export async function serveOverSocket(db: PGlite, dataDir: string): Promise<SocketBridge> {
  await db.waitReady;
  const socketDir = socketDirFor(dataDir);
  mkdirSync(socketDir, { recursive: true, mode: 0o700 });
  const socketPath = path.join(socketDir, `.s.PGSQL.${bridgePort}`);
  // Only we own the folder (the caller holds its lock), so a socket file here is left from a killed run.
  rmSync(socketPath, { force: true });
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    new BridgeConnection(db, socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  return {
    socketDir,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.end();
        server.close(() => {
          rmSync(socketDir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}
