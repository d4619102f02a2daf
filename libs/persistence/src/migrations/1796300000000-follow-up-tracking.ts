import { deadlineFromTimeFrame, type FollowUpPlan } from '@mufakat/contracts';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Follow-up tracking: organisations above units, unit and organisation members, the actions of approved consensus
 * items with their dated updates and evidence. Existing data joins one default organisation (see migrateExistingData).
 */
export class FollowUpTracking1796300000000 implements MigrationInterface {
  name = 'FollowUpTracking1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "organisation_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_organisation_members_organisation_user" UNIQUE ("organisation_id", "user_id"), CONSTRAINT "PK_2eb071f7c93bf3156dbe9318f29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6d808506119822a1e47422b512" ON "organisation_members" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "unit_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_unit_members_unit_user" UNIQUE ("unit_id", "user_id"), CONSTRAINT "PK_28056dad4642544ae6a743ce7a9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7e2cc88473b764f2a51b1ecfa8" ON "unit_members" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "follow_up_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "consensus_item_id" uuid NOT NULL, "forum_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "action" text NOT NULL, "responsible_unit" character varying(200) NOT NULL, "deadline" date, "time_frame" character varying(100), "status" character varying(16) NOT NULL DEFAULT 'planned', "progress" smallint NOT NULL DEFAULT '0', "dropped_reason" character varying(500), "completed_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d4f25b8527ddf8a4620351963ef" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4c1dff96242aac600472dcf4da" ON "follow_up_actions" ("unit_id", "deadline") `);
    await queryRunner.query(`CREATE INDEX "IDX_040702a1ac84f153c32105701f" ON "follow_up_actions" ("forum_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9b98c9b7e51602e4b270ca1740" ON "follow_up_actions" ("consensus_item_id") `);
    await queryRunner.query(
      `CREATE TABLE "follow_up_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "action_id" uuid NOT NULL, "author_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(16) NOT NULL, "progress" smallint NOT NULL, "note" text NOT NULL DEFAULT '', CONSTRAINT "PK_84616233485836304c2bc486007" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f5d2822736c8db4b271b4fff35" ON "follow_up_updates" ("action_id", "at") `);
    await queryRunner.query(
      `CREATE TABLE "follow_up_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "update_id" uuid NOT NULL, "file_path" character varying(300) NOT NULL, "name" character varying(200) NOT NULL, "mime" character varying(32) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, CONSTRAINT "PK_5d9e241ba5be0526000b0b60e38" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_48f064785201d568f10cdc37a8" ON "follow_up_evidence" ("update_id") `);
    await queryRunner.query(`ALTER TABLE "units" ADD "organisation_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_369504fad69954d0969cd85afa" ON "units" ("organisation_id") `);

    await migrateExistingData(queryRunner);

    await queryRunner.query(`ALTER TABLE "units" ALTER COLUMN "organisation_id" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "units" ADD CONSTRAINT "FK_369504fad69954d0969cd85afa1" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_members" ADD CONSTRAINT "FK_588fd3930af62ea399879e1d7ab" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_members" ADD CONSTRAINT "FK_6d808506119822a1e47422b512a" FOREIGN KEY ("user_id") REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_members" ADD CONSTRAINT "FK_facf1771055919e25bd8d0ba8ad" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_members" ADD CONSTRAINT "FK_7e2cc88473b764f2a51b1ecfa8d" FOREIGN KEY ("user_id") REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_actions" ADD CONSTRAINT "FK_9b98c9b7e51602e4b270ca1740c" FOREIGN KEY ("consensus_item_id") REFERENCES "consensus_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_actions" ADD CONSTRAINT "FK_040702a1ac84f153c32105701ff" FOREIGN KEY ("forum_id") REFERENCES "forums"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_actions" ADD CONSTRAINT "FK_99587b0f5b3a70bdb2e3f876dc1" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_updates" ADD CONSTRAINT "FK_c7bbe8028f3f1842a4155b90456" FOREIGN KEY ("action_id") REFERENCES "follow_up_actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_updates" ADD CONSTRAINT "FK_62325f0755c208d492233811f2c" FOREIGN KEY ("author_id") REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_evidence" ADD CONSTRAINT "FK_48f064785201d568f10cdc37a88" FOREIGN KEY ("update_id") REFERENCES "follow_up_updates"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "follow_up_evidence" DROP CONSTRAINT "FK_48f064785201d568f10cdc37a88"`);
    await queryRunner.query(`ALTER TABLE "follow_up_updates" DROP CONSTRAINT "FK_62325f0755c208d492233811f2c"`);
    await queryRunner.query(`ALTER TABLE "follow_up_updates" DROP CONSTRAINT "FK_c7bbe8028f3f1842a4155b90456"`);
    await queryRunner.query(`ALTER TABLE "follow_up_actions" DROP CONSTRAINT "FK_99587b0f5b3a70bdb2e3f876dc1"`);
    await queryRunner.query(`ALTER TABLE "follow_up_actions" DROP CONSTRAINT "FK_040702a1ac84f153c32105701ff"`);
    await queryRunner.query(`ALTER TABLE "follow_up_actions" DROP CONSTRAINT "FK_9b98c9b7e51602e4b270ca1740c"`);
    await queryRunner.query(`ALTER TABLE "unit_members" DROP CONSTRAINT "FK_7e2cc88473b764f2a51b1ecfa8d"`);
    await queryRunner.query(`ALTER TABLE "unit_members" DROP CONSTRAINT "FK_facf1771055919e25bd8d0ba8ad"`);
    await queryRunner.query(`ALTER TABLE "organisation_members" DROP CONSTRAINT "FK_6d808506119822a1e47422b512a"`);
    await queryRunner.query(`ALTER TABLE "organisation_members" DROP CONSTRAINT "FK_588fd3930af62ea399879e1d7ab"`);
    await queryRunner.query(`ALTER TABLE "units" DROP CONSTRAINT "FK_369504fad69954d0969cd85afa1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_369504fad69954d0969cd85afa"`);
    await queryRunner.query(`ALTER TABLE "units" DROP COLUMN "organisation_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_48f064785201d568f10cdc37a8"`);
    await queryRunner.query(`DROP TABLE "follow_up_evidence"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f5d2822736c8db4b271b4fff35"`);
    await queryRunner.query(`DROP TABLE "follow_up_updates"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9b98c9b7e51602e4b270ca1740"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_040702a1ac84f153c32105701f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4c1dff96242aac600472dcf4da"`);
    await queryRunner.query(`DROP TABLE "follow_up_actions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7e2cc88473b764f2a51b1ecfa8"`);
    await queryRunner.query(`DROP TABLE "unit_members"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6d808506119822a1e47422b512"`);
    await queryRunner.query(`DROP TABLE "organisation_members"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
  }
}

/**
 * Existing data joins one default organisation: every unit; a forum without a unit gets its organiser's unit of that
 * name; unit creators become their admins, forum organisers officers of their forum's unit, the earliest staff user
 * (the instance's first account) the organisation's admin; approved consensus items get their action rows.
 */
async function migrateExistingData(queryRunner: QueryRunner): Promise<void> {
  const [{ needed }] = (await queryRunner.query(
    `SELECT EXISTS (SELECT 1 FROM staff_users) OR EXISTS (SELECT 1 FROM units) OR EXISTS (SELECT 1 FROM forums) AS needed`,
  )) as Array<{ needed: boolean }>;
  if (!needed) return;
  const [organisation] = (await queryRunner.query(
    `INSERT INTO organisations (name)
     VALUES (coalesce((SELECT parent_body FROM units WHERE parent_body IS NOT NULL ORDER BY created_at, id LIMIT 1), $1))
     RETURNING id`,
    [DEFAULT_ORGANISATION_NAME],
  )) as Array<{ id: string }>;
  await queryRunner.query(`UPDATE units SET organisation_id = $1`, [organisation.id]);
  // A forum without a unit goes to its organiser's unit of that name, made when there is none, as a forum's first
  // approval places it at run time: forums of different organisers never share a unit (its board, letterhead or
  // numbering), nor do one organiser's differently named units.
  await queryRunner.query(
    `INSERT INTO units (name, code, organisation_id, created_by)
     SELECT DISTINCT f.unit_name, $2, $1::uuid, f.created_by FROM forums f
     WHERE f.unit_id IS NULL AND NOT EXISTS (SELECT 1 FROM units u WHERE u.created_by = f.created_by AND u.name = f.unit_name)`,
    [organisation.id, DEFAULT_UNIT_CODE],
  );
  await queryRunner.query(
    `UPDATE forums f SET unit_id = (SELECT u.id FROM units u WHERE u.created_by = f.created_by AND u.name = f.unit_name
                                    ORDER BY u.updated_at DESC, u.id LIMIT 1)
     WHERE f.unit_id IS NULL`,
  );
  await queryRunner.query(`INSERT INTO unit_members (unit_id, user_id, role) SELECT id, created_by, 'admin' FROM units ON CONFLICT DO NOTHING`);
  await queryRunner.query(
    `INSERT INTO unit_members (unit_id, user_id, role)
     SELECT DISTINCT f.unit_id, m.user_id, 'officer' FROM forums f JOIN forum_members m ON m.forum_id = f.id AND m.role = 'organiser'
     UNION SELECT unit_id, created_by, 'officer' FROM forums
     ON CONFLICT DO NOTHING`,
  );
  await queryRunner.query(
    `INSERT INTO organisation_members (organisation_id, user_id, role)
     SELECT $1, id, 'admin' FROM staff_users ORDER BY created_at, id LIMIT 1`,
    [organisation.id],
  );
  const approved = (await queryRunner.query(
    `SELECT c.id, c.forum_id, f.unit_id, c.follow_up, c.updated_at, to_char(f.starts_at AT TIME ZONE $1, 'YYYY-MM-DD') AS forum_date,
            to_char(c.updated_at AT TIME ZONE $1, 'YYYY-MM-DD') AS updated_on
     FROM consensus_items c JOIN forums f ON f.id = c.forum_id
     WHERE c.status = 'approved' AND c.follow_up IS NOT NULL`,
    [timeZone()],
  )) as Array<{ id: string; forum_id: string; unit_id: string; follow_up: FollowUpPlan; forum_date: string; updated_on: string }>;
  for (const item of approved) {
    const plan = item.follow_up;
    const done = plan.status === 'done';
    await queryRunner.query(
      `INSERT INTO follow_up_actions (consensus_item_id, forum_id, unit_id, action, responsible_unit, deadline, time_frame, status, progress, completed_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        item.id,
        item.forum_id,
        item.unit_id,
        plan.action,
        plan.responsibleUnit,
        plan.deadline ?? deadlineFromTimeFrame(plan.timeFrame, item.forum_date),
        plan.timeFrame ?? null,
        plan.status,
        done ? 100 : 0,
        done ? item.updated_on : null,
      ],
    );
  }
}

const DEFAULT_ORGANISATION_NAME = 'Organisasi';
const DEFAULT_UNIT_CODE = 'UNIT';

/** The zone forum dates are counted in: the server's documents zone, as the api reads it. */
function timeZone(): string {
  return process.env.TIME_ZONE || 'Asia/Jakarta';
}
