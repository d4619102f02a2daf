import Redis, { type Command, type RedisOptions } from 'ioredis';

/**
 * A Redis client for the Socket.IO adapter. The adapter sends its commands and forgets them (`broadcast` calls
 * `publish` without awaiting or catching it, `close` unsubscribes the same way, and so does ioredis when it
 * resubscribes after a reconnection), so while Redis is away each failed command would be an unhandled rejection,
 * which ends the process. Here every command's failure is handed to `onFailure` instead; a caller that does await a
 * command still gets its rejection.
 */
export class RedisAdapterClient extends Redis {
  constructor(
    url: string,
    options: RedisOptions,
    private readonly onFailure: (command: string, error: Error) => void,
  ) {
    super(url, options);
  }

  override sendCommand(command: Command, stream?: Parameters<Redis['sendCommand']>[1]): unknown {
    const sent = super.sendCommand(command, stream);
    command.promise.catch((error: Error) => this.onFailure(command.name, error));
    return sent;
  }
}
