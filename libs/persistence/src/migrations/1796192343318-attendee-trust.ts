import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated: one attendee per browser per forum (device key), room check-in (verified attendees) and voided attendees. */

export class AttendeeTrust1796192343318 implements MigrationInterface {
  name = 'AttendeeTrust1796192343318';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "forums" ADD "check_in_enabled" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "forums" ADD "check_in_secret" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "participants" ADD "device_key_hash" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "participants" ADD "verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "participants" ADD "verified_by" character varying(8)`);
    await queryRunner.query(`ALTER TABLE "participants" ADD "verified_by_user_id" uuid`);
    await queryRunner.query(`ALTER TABLE "participants" ADD "voided_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "participants" ADD "void_reason" character varying(300)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3f0d0da78074b61ce3188064dc" ON "participants"  ("forum_id", "device_key_hash") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_3f0d0da78074b61ce3188064dc"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "void_reason"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "voided_at"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "verified_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "verified_by"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "verified_at"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "device_key_hash"`);
    await queryRunner.query(`ALTER TABLE "forums" DROP COLUMN "check_in_secret"`);
    await queryRunner.query(`ALTER TABLE "forums" DROP COLUMN "check_in_enabled"`);
  }
}
