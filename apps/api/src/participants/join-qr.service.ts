import { Inject, Injectable } from '@nestjs/common';
import { webPaths } from '@mufakat/contracts';
import { toBuffer, toString } from 'qrcode';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';

/** QR codes of a forum's join URL; medium error correction survives a projector's glare. */
@Injectable()
export class JoinQrService {
  constructor(@Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig) {}

  joinUrl(joinCode: string): string {
    return `${this.config.publicUrl}${webPaths.join(joinCode)}`;
  }

  svg(joinCode: string): Promise<string> {
    return toString(this.joinUrl(joinCode), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  }

  png(joinCode: string): Promise<Buffer> {
    return toBuffer(this.joinUrl(joinCode), { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 640 });
  }
}
