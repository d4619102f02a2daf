import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated: server-side staff sessions, so a session can be ended before its cookie expires. */

export class StaffSessions1796181028899 implements MigrationInterface {
  name = 'StaffSessions1796181028899';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "staff_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b9be2467392ab95efaa3661cce2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2d3e82105bee50ac45fe3ed597" ON "staff_sessions"  ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "staff_sessions" ADD CONSTRAINT "FK_2d3e82105bee50ac45fe3ed5975" FOREIGN KEY ("user_id") REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff_sessions" DROP CONSTRAINT "FK_2d3e82105bee50ac45fe3ed5975"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2d3e82105bee50ac45fe3ed597"`);
    await queryRunner.query(`DROP TABLE "staff_sessions"`);
  }
}
