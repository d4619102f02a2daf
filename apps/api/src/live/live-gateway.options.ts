import type { GatewayMetadata } from '@nestjs/websockets';

/** Socket payloads are small; anything bigger is refused by Socket.IO before parsing. */
export const MAX_SOCKET_PAYLOAD_BYTES = 16 * 1024;

/** Every feature gateway shares the one Socket.IO server; these options configure it. */
export const LIVE_GATEWAY_OPTIONS: GatewayMetadata = {
  maxHttpBufferSize: MAX_SOCKET_PAYLOAD_BYTES,
  perMessageDeflate: false,
  serveClient: false,
};
