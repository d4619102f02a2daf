import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import {
  ACCOUNTABILITY_LIMITS,
  deadlineFromTimeFrame,
  type ActionStatus,
  type CreateActionRequest,
  type EvidenceMime,
  type FollowUpPlan,
  type PostActionUpdateRequest,
} from '@mufakat/contracts';
import { photoFilePath } from '@mufakat/minutes';
import type { ConsensusItem, FollowUpAction, Forum } from '@mufakat/persistence';
import type { EntityManager } from 'typeorm';
import type { ForumChange } from '@mufakat/contracts';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { toConsensusView } from '../consensus/consensus-views';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { lockForum, stampPublic, stampStaff } from '../realtime/forum-sequencer';
import { UnitAccessService } from '../units/unit-access.service';
import { UnitPlacement } from '../units/unit-placement.service';
import { acceptEvidence } from './evidence-check';
import { FollowUpCalendar } from './follow-up-calendar.service';
import { FollowUpsRepository } from './follow-ups.repository';

export interface EvidenceUpload {
  buffer: Buffer;
  originalname?: string;
}

const EXTENSION: Record<EvidenceMime, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'application/pdf': 'pdf' };

/**
 * The tracker's writes: an action made when an item is approved (in the approval's transaction), edits of the plan
 * after the forum, and the board's updates, drops and added actions. The action row holds the live status; every
 * change is a dated update and an audit entry.
 */
@Injectable()
export class FollowUpTracker {
  constructor(
    @Inject(FollowUpsRepository) private readonly actions: FollowUpsRepository,
    @Inject(UnitPlacement) private readonly placement: UnitPlacement,
    @Inject(UnitAccessService) private readonly access: UnitAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(FollowUpCalendar) private readonly calendar: FollowUpCalendar,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
  ) {}

  /** The approved item's action, on its forum's unit's board; the deadline is the plan's date or counted from the forum. */
  async createForApproval(manager: EntityManager, forum: Forum, item: ConsensusItem, plan: FollowUpPlan, userId: string): Promise<FollowUpAction> {
    const unitId = await this.placement.ensureForumUnit(manager, forum);
    const done = plan.status === 'done';
    const action = await this.actions.insertAction(manager, {
      consensusItemId: item.id,
      forumId: forum.id,
      unitId,
      action: plan.action,
      responsibleUnit: plan.responsibleUnit,
      deadline: plan.deadline ?? deadlineFromTimeFrame(plan.timeFrame, this.calendar.dateOf(forum.startsAt)),
      timeFrame: plan.timeFrame,
      status: plan.status,
      progress: done ? 100 : 0,
      completedOn: done ? this.calendar.today() : null,
    });
    await this.audit.record(manager, {
      forumId: forum.id,
      actorUserId: userId,
      action: 'follow-up.create',
      subjectId: action.id,
      details: { itemId: item.id, deadline: action.deadline, status: action.status },
    });
    return action;
  }

  /**
   * The facilitator's post-forum edit of an approved item's plan: the wording, unit and deadline go to the item's
   * first action too, and a changed status is a dated update of it, as on the board. Returns the live status.
   */
  async applyPlanEdit(manager: EntityManager, forum: Forum, item: ConsensusItem, plan: FollowUpPlan, userId: string): Promise<ActionStatus> {
    const action = (await this.actions.primaryAction(manager, item.id, true)) ?? (await this.createForApproval(manager, forum, item, plan, userId));
    const deadline = plan.deadline ?? deadlineFromTimeFrame(plan.timeFrame, this.calendar.dateOf(forum.startsAt));
    const before = { action: action.action, responsibleUnit: action.responsibleUnit, deadline: action.deadline, timeFrame: action.timeFrame };
    const after = { action: plan.action, responsibleUnit: plan.responsibleUnit, deadline, timeFrame: plan.timeFrame };
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      Object.assign(action, after);
      await this.actions.saveAction(manager, action);
      await this.audit.record(manager, { forumId: forum.id, actorUserId: userId, action: 'follow-up.edit', subjectId: action.id, details: { before, after } });
    }
    if (plan.status !== action.status) {
      await this.recordUpdate(manager, action, userId, { status: plan.status, progress: plan.status === 'done' ? 100 : action.progress, note: '' }, []);
    }
    return action.status;
  }

  liveStatuses(manager: EntityManager, itemIds: string[]): Promise<Map<string, ActionStatus>> {
    return this.actions.liveStatuses(manager, itemIds);
  }

  /** Another action for an approved item of one of the unit's forums. */
  async addAction(unitId: string, userId: string, input: CreateActionRequest): Promise<FollowUpAction> {
    await this.access.require(unitId, userId, 'updateFollowUps');
    return this.actions.transaction(async (manager) => {
      const item = await this.actions.approvedItem(manager, input.consensusItemId);
      if (!item || item.forum.unitId !== unitId) throw new DomainError('NOT_FOUND', "No approved consensus item of this unit's forums has this id");
      const action = await this.actions.insertAction(manager, {
        consensusItemId: item.id,
        forumId: item.forumId,
        unitId,
        action: input.action,
        responsibleUnit: input.responsibleUnit,
        deadline: input.deadline ?? deadlineFromTimeFrame(input.timeFrame, this.calendar.dateOf(item.forum.startsAt)),
        timeFrame: input.timeFrame,
        status: 'planned',
        progress: 0,
        completedOn: null,
      });
      await this.audit.record(manager, {
        forumId: item.forumId,
        actorUserId: userId,
        action: 'follow-up.create',
        subjectId: action.id,
        details: { itemId: item.id, action: action.action, responsibleUnit: action.responsibleUnit, deadline: action.deadline, timeFrame: action.timeFrame },
      });
      return action;
    });
  }

  /**
   * A dated update with its evidence. Every file is checked before anything is written; the files are written before
   * the rows and removed again if the rows cannot be: never a row without its file, nor a file without its row.
   */
  async postUpdate(actionId: string, userId: string, input: PostActionUpdateRequest, files: EvidenceUpload[]): Promise<void> {
    const known = await this.actions.findAction(actionId);
    if (!known) throw new DomainError('NOT_FOUND', 'Action not found');
    await this.access.require(known.unitId, userId, 'updateFollowUps');
    if (files.length > ACCOUNTABILITY_LIMITS.evidencePerUpdate) {
      throw new DomainError('VALIDATION_FAILED', `At most ${ACCOUNTABILITY_LIMITS.evidencePerUpdate} files per update`, ['evidence: too many files']);
    }
    const checked: Array<{ data: Buffer; mime: EvidenceMime; name: string }> = [];
    for (const [index, file] of files.entries()) {
      const name = evidenceName(file.originalname, index);
      checked.push({ data: file.buffer, mime: await acceptEvidence(file.buffer, name), name });
    }
    const written: string[] = [];
    try {
      const stored: Array<{ relative: string; data: Buffer; mime: EvidenceMime; name: string }> = [];
      for (const file of checked) {
        const relative = join(known.forumId, 'evidence', `${randomUUID()}.${EXTENSION[file.mime]}`);
        const path = photoFilePath(this.config.documents.dir, relative);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, file.data);
        written.push(path);
        stored.push({ relative, ...file });
      }
      const changes = await this.actions.transaction(async (manager) => {
        // Forum first, then the action: the order the consensus edit of the same action takes.
        await lockForum(manager, known.forumId);
        const action = await this.lock(manager, actionId);
        if (action.status === 'dropped') throw new DomainError('INVALID_STATE', 'A dropped action takes no more updates');
        const update = await this.recordUpdate(
          manager,
          action,
          userId,
          input,
          stored.map((s) => ({ name: s.name, mime: s.mime, size: s.data.length })),
        );
        for (const file of stored) {
          await this.actions.insertEvidence(manager, {
            updateId: update.id,
            filePath: file.relative,
            name: file.name,
            mime: file.mime,
            size: file.data.length,
            sha256: createHash('sha256').update(file.data).digest('hex'),
          });
        }
        return this.announce(manager, action);
      });
      this.broadcaster.send(known.forumId, changes);
    } catch (error) {
      await Promise.all(written.map((path) => rm(path, { force: true })));
      throw error;
    }
  }

  async drop(actionId: string, userId: string, reason: string): Promise<void> {
    const known = await this.actions.findAction(actionId);
    if (!known) throw new DomainError('NOT_FOUND', 'Action not found');
    await this.access.require(known.unitId, userId, 'updateFollowUps');
    const changes = await this.actions.transaction(async (manager) => {
      await lockForum(manager, known.forumId);
      const action = await this.lock(manager, actionId);
      if (action.status === 'dropped') throw new DomainError('INVALID_STATE', 'The action is already dropped');
      await this.recordUpdate(manager, action, userId, { status: 'dropped', progress: action.progress, note: reason }, [], reason);
      return this.announce(manager, action);
    });
    this.broadcaster.send(known.forumId, changes);
  }

  /** The item's first action is its follow-up status: consoles and projectors showing the item hear of the change. */
  private async announce(manager: EntityManager, action: FollowUpAction): Promise<ForumChange[]> {
    const primary = await this.actions.primaryAction(manager, action.consensusItemId);
    const item = primary?.id === action.id ? await this.actions.consensusItem(manager, action.consensusItemId) : null;
    if (!item) return [];
    const view = toConsensusView(item, action.status);
    return [
      await stampStaff(manager, action.forumId, { type: 'consensus.updated', item: view }),
      await stampPublic(manager, action.forumId, { type: 'consensus.upserted', item: view }),
    ];
  }

  private async lock(manager: EntityManager, actionId: string): Promise<FollowUpAction> {
    const action = await this.actions.lockAction(manager, actionId);
    if (!action) throw new DomainError('NOT_FOUND', 'Action not found');
    return action;
  }

  /** Applies a status and progress to the locked action, as a dated update, audited. */
  private async recordUpdate(
    manager: EntityManager,
    action: FollowUpAction,
    userId: string,
    input: { status: ActionStatus; progress: number; note: string },
    evidence: Array<{ name: string; mime: EvidenceMime; size: number }>,
    droppedReason: string | null = null,
  ) {
    const before = { status: action.status, progress: action.progress, completedOn: action.completedOn };
    const progress = input.status === 'done' ? 100 : input.progress;
    if (input.status === 'done' && action.status !== 'done') action.completedOn = this.calendar.today();
    if (input.status !== 'done') action.completedOn = null;
    Object.assign(action, { status: input.status, progress, droppedReason: input.status === 'dropped' ? droppedReason : null });
    await this.actions.saveAction(manager, action);
    const update = await this.actions.insertUpdate(manager, {
      actionId: action.id,
      authorId: userId,
      at: this.calendar.now(),
      status: input.status,
      progress,
      note: input.note,
    });
    await this.audit.record(manager, {
      forumId: action.forumId,
      actorUserId: userId,
      action: input.status === 'dropped' ? 'follow-up.drop' : 'follow-up.update',
      subjectId: action.id,
      details: { before, after: { status: action.status, progress, completedOn: action.completedOn }, note: input.note, evidence },
    });
    return update;
  }
}

/** A file's name as shown to readers: its base name, printable, at most 200 characters. */
function evidenceName(original: string | undefined, index: number): string {
  const base = (original ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 200);
  return clean || `evidence-${index + 1}`;
}
