// Experiment (`--experiment=one-statement-votes`): the api writes a batch of upvotes in a transaction of five
// round trips (BEGIN, SELECT … FOR UPDATE, INSERT, UPDATE, COMMIT). While tallies are broadcast to thousands of
// sockets every round trip waits for a busy event loop, so a vote's acknowledgement waits ~5 loop turns. This
// writes the same batch in one statement (validation, insert, counter update; atomic and durable on return).
'use strict';
const { join } = require('node:path');

const dist = join(__dirname, '../../apps/api/dist');
const { QuestionsService } = require(join(dist, 'questions/questions.service.js'));
const { DomainError } = require(join(dist, 'common/domain-error.js'));

const ADD_VOTES = `
  WITH input AS (SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS t(question_id, participant_id, forum_id)),
  valid AS (
    SELECT i.question_id, i.participant_id FROM input i
    JOIN questions q ON q.id = i.question_id AND q.forum_id = i.forum_id AND q.status IN ('approved', 'answered')),
  added AS (
    INSERT INTO question_votes (question_id, participant_id) SELECT question_id, participant_id FROM valid
    ON CONFLICT DO NOTHING RETURNING question_id),
  counts AS (SELECT question_id, count(*)::int AS n FROM added GROUP BY question_id),
  moved AS (
    UPDATE questions q SET upvote_count = q.upvote_count + c.n FROM counts c WHERE q.id = c.question_id
    RETURNING q.id, q.forum_id)
  SELECT (SELECT coalesce(json_agg(json_build_object('id', id, 'forumId', forum_id)), '[]'::json) FROM moved) AS moved,
         (SELECT coalesce(array_agg(DISTINCT question_id), '{}') FROM valid) AS valid`;

const writeUpvotes = QuestionsService.prototype.writeUpvotes;

QuestionsService.prototype.writeUpvotes = async function oneStatement(items) {
  if (items.some((item) => !item.upvoted)) return writeUpvotes.call(this, items);
  const [row] = await this.db.query(ADD_VOTES, [
    items.map((item) => item.questionId),
    items.map((item) => item.participantId),
    items.map((item) => item.forumId),
  ]);
  const valid = new Set(row.valid);
  for (const question of row.moved) this.broadcaster.tallyChanged(question.forumId, question.id);
  return items.map((item) => (valid.has(item.questionId) ? null : new DomainError('INVALID_STATE', 'Only questions shown to the room can be upvoted')));
};
