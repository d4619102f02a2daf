import { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795585766394 implements MigrationInterface {
    name = 'Initial1795585766394'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "forum_id" uuid, "actor_user_id" uuid, "action" character varying(64) NOT NULL, "subject_id" uuid, "details" jsonb NOT NULL DEFAULT '{}'::jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_96c39eb86862cf8300a57ab9a4" ON "audit_log"  ("forum_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "staff_users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "name" character varying(120) NOT NULL, "password_hash" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_4f32dd66546226ea64f5573b770" UNIQUE ("email"), CONSTRAINT "PK_c6b167335377df69f7910c2c75e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "forums" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "theme" text NOT NULL, "service_name" character varying(200) NOT NULL, "unit_name" character varying(200) NOT NULL, "venue" character varying(200) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "stream_url" character varying(500), "status" character varying(16) NOT NULL DEFAULT 'draft', "join_code" character varying(12), "projector_key" character varying(64) NOT NULL, "current_agenda_item_id" uuid, "seq" integer NOT NULL DEFAULT '0', "staff_seq" integer NOT NULL DEFAULT '0', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_1e725c34a83b3a7a1ca643a6509" UNIQUE ("join_code"), CONSTRAINT "PK_d6395f83d095751ecc4068fb040" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "forum_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(200) NOT NULL, "planned_minutes" integer NOT NULL, CONSTRAINT "PK_7274c40301175b4b4b347820d0c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_3a60177945a0e5140b0e0768d9" ON "agenda_items"  ("forum_id", "position") `);
        await queryRunner.query(`CREATE TABLE "forum_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "forum_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_forum_members_forum_user" UNIQUE ("forum_id", "user_id"), CONSTRAINT "PK_4eaa60306329f0c6238d1285df8" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "participants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "forum_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "institution" character varying(160) NOT NULL, "category" character varying(32) NOT NULL, "mode" character varying(8) NOT NULL, "token_hash" character varying(64) NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_31086e5783457d5176c171883df" UNIQUE ("token_hash"), CONSTRAINT "PK_1cda06c31eec1c95b3365a0283f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_4ff514774440531b5edf8fa59c" ON "participants"  ("forum_id", "mode") `);
        await queryRunner.query(`CREATE TABLE "questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "forum_id" uuid NOT NULL, "agenda_item_id" uuid, "participant_id" uuid NOT NULL, "text" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "upvote_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "moderated_at" TIMESTAMP WITH TIME ZONE, "moderated_by" uuid, CONSTRAINT "PK_08a6d4b0f49ff300bf3a0ca60ac" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_2e513f0dd7c4cd4b316e25e2a8" ON "questions"  ("forum_id", "status") `);
        await queryRunner.query(`CREATE TABLE "question_votes" ("question_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bed699567b321dac7ff05d28e3e" PRIMARY KEY ("question_id", "participant_id"))`);
        await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_fa507cafab81d117c5f12162772" FOREIGN KEY ("forum_id") REFERENCES "forums"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "forum_members" ADD CONSTRAINT "FK_e948682ad2932e255251cabe014" FOREIGN KEY ("forum_id") REFERENCES "forums"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "forum_members" ADD CONSTRAINT "FK_a8ba7fbe0a52d8cf5effcccb396" FOREIGN KEY ("user_id") REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "participants" ADD CONSTRAINT "FK_b6b9eae23e93a499101cdfb3a14" FOREIGN KEY ("forum_id") REFERENCES "forums"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "questions" ADD CONSTRAINT "FK_ac75eda2ef58108b4a3faed4c06" FOREIGN KEY ("forum_id") REFERENCES "forums"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "questions" ADD CONSTRAINT "FK_43b2826e5d74c6cd90aa3bb8daf" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "questions" ADD CONSTRAINT "FK_be8596a3cd0fd900e464c6b575a" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "question_votes" ADD CONSTRAINT "FK_c7514956e9a7667e5d0136b2559" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "question_votes" ADD CONSTRAINT "FK_cbbb00a75f972deeec438e4f693" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "question_votes" DROP CONSTRAINT "FK_cbbb00a75f972deeec438e4f693"`);
        await queryRunner.query(`ALTER TABLE "question_votes" DROP CONSTRAINT "FK_c7514956e9a7667e5d0136b2559"`);
        await queryRunner.query(`ALTER TABLE "questions" DROP CONSTRAINT "FK_be8596a3cd0fd900e464c6b575a"`);
        await queryRunner.query(`ALTER TABLE "questions" DROP CONSTRAINT "FK_43b2826e5d74c6cd90aa3bb8daf"`);
        await queryRunner.query(`ALTER TABLE "questions" DROP CONSTRAINT "FK_ac75eda2ef58108b4a3faed4c06"`);
        await queryRunner.query(`ALTER TABLE "participants" DROP CONSTRAINT "FK_b6b9eae23e93a499101cdfb3a14"`);
        await queryRunner.query(`ALTER TABLE "forum_members" DROP CONSTRAINT "FK_a8ba7fbe0a52d8cf5effcccb396"`);
        await queryRunner.query(`ALTER TABLE "forum_members" DROP CONSTRAINT "FK_e948682ad2932e255251cabe014"`);
        await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_fa507cafab81d117c5f12162772"`);
        await queryRunner.query(`DROP TABLE "question_votes"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2e513f0dd7c4cd4b316e25e2a8"`);
        await queryRunner.query(`DROP TABLE "questions"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4ff514774440531b5edf8fa59c"`);
        await queryRunner.query(`DROP TABLE "participants"`);
        await queryRunner.query(`DROP TABLE "forum_members"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3a60177945a0e5140b0e0768d9"`);
        await queryRunner.query(`DROP TABLE "agenda_items"`);
        await queryRunner.query(`DROP TABLE "forums"`);
        await queryRunner.query(`DROP TABLE "staff_users"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_96c39eb86862cf8300a57ab9a4"`);
        await queryRunner.query(`DROP TABLE "audit_log"`);
    }

}
