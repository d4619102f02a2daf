import { MigrationInterface, QueryRunner } from 'typeorm';

/** The FKP implementation reports, apart from the Berita Acara's versions; each row is also its job's outbox. */
export class FkpReports1796200000002 implements MigrationInterface {
  name = 'FkpReports1796200000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "fkp_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "forum_id" uuid NOT NULL, "language" character varying(2) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'queued', "progress" smallint NOT NULL DEFAULT '0', "error" text, "announced" character varying(32), "enqueued_at" TIMESTAMP WITH TIME ZONE, "berita_acara_version" integer, "berita_acara_number" character varying(160), "pdf_sha256" character varying(64), "docx_sha256" character varying(64), "pdf_size" integer, "docx_size" integer, "requested_by" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6625f5197624d91fdd40e722dae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fkp_reports_in_flight" ON "fkp_reports" ("requested_at") WHERE status IN ('queued', 'running')`);
    await queryRunner.query(`CREATE INDEX "IDX_fkp_reports_forum_requested" ON "fkp_reports" ("forum_id", "requested_at") `);
    await queryRunner.query(
      `ALTER TABLE "fkp_reports" ADD CONSTRAINT "FK_4567384fd8f18bc9dd3973c9800" FOREIGN KEY ("forum_id") REFERENCES "forums"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "fkp_reports" DROP CONSTRAINT "FK_4567384fd8f18bc9dd3973c9800"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fkp_reports_forum_requested"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fkp_reports_in_flight"`);
    await queryRunner.query(`DROP TABLE "fkp_reports"`);
  }
}
