import { MigrationInterface, QueryRunner } from "typeorm";

/** Generated: consensus items and signals, the survey, representatives, document versions, signatures and photos. */

export class ConsensusAndMinutes1795597372861 implements MigrationInterface {
    name = 'ConsensusAndMinutes1795597372861'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "consensus_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "forum_id" uuid NOT NULL, "agenda_item_id" uuid, "text" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "number" integer, "follow_up" jsonb, "opened_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f27c04959244e1e727a82b28892" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_07f9980f8b67f1211b21a95c40" ON "consensus_items"  ("forum_id", "number") WHERE number IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_8351c239d79a87b8d9f5e15de1" ON "consensus_items"  ("forum_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "consensus_signals" ("item_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "signal" character varying(16) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d98696d4046f97b28384bbd2c25" PRIMARY KEY ("item_id", "participant_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_16e741b93364e1710499efafc2" ON "consensus_signals"  ("participant_id") `);
        await queryRunner.query(`CREATE TABLE "survey_responses" ("participant_id" uuid NOT NULL, "forum_id" uuid NOT NULL, "scores" smallint array NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_babd6da576ab6d31e02422a4af7" PRIMARY KEY ("participant_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ab23e8703ecc05f8d22ec6a4d1" ON "survey_responses"  ("forum_id") `);
        await queryRunner.query(`CREATE TABLE "representatives" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "forum_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "side" character varying(16) NOT NULL, "role_title" character varying(120) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_80e9af53802d5e0376d1ae8f68c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_44d5d5aa5a8f953022994b48ac" ON "representatives"  ("forum_id", "participant_id") `);
        await queryRunner.query(`CREATE TABLE "document_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "forum_id" uuid NOT NULL, "version" integer NOT NULL, "language" character varying(2) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'queued', "progress" smallint NOT NULL DEFAULT '0', "content_fingerprint" character varying(64), "pdf_sha256" character varying(64), "docx_sha256" character varying(64), "pdf_size" integer, "docx_size" integer, "missing_signatures" jsonb NOT NULL DEFAULT '[]'::jsonb, "signed_count" integer NOT NULL DEFAULT '0', "error" text, "announced" character varying(32), "requested_by" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_baf26dab035c6d6fc433f9dc6a2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_65638a28d3f92fd688f828ce02" ON "document_versions"  ("forum_id", "version") `);
        await queryRunner.query(`CREATE TABLE "signatures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "representative_id" uuid NOT NULL, "document_id" uuid NOT NULL, "content_fingerprint" character varying(64) NOT NULL, "png" bytea NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f56eb3cd344ce7f9ae28ce814eb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e4c2bd7cdd857af9e0737de515" ON "signatures"  ("representative_id", "document_id") `);
        await queryRunner.query(`CREATE TABLE "document_photos" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "forum_id" uuid NOT NULL, "caption" character varying(200), "mime" character varying(16) NOT NULL, "size" integer NOT NULL, "file_path" character varying(300) NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ab4d21d7b23889e876522591fe5" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_d78efb475eba87b6f626577fc1" ON "document_photos"  ("forum_id", "uploaded_at") `);
        await queryRunner.query(`ALTER TABLE "forums" ADD "survey_open" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "consensus_items" ADD CONSTRAINT "FK_588d2a1bcfa920df9923ce0930c" FOREIGN KEY ("forum_id") REFERENCES "forums"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consensus_items" ADD CONSTRAINT "FK_363820798ddbbc5ae830d4a7a53" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consensus_signals" ADD CONSTRAINT "FK_26c12a9f668166a5aface976300" FOREIGN KEY ("item_id") REFERENCES "consensus_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consensus_signals" ADD CONSTRAINT "FK_16e741b93364e1710499efafc21" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "survey_responses" ADD CONSTRAINT "FK_babd6da576ab6d31e02422a4af7" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "survey_responses" ADD CONSTRAINT "FK_ab23e8703ecc05f8d22ec6a4d1f" FOREIGN KEY ("forum_id") REFERENCES "forums"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "representatives" ADD CONSTRAINT "FK_c9d75cb0d08e78107740629e508" FOREIGN KEY ("forum_id") REFERENCES "forums"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "representatives" ADD CONSTRAINT "FK_6aef4ed62a8678b51691740435d" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "document_versions" ADD CONSTRAINT "FK_877ba4be85c9b63a403f421ec31" FOREIGN KEY ("forum_id") REFERENCES "forums"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "signatures" ADD CONSTRAINT "FK_3bcd14efc46cc10f42232370886" FOREIGN KEY ("representative_id") REFERENCES "representatives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "signatures" ADD CONSTRAINT "FK_f91a1f7ece9f297fbbabe2ec669" FOREIGN KEY ("document_id") REFERENCES "document_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "document_photos" ADD CONSTRAINT "FK_591d713440e607f88d933376ec2" FOREIGN KEY ("forum_id") REFERENCES "forums"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "document_photos" DROP CONSTRAINT "FK_591d713440e607f88d933376ec2"`);
        await queryRunner.query(`ALTER TABLE "signatures" DROP CONSTRAINT "FK_f91a1f7ece9f297fbbabe2ec669"`);
        await queryRunner.query(`ALTER TABLE "signatures" DROP CONSTRAINT "FK_3bcd14efc46cc10f42232370886"`);
        await queryRunner.query(`ALTER TABLE "document_versions" DROP CONSTRAINT "FK_877ba4be85c9b63a403f421ec31"`);
        await queryRunner.query(`ALTER TABLE "representatives" DROP CONSTRAINT "FK_6aef4ed62a8678b51691740435d"`);
        await queryRunner.query(`ALTER TABLE "representatives" DROP CONSTRAINT "FK_c9d75cb0d08e78107740629e508"`);
        await queryRunner.query(`ALTER TABLE "survey_responses" DROP CONSTRAINT "FK_ab23e8703ecc05f8d22ec6a4d1f"`);
        await queryRunner.query(`ALTER TABLE "survey_responses" DROP CONSTRAINT "FK_babd6da576ab6d31e02422a4af7"`);
        await queryRunner.query(`ALTER TABLE "consensus_signals" DROP CONSTRAINT "FK_16e741b93364e1710499efafc21"`);
        await queryRunner.query(`ALTER TABLE "consensus_signals" DROP CONSTRAINT "FK_26c12a9f668166a5aface976300"`);
        await queryRunner.query(`ALTER TABLE "consensus_items" DROP CONSTRAINT "FK_363820798ddbbc5ae830d4a7a53"`);
        await queryRunner.query(`ALTER TABLE "consensus_items" DROP CONSTRAINT "FK_588d2a1bcfa920df9923ce0930c"`);
        await queryRunner.query(`ALTER TABLE "forums" DROP COLUMN "survey_open"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d78efb475eba87b6f626577fc1"`);
        await queryRunner.query(`DROP TABLE "document_photos"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e4c2bd7cdd857af9e0737de515"`);
        await queryRunner.query(`DROP TABLE "signatures"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_65638a28d3f92fd688f828ce02"`);
        await queryRunner.query(`DROP TABLE "document_versions"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_44d5d5aa5a8f953022994b48ac"`);
        await queryRunner.query(`DROP TABLE "representatives"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ab23e8703ecc05f8d22ec6a4d1"`);
        await queryRunner.query(`DROP TABLE "survey_responses"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_16e741b93364e1710499efafc2"`);
        await queryRunner.query(`DROP TABLE "consensus_signals"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8351c239d79a87b8d9f5e15de1"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_07f9980f8b67f1211b21a95c40"`);
        await queryRunner.query(`DROP TABLE "consensus_items"`);
    }

}
