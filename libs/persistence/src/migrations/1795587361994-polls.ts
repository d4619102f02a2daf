import { MigrationInterface, QueryRunner } from "typeorm";

/** Hand-written: polls and one answer per attendee per poll (the primary key, not a check in code). */
export class Polls1795587361994 implements MigrationInterface {
    name = 'Polls1795587361994'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "polls" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "forum_id" uuid NOT NULL, "agenda_item_id" uuid, "question" character varying(300) NOT NULL, "type" character varying(16) NOT NULL, "options" jsonb NOT NULL, "max_choices" integer, "scale_max" integer, "ranking_method" character varying(16), "status" character varying(16) NOT NULL DEFAULT 'draft', "results_visible" boolean NOT NULL DEFAULT true, "allow_change" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, CONSTRAINT "PK_b9bbb8fc7b142553c518ddffbb6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_cd3215ec80d4c431cd9a0087ff" ON "polls"  ("forum_id", "status") `);
        await queryRunner.query(`CREATE TABLE "poll_answers" ("poll_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "answer" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_13adbb035d275bc5a993eabb728" PRIMARY KEY ("poll_id", "participant_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_a85d9324b3ecc933e93a202238" ON "poll_answers"  ("participant_id") `);
        await queryRunner.query(`ALTER TABLE "polls" ADD CONSTRAINT "FK_bdead90f00a20dfc1f4b916b29d" FOREIGN KEY ("forum_id") REFERENCES "forums"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "polls" ADD CONSTRAINT "FK_0d467087bfa0e614559bc140320" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "poll_answers" ADD CONSTRAINT "FK_e1b729877d6fca17915eda5420d" FOREIGN KEY ("poll_id") REFERENCES "polls"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "poll_answers" ADD CONSTRAINT "FK_a85d9324b3ecc933e93a2022387" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "poll_answers" DROP CONSTRAINT "FK_a85d9324b3ecc933e93a2022387"`);
        await queryRunner.query(`ALTER TABLE "poll_answers" DROP CONSTRAINT "FK_e1b729877d6fca17915eda5420d"`);
        await queryRunner.query(`ALTER TABLE "polls" DROP CONSTRAINT "FK_0d467087bfa0e614559bc140320"`);
        await queryRunner.query(`ALTER TABLE "polls" DROP CONSTRAINT "FK_bdead90f00a20dfc1f4b916b29d"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a85d9324b3ecc933e93a202238"`);
        await queryRunner.query(`DROP TABLE "poll_answers"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_cd3215ec80d4c431cd9a0087ff"`);
        await queryRunner.query(`DROP TABLE "polls"`);
    }

}
