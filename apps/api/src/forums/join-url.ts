import { webPaths } from '@mufakat/contracts';

/** The absolute link attendees open (and the QR code holds). */
export function joinUrl(publicUrl: string, joinCode: string): string {
  return `${publicUrl}${webPaths.join(joinCode)}`;
}
