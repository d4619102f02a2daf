import { ParseUUIDPipe } from '@nestjs/common';

/** Route ids are v4 UUIDs; anything else is a 400 before a query is made. */
export const uuidParam = new ParseUUIDPipe({ version: '4' });
