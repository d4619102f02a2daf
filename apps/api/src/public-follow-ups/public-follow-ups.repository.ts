import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConsensusItem, DocumentVersion, Forum, Organisation, Unit } from '@mufakat/persistence';
import { DataSource, In } from 'typeorm';

/** A forum is public once its Berita Acara has an issued (final, generated) version. */
const IS_PUBLIC = `EXISTS (SELECT 1 FROM document_versions v WHERE v.forum_id = f.id AND v.final AND v.status = 'ready')`;

export type UnitWithOrganisation = Unit & { organisation: Organisation };

/** The public reads of follow-up tracking: only forums whose Berita Acara was issued, and what sits above them. */
@Injectable()
export class PublicFollowUpsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Public forums, oldest first, of these units (or this one forum). */
  publicForums(where: { forumId?: string; unitIds?: string[] }): Promise<Forum[]> {
    const query = this.db.getRepository(Forum).createQueryBuilder('f').where(IS_PUBLIC).andWhere('f.unit_id IS NOT NULL');
    if (where.forumId) query.andWhere('f.id = :forumId', { forumId: where.forumId });
    if (where.unitIds) query.andWhere('f.unit_id = ANY(:unitIds)', { unitIds: where.unitIds });
    return query.orderBy('f.starts_at', 'ASC').addOrderBy('f.id', 'ASC').getMany();
  }

  unit(unitId: string): Promise<UnitWithOrganisation | null> {
    return this.db.getRepository(Unit).findOne({ where: { id: unitId }, relations: { organisation: true } }) as Promise<UnitWithOrganisation | null>;
  }

  organisation(organisationId: string): Promise<Organisation | null> {
    return this.db.getRepository(Organisation).findOneBy({ id: organisationId });
  }

  unitsOfOrganisation(organisationId: string): Promise<UnitWithOrganisation[]> {
    return this.db.getRepository(Unit).find({ where: { organisationId }, relations: { organisation: true }, order: { name: 'ASC', id: 'ASC' } }) as Promise<
      UnitWithOrganisation[]
    >;
  }

  /** Organisations with at least one public forum, with how many units and public forums they have. */
  async organisationSummaries(): Promise<Array<{ id: string; name: string; units: number; forums: number }>> {
    const rows = (await this.db.query(
      `SELECT o.id, o.name, count(DISTINCT u.id)::int AS units, count(f.id)::int AS forums
       FROM organisations o JOIN units u ON u.organisation_id = o.id JOIN forums f ON f.unit_id = u.id
       WHERE ${IS_PUBLIC}
       GROUP BY o.id, o.name ORDER BY o.name, o.id`,
    )) as Array<{ id: string; name: string; units: number; forums: number }>;
    return rows;
  }

  /** The newest issued version of the forum's Berita Acara. */
  issuedVersion(forumId: string): Promise<DocumentVersion | null> {
    return this.db.getRepository(DocumentVersion).findOne({
      where: { forumId, final: true, status: 'ready' },
      order: { version: 'DESC' },
    });
  }

  approvedItems(forumId: string): Promise<ConsensusItem[]> {
    return this.db.getRepository(ConsensusItem).find({ where: { forumId, status: 'approved' }, order: { number: 'ASC' } });
  }

  /** Each forum's counted survey responses (voided attendees left out), as the IKM is computed everywhere. */
  async surveyScores(forumIds: string[]): Promise<Map<string, number[][]>> {
    const byForum = new Map<string, number[][]>(forumIds.map((id) => [id, []]));
    if (forumIds.length === 0) return byForum;
    const rows = (await this.db.query(
      `SELECT r.forum_id AS "forumId", r.scores FROM survey_responses r JOIN participants p ON p.id = r.participant_id
       WHERE r.forum_id = ANY($1::uuid[]) AND p.voided_at IS NULL`,
      [forumIds],
    )) as Array<{ forumId: string; scores: number[] }>;
    for (const row of rows) byForum.get(row.forumId)?.push(row.scores.map(Number));
    return byForum;
  }

  /** An evidence file, when its forum is public. */
  async publicEvidence(evidenceId: string): Promise<{ filePath: string; name: string } | null> {
    const [row] = (await this.db.query(
      `SELECT e.file_path AS "filePath", e.name FROM follow_up_evidence e
       JOIN follow_up_updates u ON u.id = e.update_id JOIN follow_up_actions a ON a.id = u.action_id JOIN forums f ON f.id = a.forum_id
       WHERE e.id = $1 AND ${IS_PUBLIC}`,
      [evidenceId],
    )) as Array<{ filePath: string; name: string }>;
    return row ?? null;
  }

  forumsByIds(ids: string[]): Promise<Forum[]> {
    return ids.length ? this.db.getRepository(Forum).findBy({ id: In(ids) }) : Promise.resolve([]);
  }
}
