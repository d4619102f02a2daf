import { Inject, Injectable } from '@nestjs/common';
import {
  apiPaths,
  computeIkm,
  countActions,
  onTimeShare,
  sumActionCounts,
  type ActionView,
  type PublicForumView,
  type PublicOrganisationSummary,
  type PublicOrganisationView,
  type PublicUnitView,
  webPaths,
} from '@mufakat/contracts';
import type { Forum } from '@mufakat/persistence';
import { DomainError } from '../common/domain-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { toActionView, type ViewContext } from '../follow-ups/action-views';
import { readEvidence } from '../follow-ups/follow-up-board.service';
import { FollowUpCalendar } from '../follow-ups/follow-up-calendar.service';
import { FollowUpsRepository } from '../follow-ups/follow-ups.repository';
import { PublicFollowUpsRepository, type UnitWithOrganisation } from './public-follow-ups.repository';

/**
 * What anyone may read about the promises of public forums (those whose Berita Acara was issued): a forum's items and
 * their actions, a unit's forums over time, an organisation's units side by side. Timeliness is computed for today in
 * the server's zone, so every page and file agrees.
 */
@Injectable()
export class PublicFollowUpsService {
  constructor(
    @Inject(PublicFollowUpsRepository) private readonly reads: PublicFollowUpsRepository,
    @Inject(FollowUpsRepository) private readonly actions: FollowUpsRepository,
    @Inject(FollowUpCalendar) private readonly calendar: FollowUpCalendar,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  organisations(): Promise<PublicOrganisationSummary[]> {
    return this.reads.organisationSummaries();
  }

  async forum(forumId: string): Promise<PublicForumView> {
    const [forum] = await this.reads.publicForums({ forumId });
    const unit = forum?.unitId ? await this.reads.unit(forum.unitId) : null;
    if (!forum || !unit) throw new DomainError('NOT_FOUND', 'No public forum has this id');
    const context = this.context();
    const [items, version, scores, actions] = await Promise.all([
      this.reads.approvedItems(forum.id),
      this.reads.issuedVersion(forum.id),
      this.reads.surveyScores([forum.id]),
      this.actionViews([forum.id], context),
    ]);
    return {
      forum: {
        id: forum.id,
        title: forum.title,
        venue: forum.venue,
        city: unit.city,
        startsAt: forum.startsAt.toISOString(),
        timeZone: this.calendar.timeZone,
      },
      unit: unitRef(unit),
      items: items.map((item) => ({
        number: item.number ?? 0,
        text: item.text,
        actions: actions.filter((a) => a.itemId === item.id).map((a) => a.view),
      })),
      beritaAcara: version
        ? {
            code: version.publicCode as string,
            documentNumber: version.documentNumber,
            version: version.version,
            issuedAt: (version.completedAt ?? version.requestedAt).toISOString(),
            sha256: { pdf: version.pdfSha256, docx: version.docxSha256 },
          }
        : null,
      ikm: computeIkm(scores.get(forum.id) ?? []),
      counts: countActions(actions.map((a) => a.view)),
      asOf: context.today,
    };
  }

  async unit(unitId: string): Promise<PublicUnitView> {
    const unit = await this.reads.unit(unitId);
    const forums = unit ? await this.reads.publicForums({ unitIds: [unit.id] }) : [];
    if (!unit || forums.length === 0) throw new DomainError('NOT_FOUND', 'No unit with public forums has this id');
    const context = this.context();
    const [actions, scores] = await Promise.all([
      this.actionViews(
        forums.map((f) => f.id),
        context,
      ),
      this.reads.surveyScores(forums.map((f) => f.id)),
    ]);
    const rows = forums.map((forum) => {
      const ikm = computeIkm(scores.get(forum.id) ?? []);
      return {
        id: forum.id,
        title: forum.title,
        startsAt: forum.startsAt.toISOString(),
        ikm: ikm?.converted ?? null,
        grade: ikm?.grade ?? null,
        counts: countActions(actions.filter((a) => a.view.forumId === forum.id).map((a) => a.view)),
      };
    });
    const counts = sumActionCounts(rows.map((row) => row.counts));
    const titles = new Map(forums.map((f) => [f.id, f.title]));
    return {
      unit: { ...unitRef(unit), code: unit.code, city: unit.city, parentBody: unit.parentBody, timeZone: this.calendar.timeZone },
      forums: rows,
      counts,
      onTimeShare: onTimeShare(counts),
      overdue: actions
        .filter((a) => a.view.timeliness === 'overdue')
        .map((a) => ({ ...a.view, forumTitle: titles.get(a.view.forumId) ?? '' }))
        .sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? '') || a.forumTitle.localeCompare(b.forumTitle) || a.itemNumber - b.itemNumber),
      asOf: context.today,
    };
  }

  async organisation(organisationId: string): Promise<PublicOrganisationView> {
    const organisation = await this.reads.organisation(organisationId);
    const units = organisation ? await this.reads.unitsOfOrganisation(organisation.id) : [];
    const forums = units.length ? await this.reads.publicForums({ unitIds: units.map((u) => u.id) }) : [];
    if (!organisation || forums.length === 0) throw new DomainError('NOT_FOUND', 'No organisation with public forums has this id');
    const context = this.context();
    const [actions, scores] = await Promise.all([
      this.actionViews(
        forums.map((f) => f.id),
        context,
      ),
      this.reads.surveyScores(forums.map((f) => f.id)),
    ]);
    const unitOf = new Map(forums.map((f) => [f.id, f.unitId]));
    const rows = units
      .map((unit) => {
        const own = forums.filter((f) => f.unitId === unit.id);
        if (own.length === 0) return null;
        const latest = computeIkm(scores.get((own.at(-1) as Forum).id) ?? []);
        const counts = countActions(actions.filter((a) => unitOf.get(a.view.forumId) === unit.id).map((a) => a.view));
        return {
          id: unit.id,
          name: unit.name,
          city: unit.city,
          forums: own.length,
          counts,
          onTimeShare: onTimeShare(counts),
          latestIkm: latest?.converted ?? null,
          latestGrade: latest?.grade ?? null,
        };
      })
      .filter((row): row is NonNullable<typeof row> => row !== null);
    return {
      organisation: { id: organisation.id, name: organisation.name },
      units: rows,
      counts: sumActionCounts(rows.map((row) => row.counts)),
      asOf: context.today,
    };
  }

  /** A public forum's evidence file; 404 for one of a forum not public. */
  async evidence(evidenceId: string): Promise<{ mime: string; name: string; data: Buffer }> {
    const evidence = await this.reads.publicEvidence(evidenceId);
    if (!evidence) throw new DomainError('NOT_FOUND', 'No public evidence has this id');
    return readEvidence(this.config.documents.dir, evidence);
  }

  /** The public address of a forum's page, for links in the feed. */
  forumPageUrl(forumId: string): string {
    return `${this.config.publicUrl}${webPaths.publicForum(forumId)}`;
  }

  get publicUrl(): string {
    return this.config.publicUrl;
  }

  private async actionViews(forumIds: string[], context: ViewContext): Promise<Array<{ itemId: string; view: ActionView }>> {
    const rows = await this.actions.actionRows({ forumIds });
    const updates = await this.actions.updatesOf(rows.map((row) => row.action.id));
    return rows
      .sort((a, b) => a.itemNumber - b.itemNumber || a.action.createdAt.getTime() - b.action.createdAt.getTime())
      .map((row) => ({ itemId: row.action.consensusItemId, view: toActionView(row, updates.get(row.action.id) ?? [], context) }));
  }

  private context(): ViewContext {
    return { today: this.calendar.today(), dueSoonDays: this.calendar.dueSoonDays, evidenceUrl: apiPaths.publicEvidence, withAuthors: false };
  }
}

function unitRef(unit: UnitWithOrganisation) {
  return { id: unit.id, name: unit.name, organisation: { id: unit.organisation.id, name: unit.organisation.name } };
}
