import { MigrationInterface, QueryRunner } from "typeorm";

export class LiveParticipation1795587189560 implements MigrationInterface {
    name = 'LiveParticipation1795587189560'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "speaker_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "forum_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'waiting', "position" integer NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "limit_seconds" integer, CONSTRAINT "PK_d49bbb26145a59e3388f8c45e55" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_speaker_requests_active" ON "speaker_requests"  ("forum_id", "participant_id") WHERE status IN ('waiting', 'speaking')`);
        await queryRunner.query(`CREATE INDEX "IDX_a96da579f62894bc4e1ee0bfcf" ON "speaker_requests"  ("forum_id", "status", "position") `);
        await queryRunner.query(`ALTER TABLE "forums" ADD "pre_moderation" boolean NOT NULL DEFAULT true`);
        await queryRunner.query(`ALTER TABLE "forums" ADD "fully_anonymous" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "forums" ADD "projector_view" jsonb NOT NULL DEFAULT '{"mode":"join"}'::jsonb`);
        await queryRunner.query(`ALTER TABLE "agenda_items" ADD "status" character varying(16) NOT NULL DEFAULT 'upcoming'`);
        await queryRunner.query(`ALTER TABLE "agenda_items" ADD "started_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "agenda_items" ADD "ended_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "questions" ADD "anonymous" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "questions" ADD "pinned" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "questions" ADD "rejection_reason" character varying(300)`);
        await queryRunner.query(`ALTER TABLE "questions" ADD "reply_text" text`);
        await queryRunner.query(`ALTER TABLE "questions" ADD "reply_author_name" character varying(120)`);
        await queryRunner.query(`ALTER TABLE "questions" ADD "replied_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "questions" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
        await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "details" SET DEFAULT '{}'::jsonb`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_questions_pinned_per_forum" ON "questions"  ("forum_id") WHERE pinned`);
        await queryRunner.query(`ALTER TABLE "speaker_requests" ADD CONSTRAINT "FK_8d55b0e3557d582262747bc527f" FOREIGN KEY ("forum_id") REFERENCES "forums"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "speaker_requests" ADD CONSTRAINT "FK_655b11b1c948dd6878a80dd88af" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "speaker_requests" DROP CONSTRAINT "FK_655b11b1c948dd6878a80dd88af"`);
        await queryRunner.query(`ALTER TABLE "speaker_requests" DROP CONSTRAINT "FK_8d55b0e3557d582262747bc527f"`);
        await queryRunner.query(`DROP INDEX "public"."uq_questions_pinned_per_forum"`);
        await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "details" SET DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "questions" DROP COLUMN "updated_at"`);
        await queryRunner.query(`ALTER TABLE "questions" DROP COLUMN "replied_at"`);
        await queryRunner.query(`ALTER TABLE "questions" DROP COLUMN "reply_author_name"`);
        await queryRunner.query(`ALTER TABLE "questions" DROP COLUMN "reply_text"`);
        await queryRunner.query(`ALTER TABLE "questions" DROP COLUMN "rejection_reason"`);
        await queryRunner.query(`ALTER TABLE "questions" DROP COLUMN "pinned"`);
        await queryRunner.query(`ALTER TABLE "questions" DROP COLUMN "anonymous"`);
        await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "ended_at"`);
        await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "started_at"`);
        await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "status"`);
        await queryRunner.query(`ALTER TABLE "forums" DROP COLUMN "projector_view"`);
        await queryRunner.query(`ALTER TABLE "forums" DROP COLUMN "fully_anonymous"`);
        await queryRunner.query(`ALTER TABLE "forums" DROP COLUMN "pre_moderation"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a96da579f62894bc4e1ee0bfcf"`);
        await queryRunner.query(`DROP INDEX "public"."uq_speaker_requests_active"`);
        await queryRunner.query(`DROP TABLE "speaker_requests"`);
    }

}
