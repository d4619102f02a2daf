import { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff signatories (a representative is an attendee or a staff member, never both); voided signatures kept in history; revisions of the final version. */

export class SigningRounds1796200000000 implements MigrationInterface {
  name = 'SigningRounds1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "representatives" ALTER COLUMN "participant_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "representatives" ADD "staff_user_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "representatives" ADD CONSTRAINT "CHK_representatives_one_person" CHECK (("participant_id" IS NULL) <> ("staff_user_id" IS NULL))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3ef6af08e07456c07cde7f9ecc" ON "representatives" ("forum_id", "staff_user_id") `);
    await queryRunner.query(
      `ALTER TABLE "representatives" ADD CONSTRAINT "FK_f05f5337e3ca6b83de411559284" FOREIGN KEY ("staff_user_id") REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "signatures" ADD "voided_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "signatures" ADD "voided_by" uuid`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e4c2bd7cdd857af9e0737de515"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_43e375ba54de88aff257ac72ff" ON "signatures" ("representative_id", "document_id") WHERE voided_at IS NULL`);
    await queryRunner.query(`ALTER TABLE "document_versions" ADD "revision" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE "forums" ADD "record_revision" integer NOT NULL DEFAULT 0`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "forums" DROP COLUMN "record_revision"`);
    await queryRunner.query(`ALTER TABLE "document_versions" DROP COLUMN "revision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_43e375ba54de88aff257ac72ff"`);
    await queryRunner.query(`DELETE FROM "signatures" WHERE "voided_at" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e4c2bd7cdd857af9e0737de515" ON "signatures" ("representative_id", "document_id") `);
    await queryRunner.query(`ALTER TABLE "signatures" DROP COLUMN "voided_by"`);
    await queryRunner.query(`ALTER TABLE "signatures" DROP COLUMN "voided_at"`);
    await queryRunner.query(`ALTER TABLE "representatives" DROP CONSTRAINT "FK_f05f5337e3ca6b83de411559284"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ef6af08e07456c07cde7f9ecc"`);
    await queryRunner.query(`ALTER TABLE "representatives" DROP CONSTRAINT "CHK_representatives_one_person"`);
    await queryRunner.query(`DELETE FROM "representatives" WHERE "staff_user_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "representatives" DROP COLUMN "staff_user_id"`);
    await queryRunner.query(`ALTER TABLE "representatives" ALTER COLUMN "participant_id" SET NOT NULL`);
  }
}
