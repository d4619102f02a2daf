import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated: an index on question_votes.participant_id, for the attendee's own upvotes in every snapshot. */

export class QuestionVotesByParticipant1796177623842 implements MigrationInterface {
  name = 'QuestionVotesByParticipant1796177623842';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_cbbb00a75f972deeec438e4f69" ON "question_votes"  ("participant_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_cbbb00a75f972deeec438e4f69"`);
  }
}
