import { readFile } from 'node:fs/promises';
import { Inject, Injectable } from '@nestjs/common';
import { apiPaths, countActions, type BoardFilter, type FollowUpBoardView, type OrganisationUnitsView } from '@mufakat/contracts';
import { photoFilePath } from '@mufakat/minutes';
import { DomainError } from '../common/domain-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { sniffImage } from '../documents/image-check';
import { isPdf } from '../documents/pdf-check';
import { UnitAccessService } from '../units/unit-access.service';
import { toActionView, type ViewContext } from './action-views';
import { FollowUpCalendar } from './follow-up-calendar.service';
import { FollowUpsRepository } from './follow-ups.repository';

/** What unit and organisation staff read: the board, evidence files, an organisation's units side by side. */
@Injectable()
export class FollowUpBoardService {
  constructor(
    @Inject(FollowUpsRepository) private readonly actions: FollowUpsRepository,
    @Inject(UnitAccessService) private readonly access: UnitAccessService,
    @Inject(FollowUpCalendar) private readonly calendar: FollowUpCalendar,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async board(unitId: string, userId: string, filter: BoardFilter): Promise<FollowUpBoardView> {
    const { unit, role } = await this.access.require(unitId, userId, 'viewFollowUps');
    const context = this.context();
    const [rows, forums, items] = await Promise.all([
      this.actions.actionRows({ unitIds: [unitId] }),
      this.actions.forumsOfUnit(unitId),
      this.actions.approvedItemsOfUnit(unitId),
    ]);
    const updates = await this.actions.updatesOf(rows.map((row) => row.action.id));
    const all = rows.map((row) => ({ ...toActionView(row, updates.get(row.action.id) ?? [], context), forumTitle: row.forumTitle, itemText: row.itemText }));
    const shown = all.filter(
      (action) =>
        (!filter.status || action.status === filter.status) &&
        (!filter.overdue || action.timeliness === 'overdue') &&
        (!filter.forumId || action.forumId === filter.forumId),
    );
    return {
      unit: { id: unit.id, name: unit.name, organisation: { id: unit.organisation.id, name: unit.organisation.name } },
      role,
      forums: forums.map((f) => ({ id: f.id, title: f.title, startsAt: f.startsAt.toISOString() })),
      items: items.map((item) => ({ id: item.id, forumId: item.forumId, number: item.number ?? 0, text: item.text })),
      actions: shown,
      counts: countActions(all),
      asOf: context.today,
    };
  }

  /** An evidence file for staff of its unit, with the type its bytes say. */
  async evidenceFile(evidenceId: string, userId: string): Promise<{ mime: string; name: string; data: Buffer }> {
    const found = await this.actions.evidence(evidenceId);
    if (!found) throw new DomainError('NOT_FOUND', 'Evidence not found');
    await this.access.require(found.unitId, userId, 'viewFollowUps');
    return readEvidence(this.config.documents.dir, found.evidence);
  }

  async organisationUnits(organisationId: string, userId: string): Promise<OrganisationUnitsView> {
    const { organisation, role } = await this.access.requireOrganisation(organisationId, userId);
    const units = await this.actions.unitsOfOrganisation(organisationId);
    const unitIds = units.map((u) => u.id);
    const context = this.context();
    const [rows, forumCounts] = await Promise.all([this.actions.actionRows({ unitIds }), this.actions.forumCounts(unitIds)]);
    const views = rows.map((row) => ({ unitId: row.action.unitId, view: toActionView(row, [], context) }));
    return {
      organisation: { id: organisation.id, name: organisation.name },
      role,
      units: units.map((unit) => ({
        id: unit.id,
        name: unit.name,
        city: unit.city,
        forums: forumCounts.get(unit.id) ?? 0,
        counts: countActions(views.filter((v) => v.unitId === unit.id).map((v) => v.view)),
      })),
      asOf: context.today,
    };
  }

  private context(): ViewContext {
    return { today: this.calendar.today(), dueSoonDays: this.calendar.dueSoonDays, evidenceUrl: apiPaths.evidenceFile, withAuthors: true };
  }
}

/** The stored file, served as what its bytes are (never as something a browser would run). */
export async function readEvidence(documentsDir: string, evidence: { filePath: string; name: string }): Promise<{ mime: string; name: string; data: Buffer }> {
  const data = await readFile(photoFilePath(documentsDir, evidence.filePath)).catch((error: NodeJS.ErrnoException) => {
    // Recorded but gone from the disk (restored from an older backup): say so instead of failing.
    if (error.code === 'ENOENT') throw new DomainError('NOT_FOUND', 'This evidence file is no longer stored');
    throw error;
  });
  const mime = sniffImage(data) ?? (isPdf(data) ? 'application/pdf' : 'application/octet-stream');
  return { mime, name: evidence.name, data };
}
