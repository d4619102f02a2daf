import { webPaths, type DocumentFormat } from '@mufakat/contracts';
import { join } from 'node:path';

/** Where a version's files live under the documents folder, relative paths kept out of the database. */
export function documentFilePath(documentsDir: string, forumId: string, version: number, format: DocumentFormat): string {
  return join(documentsDir, forumId, `berita-acara-v${version}.${format}`);
}

export function photoFilePath(documentsDir: string, relativePath: string): string {
  return join(documentsDir, relativePath);
}

/** The public page of a version with this code, under the app's public address. */
export function publicVersionUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${webPaths.publicVersion(code)}`;
}
