import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated: units (letterhead, numbering, signatories) that forums point at, per-unit yearly counters, one number per forum, final versions. */

export class OfficialRecord1796192594521 implements MigrationInterface {
  name = 'OfficialRecord1796192594521';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "code" character varying(40) NOT NULL, "parent_body" character varying(200), "address" character varying(300), "city" character varying(100), "number_pattern" character varying(120), "head_name" character varying(120), "head_position" character varying(160), "head_nip" character varying(24), "acknowledger_name" character varying(120), "acknowledger_position" character varying(160), "acknowledger_nip" character varying(24), "logo_path" character varying(300), "logo_mime" character varying(16), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5a8f2f064919b587d93936cb223" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3ed048d577a3cdd2657d884e7d" ON "units"  ("created_by") `);
    await queryRunner.query(
      `CREATE TABLE "unit_number_counters" ("unit_id" uuid NOT NULL, "year" integer NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "PK_cba3a9a57bcabfdcf39bf5e2bfa" PRIMARY KEY ("unit_id", "year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "document_numbers" ("forum_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "year" integer NOT NULL, "sequence" integer NOT NULL, "number" character varying(160) NOT NULL, "assigned_by" uuid NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d459c19402e31d03a8a77a96a7d" PRIMARY KEY ("forum_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_413e512b5449ff5867f402a011" ON "document_numbers"  ("unit_id", "year", "sequence") `);
    await queryRunner.query(`ALTER TABLE "forums" ADD "unit_id" uuid`);
    await queryRunner.query(`ALTER TABLE "forums" ADD "show_hidden_question_texts" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "document_versions" ADD "document_number" character varying(160)`);
    await queryRunner.query(`ALTER TABLE "document_versions" ADD "final" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "document_versions" ADD "finalised_from" uuid`);
    await queryRunner.query(
      `ALTER TABLE "units" ADD CONSTRAINT "FK_3ed048d577a3cdd2657d884e7d0" FOREIGN KEY ("created_by") REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forums" ADD CONSTRAINT "FK_d27402ed7251a5475f40e91bf30" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_number_counters" ADD CONSTRAINT "FK_e660d5b7770c464e837b7eb02d4" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_numbers" ADD CONSTRAINT "FK_d459c19402e31d03a8a77a96a7d" FOREIGN KEY ("forum_id") REFERENCES "forums"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_numbers" ADD CONSTRAINT "FK_af2b44f7f5172a08222671d3f26" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "document_numbers" DROP CONSTRAINT "FK_af2b44f7f5172a08222671d3f26"`);
    await queryRunner.query(`ALTER TABLE "document_numbers" DROP CONSTRAINT "FK_d459c19402e31d03a8a77a96a7d"`);
    await queryRunner.query(`ALTER TABLE "unit_number_counters" DROP CONSTRAINT "FK_e660d5b7770c464e837b7eb02d4"`);
    await queryRunner.query(`ALTER TABLE "forums" DROP CONSTRAINT "FK_d27402ed7251a5475f40e91bf30"`);
    await queryRunner.query(`ALTER TABLE "units" DROP CONSTRAINT "FK_3ed048d577a3cdd2657d884e7d0"`);
    await queryRunner.query(`ALTER TABLE "document_versions" DROP COLUMN "finalised_from"`);
    await queryRunner.query(`ALTER TABLE "document_versions" DROP COLUMN "final"`);
    await queryRunner.query(`ALTER TABLE "document_versions" DROP COLUMN "document_number"`);
    await queryRunner.query(`ALTER TABLE "forums" DROP COLUMN "show_hidden_question_texts"`);
    await queryRunner.query(`ALTER TABLE "forums" DROP COLUMN "unit_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_413e512b5449ff5867f402a011"`);
    await queryRunner.query(`DROP TABLE "document_numbers"`);
    await queryRunner.query(`DROP TABLE "unit_number_counters"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ed048d577a3cdd2657d884e7d"`);
    await queryRunner.query(`DROP TABLE "units"`);
  }
}
