import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DocumentNumber, Forum, Unit } from '@mufakat/persistence';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';

export type UnitValues = Omit<Unit, 'id' | 'createdAt' | 'updatedAt' | 'creator' | 'organisation' | 'logoPath' | 'logoMime'>;

/** Every query on units, their number counters and the numbers forums were issued under. */
@Injectable()
export class UnitsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  forum(forumId: string, manager: EntityManager = this.db.manager): Promise<Forum | null> {
    return manager.findOneBy(Forum, { id: forumId });
  }

  find(unitId: string, manager: EntityManager = this.db.manager): Promise<Unit | null> {
    return manager.findOneBy(Unit, { id: unitId });
  }

  /** The unit of the organiser's most recently created forum that has one: the next forum's defaults. */
  async lastUsedBy(userId: string, manager: EntityManager = this.db.manager): Promise<Unit | null> {
    const forum = await manager.findOne(Forum, { where: { createdBy: userId, unitId: Not(IsNull()) }, order: { createdAt: 'DESC' } });
    return forum?.unitId ? this.find(forum.unitId, manager) : null;
  }

  /** The organiser's unit with this name and code, the most recently changed if there are several. */
  ownNamed(userId: string, name: string, code: string, manager: EntityManager = this.db.manager): Promise<Unit | null> {
    return manager.findOne(Unit, { where: { createdBy: userId, name, code }, order: { updatedAt: 'DESC' } });
  }

  async update(manager: EntityManager, unitId: string, values: Partial<Unit>): Promise<void> {
    await manager.update(Unit, { id: unitId }, values);
  }

  async setForumRecord(manager: EntityManager, forumId: string, values: Pick<Forum, 'showHiddenQuestionTexts'>): Promise<void> {
    await manager.update(Forum, { id: forumId }, values);
  }

  numberOf(manager: EntityManager, forumId: string): Promise<DocumentNumber | null> {
    return manager.findOneBy(DocumentNumber, { forumId });
  }

  /**
   * The unit's next number for the year. The upsert takes the counter row's lock until the caller's transaction ends,
   * so concurrent finalisations of one unit are served one after the other; a rolled-back one gives its number back.
   */
  async drawNumber(manager: EntityManager, unitId: string, year: number): Promise<number> {
    const [row] = (await manager.query(
      `INSERT INTO unit_number_counters (unit_id, year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (unit_id, year) DO UPDATE SET last_number = unit_number_counters.last_number + 1
       RETURNING last_number`,
      [unitId, year],
    )) as Array<{ last_number: number }>;
    return Number(row.last_number);
  }

  insertNumber(
    manager: EntityManager,
    values: Pick<DocumentNumber, 'forumId' | 'unitId' | 'year' | 'sequence' | 'number' | 'assignedBy'>,
  ): Promise<DocumentNumber> {
    return manager.save(manager.create(DocumentNumber, values));
  }
}
