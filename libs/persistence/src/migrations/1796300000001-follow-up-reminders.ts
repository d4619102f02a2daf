import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reminders: the state each action was last flagged in, and the console notifications they made. */
export class FollowUpReminders1796300000001 implements MigrationInterface {
  name = 'FollowUpReminders1796300000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "staff_notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "action_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6ec031276e7f643e3795045de3e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9a8f319bee75ffbd826f2332ba" ON "staff_notifications" ("user_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "follow_up_reminder_states" ("action_id" uuid NOT NULL, "state" character varying(16) NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7b6af21532f782117cb29b91e2c" PRIMARY KEY ("action_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_notifications" ADD CONSTRAINT "FK_3c61cfd4db4da4c9a7f96469180" FOREIGN KEY ("user_id") REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_notifications" ADD CONSTRAINT "FK_1acdd71286f8581c36630c5ac7e" FOREIGN KEY ("action_id") REFERENCES "follow_up_actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_reminder_states" ADD CONSTRAINT "FK_7b6af21532f782117cb29b91e2c" FOREIGN KEY ("action_id") REFERENCES "follow_up_actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "follow_up_reminder_states" DROP CONSTRAINT "FK_7b6af21532f782117cb29b91e2c"`);
    await queryRunner.query(`ALTER TABLE "staff_notifications" DROP CONSTRAINT "FK_1acdd71286f8581c36630c5ac7e"`);
    await queryRunner.query(`ALTER TABLE "staff_notifications" DROP CONSTRAINT "FK_3c61cfd4db4da4c9a7f96469180"`);
    await queryRunner.query(`DROP TABLE "follow_up_reminder_states"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9a8f319bee75ffbd826f2332ba"`);
    await queryRunner.query(`DROP TABLE "staff_notifications"`);
  }
}
