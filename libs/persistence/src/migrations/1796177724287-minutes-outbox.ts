import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated, plus one backfill: document_versions.enqueued_at (the minutes outbox) and an index on the versions in
 * flight. Versions that already left `queued` were enqueued; queued ones are left to the relay, whose deterministic
 * job id makes a second enqueue harmless.
 */

export class MinutesOutbox1796177724287 implements MigrationInterface {
  name = 'MinutesOutbox1796177724287';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "document_versions" ADD "enqueued_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "IDX_57f5a12bf22e4003bae6bca074" ON "document_versions"  ("requested_at") WHERE status IN ('queued', 'generating')`);
    await queryRunner.query(`UPDATE "document_versions" SET "enqueued_at" = "requested_at" WHERE "status" <> 'queued'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_57f5a12bf22e4003bae6bca074"`);
    await queryRunner.query(`ALTER TABLE "document_versions" DROP COLUMN "enqueued_at"`);
  }
}
