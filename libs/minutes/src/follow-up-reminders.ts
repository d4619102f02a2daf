import { actionTimeliness, addDays, webPaths, type ActionStatus } from '@mufakat/contracts';
import type { DataSource } from 'typeorm';

/** The queue whose repeatable job runs the reminders in the hosted mode (the worker). */
export const FOLLOW_UP_REMINDERS_QUEUE = 'follow-up-reminders';
/** How often the reminders look for actions that changed state: hourly, so a deadline passing is noticed that day. */
export const FOLLOW_UP_REMINDERS_EVERY_MS = 60 * 60 * 1000;

export type ReminderKind = 'due_soon' | 'overdue';

export interface ReminderMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends one mail; an SMTP transport in production, anything that delivers in tests. */
export interface Mailer {
  send(mail: ReminderMail): Promise<void>;
}

export interface FollowUpRemindersOptions {
  /** IANA zone "today" is counted in: the server's. */
  timeZone: string;
  dueSoonDays: number;
  /** The public address links in mails start with. */
  publicUrl: string;
  now: () => Date;
  /** Null when SMTP is not configured: the console notifications still go out. */
  mailer: Mailer | null;
  log?: (message: string) => void;
}

export interface ReminderRun {
  /** Actions whose state changed and whose staff were notified. */
  flagged: number;
  mailed: number;
}

interface OpenAction {
  id: string;
  action: string;
  deadline: string;
  status: ActionStatus;
  reminded_state: ReminderKind | null;
  unit_id: string;
  unit_name: string;
  forum_id: string;
  forum_title: string;
}

/**
 * Flags open actions nearing their deadline or past it, once per change of that state (stored per action, so a
 * later run, another replica or a restart sends nothing twice), and tells the unit's admins and officers: a
 * notification in the console, and a mail when SMTP is configured. A plain class: the worker's repeatable job and
 * the embedded mode's interval run the same code.
 */
export class FollowUpReminders {
  constructor(
    private readonly db: DataSource,
    private readonly options: FollowUpRemindersOptions,
  ) {}

  async run(): Promise<ReminderRun> {
    const today = calendarDate(this.options.now(), this.options.timeZone);
    const horizon = addDays(today, this.options.dueSoonDays);
    const actions = (await this.db.query(
      `SELECT a.id, a.action, to_char(a.deadline, 'YYYY-MM-DD') AS deadline, a.status, r.state AS reminded_state, a.unit_id, u.name AS unit_name,
              a.forum_id, f.title AS forum_title
       FROM follow_up_actions a JOIN units u ON u.id = a.unit_id JOIN forums f ON f.id = a.forum_id
       LEFT JOIN follow_up_reminder_states r ON r.action_id = a.id
       WHERE (a.status IN ('planned', 'in_progress') AND a.deadline IS NOT NULL AND a.deadline <= $1::date) OR r.state IS NOT NULL`,
      [horizon],
    )) as OpenAction[];
    let flagged = 0;
    let mailed = 0;
    for (const action of actions) {
      const timeliness = actionTimeliness({ status: action.status, deadline: action.deadline, completedOn: null }, today, this.options.dueSoonDays);
      const open = action.status === 'planned' || action.status === 'in_progress';
      const state: ReminderKind | null = open && (timeliness === 'due_soon' || timeliness === 'overdue') ? timeliness : null;
      if (state === action.reminded_state) continue;
      const recipients = await this.flag(action, state);
      if (!state || !recipients) continue;
      flagged += 1;
      mailed += await this.mail(action, state, recipients);
    }
    return { flagged, mailed };
  }

  /**
   * Stores the new state, if no other run did first, and the notifications in the same transaction; the recipients
   * (null when another run got there first, or the state was only cleared).
   */
  private async flag(action: OpenAction, state: ReminderKind | null): Promise<Array<{ id: string; email: string }> | null> {
    return this.db.transaction(async (manager) => {
      if (!state) {
        await manager.query(`DELETE FROM follow_up_reminder_states WHERE action_id = $1`, [action.id]);
        return null;
      }
      // Only from the state this run read: of two runs at once, one flags.
      const changed = (await manager.query(
        action.reminded_state
          ? `UPDATE follow_up_reminder_states SET state = $2, changed_at = now() WHERE action_id = $1 AND state = $3 RETURNING action_id`
          : `INSERT INTO follow_up_reminder_states (action_id, state) VALUES ($1, $2) ON CONFLICT (action_id) DO NOTHING RETURNING action_id`,
        action.reminded_state ? [action.id, state, action.reminded_state] : [action.id, state],
      )) as unknown[];
      // An UPDATE answers [rows, count], an INSERT its rows.
      const rows = Array.isArray(changed[0]) ? (changed[0] as unknown[]) : changed;
      if (rows.length === 0) return null;
      const recipients = (await manager.query(
        `SELECT s.id, s.email FROM unit_members m JOIN staff_users s ON s.id = m.user_id
         WHERE m.unit_id = $1 AND m.role IN ('admin', 'officer') ORDER BY s.email`,
        [action.unit_id],
      )) as Array<{ id: string; email: string }>;
      for (const recipient of recipients) {
        await manager.query(`INSERT INTO staff_notifications (user_id, action_id, kind) VALUES ($1, $2, $3)`, [recipient.id, action.id, state]);
      }
      return recipients;
    });
  }

  /** One mail per recipient; a failed delivery is logged, not retried (the console notification stays). */
  private async mail(action: OpenAction, state: ReminderKind, recipients: Array<{ email: string }>): Promise<number> {
    const mailer = this.options.mailer;
    if (!mailer) return 0;
    const base = this.options.publicUrl.replace(/\/+$/, '');
    const subject =
      state === 'overdue'
        ? `[Mufakat] Tindak lanjut terlambat / Overdue follow-up: ${action.action}`.slice(0, 200)
        : `[Mufakat] Tenggat tindak lanjut mendekat / Follow-up due soon: ${action.action}`.slice(0, 200);
    const text = [
      state === 'overdue'
        ? `Tindak lanjut ini melewati tenggat ${action.deadline} / This action is past its deadline of ${action.deadline}:`
        : `Tenggat tindak lanjut ini ${action.deadline} / This action is due on ${action.deadline}:`,
      '',
      action.action,
      '',
      `Forum: ${action.forum_title}`,
      `Unit: ${action.unit_name}`,
      '',
      `Perbarui di konsol / Update it in the console: ${base}${webPaths.console}follow-ups`,
      `Halaman publik / Public page: ${base}${webPaths.publicForum(action.forum_id)}`,
    ].join('\n');
    let sent = 0;
    for (const recipient of recipients) {
      try {
        await mailer.send({ to: recipient.email, subject, text });
        sent += 1;
      } catch (error) {
        this.options.log?.(`Reminder mail to ${recipient.email} failed: ${(error as Error).message}`);
      }
    }
    return sent;
  }
}

function calendarDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
