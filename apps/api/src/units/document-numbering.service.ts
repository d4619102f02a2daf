import { Inject, Injectable } from '@nestjs/common';
import { formatDocumentNumber } from '@mufakat/contracts';
import type { DocumentNumber } from '@mufakat/persistence';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { UnitsRepository } from './units.repository';

/** Gives a forum's Berita Acara its number: drawn once from the unit's yearly counter, the same one ever after. */
@Injectable()
export class DocumentNumbering {
  constructor(
    @Inject(UnitsRepository) private readonly units: UnitsRepository,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  /**
   * In the caller's transaction, which must hold the forum's lock: the forum's number, drawn now if it has none.
   * Numbered by the year and month of issue in the documents' time zone, as an agenda book is.
   */
  async numberFor(manager: EntityManager, forumId: string, userId: string, now = new Date()): Promise<{ number: DocumentNumber; drawn: boolean }> {
    const existing = await this.units.numberOf(manager, forumId);
    if (existing) return { number: existing, drawn: false };
    const forum = await this.units.forum(forumId, manager);
    const unit = forum?.unitId ? await this.units.find(forum.unitId, manager) : null;
    if (!unit?.numberPattern) throw new DomainError('INVALID_STATE', 'Set the unit and its number pattern in the Berita Acara settings first');
    const { year, month } = yearAndMonth(now, this.config.documents.timeZone);
    const sequence = await this.units.drawNumber(manager, unit.id, year);
    const number = formatDocumentNumber(unit.numberPattern, { n: sequence, unitCode: unit.code, year, month });
    return { number: await this.units.insertNumber(manager, { forumId, unitId: unit.id, year, sequence, number, assignedBy: userId }), drawn: true };
  }
}

function yearAndMonth(date: Date, timeZone: string): { year: number; month: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'numeric' }).formatToParts(date).map((p) => [p.type, p.value]),
  );
  return { year: Number(parts.year), month: Number(parts.month) };
}
