import { Inject, Injectable } from '@nestjs/common';
import { toBuffer, toString } from 'qrcode';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { joinUrl } from '../forums/join-url';

/** QR codes of a forum's join URL; medium error correction survives a projector's glare. */
@Injectable()
export class JoinQrService {
  constructor(@Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig) {}

  svg(joinCode: string): Promise<string> {
    return toString(joinUrl(this.config.publicUrl, joinCode), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  }

  png(joinCode: string): Promise<Buffer> {
    return toBuffer(joinUrl(this.config.publicUrl, joinCode), { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 640 });
  }
}
