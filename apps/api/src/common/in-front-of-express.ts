import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';

/** Answers a request, or calls passOn to leave it to the listeners behind (Express). */
export type FrontHandler = (req: IncomingMessage, res: ServerResponse, passOn: () => void) => void;

/**
 * Puts a handler in front of the server's request listeners (Express; Socket.IO wraps them all later), for the few
 * requests a join storm makes by the thousand, where Express's routing and middleware cost more than the answer.
 */
export function inFrontOfExpress(server: Server, handler: FrontHandler): void {
  const listeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) =>
    handler(req, res, () => listeners.forEach((listener) => listener.call(server, req, res))),
  );
}
