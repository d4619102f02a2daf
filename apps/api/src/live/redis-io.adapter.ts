import { Logger, type INestApplicationContext } from '@nestjs/common';
import { LeanIoAdapter } from './lean-io.adapter';
import { RedisAdapterClient } from './redis-adapter-client';
import { createAdapter } from '@socket.io/redis-adapter';
import type { RedisOptions } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';

/**
 * Hosted mode: broadcasts travel through Redis so every api replica reaches its own sockets. While Redis is away a
 * replica keeps serving: the adapter still delivers each broadcast to this replica's sockets (it publishes and then
 * broadcasts locally), what the other replicas miss they learn from the gap in sequence numbers when Redis is back,
 * and both clients reconnect by themselves (ioredis's default `retryStrategy`: forever, at most 2 s apart).
 */
export class RedisIoAdapter extends LeanIoAdapter {
  private readonly logger = new Logger(RedisIoAdapter.name);
  private pub: RedisAdapterClient | null = null;
  private sub: RedisAdapterClient | null = null;
  /** Broadcasts the other replicas did not get since the link was lost; reported when it is back. */
  private unpublished = 0;

  constructor(
    app: INestApplicationContext,
    private readonly redisUrl: string,
  ) {
    super(app);
  }

  async connect(): Promise<void> {
    // Published now or never: queued while Redis is away, broadcasts would pile up in memory and reach the other
    // replicas late, after the newer changes their clients synced meanwhile.
    this.pub = this.client('publisher', { enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    // Subscribing waits for the connection; after each reconnection ioredis subscribes again by itself.
    this.sub = this.client('subscriber', { maxRetriesPerRequest: null });
    await Promise.all([this.pub.connect(), this.sub.connect()]);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    if (this.pub && this.sub) server.adapter(createAdapter(this.pub, this.sub));
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    this.pub?.disconnect();
    this.sub?.disconnect();
  }

  private client(role: 'publisher' | 'subscriber', options: RedisOptions): RedisAdapterClient {
    const client = new RedisAdapterClient(this.redisUrl, { ...options, lazyConnect: true }, (command) => {
      if (command === 'publish') this.unpublished += 1;
    });
    let lost = false;
    const linkLost = (reason: string) => {
      if (lost || client.status === 'end') return;
      lost = true;
      this.logger.warn(`Redis ${role} link lost (${reason}): broadcasts reach this replica's sockets only until it is back`);
    };
    // Every failed reconnection is an 'error'; without a listener ioredis prints each one. One line when the link is
    // lost, one when it is back.
    client.on('error', (error: Error) => linkLost(error.message));
    client.on('reconnecting', () => linkLost('connection closed'));
    client.on('ready', () => {
      if (!lost) return;
      lost = false;
      const missed = role === 'publisher' && this.unpublished > 0 ? `; ${this.unpublished} broadcast(s) did not reach the other replicas` : '';
      if (role === 'publisher') this.unpublished = 0;
      this.logger.log(`Redis ${role} link back${missed}`);
    });
    return client;
  }
}
