import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { RecordSettings, RecordSettingsView } from '@mufakat/contracts';
import { photoFilePath } from '@mufakat/minutes';
import type { Forum, Unit } from '@mufakat/persistence';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { acceptImage, sniffImage } from '../documents/image-check';
import { ForumAccessService } from '../forums/forum-access.service';
import { lockForum } from '../realtime/forum-sequencer';
import { LOGO_IMAGE } from './logo-image';
import { UnitAccessService } from './unit-access.service';
import { UnitPlacement, type NewUnitValues } from './unit-placement.service';
import { UnitsRepository } from './units.repository';

/**
 * The Berita Acara's official form for a forum: kept on the forum's unit, so what one forum sets is the unit's, and a
 * new forum of the same organiser starts from the unit its last forum used. Organiser only, like the documents.
 */
@Injectable()
export class RecordSettingsService {
  constructor(
    @Inject(UnitsRepository) private readonly units: UnitsRepository,
    @Inject(UnitPlacement) private readonly placement: UnitPlacement,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(UnitAccessService) private readonly unitAccess: UnitAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async get(forumId: string, userId: string): Promise<RecordSettingsView> {
    await this.access.require(forumId, userId, 'manageDocuments');
    const forum = await this.requireForum(forumId);
    const unit = forum.unitId ? await this.units.find(forum.unitId) : null;
    if (unit) return toView(unit, forum, false);
    const last = await this.units.lastUsedBy(userId);
    // Nothing saved yet: the last unit's settings as a suggestion, or the forum's unit name alone.
    return last ? { ...toView(last, forum, true), unitId: null } : emptyView(forum);
  }

  /**
   * Saves to the forum's unit. A forum without one joins the organiser's unit of the same name and code, or gets a
   * new unit.
   */
  async update(forumId: string, userId: string, settings: RecordSettings): Promise<RecordSettingsView> {
    await this.access.require(forumId, userId, 'manageDocuments');
    const { showHiddenQuestionTexts, ...rest } = settings;
    const values: NewUnitValues = {
      name: rest.unitName,
      code: rest.unitCode,
      parentBody: rest.parentBody,
      address: rest.address,
      city: rest.city,
      numberPattern: rest.numberPattern,
      headName: rest.headName,
      headPosition: rest.headName ? rest.headPosition : null,
      headNip: rest.headName ? rest.headNip : null,
      acknowledgerName: rest.acknowledgerName,
      acknowledgerPosition: rest.acknowledgerName ? rest.acknowledgerPosition : null,
      acknowledgerNip: rest.acknowledgerName ? rest.acknowledgerNip : null,
    };
    await this.units.transaction(async (manager) => {
      await lockForum(manager, forumId);
      const forum = await this.requireForum(forumId, manager);
      // A unit is joined only when the form names it: an organiser serving two units must not overwrite one with the other.
      const unit = forum.unitId ? await this.units.find(forum.unitId, manager) : await this.units.ownNamed(userId, values.name, values.code, manager);
      if (unit) await this.requireUnitAdmin(unit.id, userId);
      const savedId = unit ? unit.id : (await this.placement.createUnit(manager, values, userId)).id;
      if (unit) await this.units.update(manager, unit.id, values);
      await this.units.setForumRecord(manager, forumId, { showHiddenQuestionTexts });
      if (forum.unitId !== savedId) await this.placement.attachForum(manager, forum, savedId);
      await this.audit.record(manager, {
        forumId,
        actorUserId: userId,
        action: 'record-settings.update',
        subjectId: savedId,
        details: { ...values, showHiddenQuestionTexts },
      });
    });
    return this.get(forumId, userId);
  }

  /** Checked like the documentation photos; the old file goes once the new one is recorded. */
  async uploadLogo(forumId: string, userId: string, data: Buffer | undefined): Promise<RecordSettingsView> {
    await this.access.require(forumId, userId, 'manageDocuments');
    if (!data || data.length === 0) throw new DomainError('VALIDATION_FAILED', 'Choose a logo to upload', ['logo: required']);
    const mime = await acceptImage(data, LOGO_IMAGE);
    const forum = await this.requireForum(forumId);
    if (!forum.unitId) throw new DomainError('INVALID_STATE', 'Save the unit settings before adding a logo');
    await this.requireUnitAdmin(forum.unitId, userId);
    const relative = join('units', forum.unitId, `logo-${randomUUID()}.${mime === 'image/png' ? 'png' : 'jpg'}`);
    const path = photoFilePath(this.config.documents.dir, relative);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
    let previous: string | null = null;
    try {
      await this.units.transaction(async (manager) => {
        const unit = await this.requireUnit(forumId, manager);
        previous = unit.logoPath;
        await this.units.update(manager, unit.id, { logoPath: relative, logoMime: mime });
        await this.audit.record(manager, { forumId, actorUserId: userId, action: 'unit.logo.upload', subjectId: unit.id, details: { size: data.length } });
      });
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    if (previous) await rm(photoFilePath(this.config.documents.dir, previous), { force: true });
    return this.get(forumId, userId);
  }

  async removeLogo(forumId: string, userId: string): Promise<void> {
    await this.access.require(forumId, userId, 'manageDocuments');
    const previous = await this.units.transaction(async (manager) => {
      const unit = await this.requireUnit(forumId, manager);
      await this.requireUnitAdmin(unit.id, userId);
      await this.units.update(manager, unit.id, { logoPath: null, logoMime: null });
      await this.audit.record(manager, { forumId, actorUserId: userId, action: 'unit.logo.delete', subjectId: unit.id });
      return unit.logoPath;
    });
    if (previous) await rm(photoFilePath(this.config.documents.dir, previous), { force: true });
  }

  /** The file, with the type its bytes say, so it is never served as something else. */
  async logo(forumId: string, userId: string): Promise<{ mime: string; data: Buffer }> {
    await this.access.require(forumId, userId, 'viewForum');
    const forum = await this.requireForum(forumId);
    const unit = forum.unitId ? await this.units.find(forum.unitId) : null;
    if (!unit?.logoPath) throw new DomainError('NOT_FOUND', 'No logo');
    const data = await readFile(photoFilePath(this.config.documents.dir, unit.logoPath));
    return { mime: sniffImage(data) ?? 'application/octet-stream', data };
  }

  /**
   * A unit's letterhead, numbering and signatories serve all of its forums and its public pages: only its admins (and
   * its organisation's) change them, whichever forum they are edited from.
   */
  private async requireUnitAdmin(unitId: string, userId: string): Promise<void> {
    try {
      await this.unitAccess.require(unitId, userId, 'manageUnit');
    } catch (error) {
      if (error instanceof DomainError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) {
        throw new DomainError('FORBIDDEN', "Only the unit's admins may change its letterhead, numbering and signatories");
      }
      throw error;
    }
  }

  private async requireForum(forumId: string, manager?: EntityManager): Promise<Forum> {
    const forum = await this.units.forum(forumId, manager);
    if (!forum) throw new DomainError('NOT_FOUND', 'Forum not found');
    return forum;
  }

  private async requireUnit(forumId: string, manager: EntityManager): Promise<Unit> {
    const forum = await this.requireForum(forumId, manager);
    const unit = forum.unitId ? await this.units.find(forum.unitId, manager) : null;
    if (!unit) throw new DomainError('INVALID_STATE', 'Save the unit settings first');
    return unit;
  }
}

function toView(unit: Unit, forum: Forum, suggested: boolean): RecordSettingsView {
  return {
    unitId: unit.id,
    suggested,
    hasLogo: !suggested && unit.logoPath !== null,
    unitName: unit.name,
    unitCode: unit.code,
    parentBody: unit.parentBody,
    address: unit.address,
    city: unit.city,
    numberPattern: unit.numberPattern,
    headName: unit.headName,
    headPosition: unit.headPosition,
    headNip: unit.headNip,
    acknowledgerName: unit.acknowledgerName,
    acknowledgerPosition: unit.acknowledgerPosition,
    acknowledgerNip: unit.acknowledgerNip,
    showHiddenQuestionTexts: forum.showHiddenQuestionTexts,
  };
}

function emptyView(forum: Forum): RecordSettingsView {
  return {
    unitId: null,
    suggested: false,
    hasLogo: false,
    unitName: forum.unitName,
    unitCode: '',
    parentBody: null,
    address: null,
    city: null,
    numberPattern: null,
    headName: null,
    headPosition: null,
    headNip: null,
    acknowledgerName: null,
    acknowledgerPosition: null,
    acknowledgerNip: null,
    showHiddenQuestionTexts: forum.showHiddenQuestionTexts,
  };
}
