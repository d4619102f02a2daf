import type { SpeakerView } from '@mufakat/contracts';
import { parseLimitMinutes, speakerQueue } from './speakers';

const speaker = (id: string, status: SpeakerView['status']): SpeakerView => ({
  id,
  participantId: `p-${id}`,
  name: id,
  institution: 'x',
  mode: 'online',
  status,
  requestedAt: '2026-12-01T09:00:00.000Z',
  startedAt: status === 'speaking' ? '2026-12-01T09:01:00.000Z' : null,
  limitSeconds: null,
});

describe(speakerQueue.name, () => {
  it('keeps the queue order for those waiting and lists who has the floor', () => {
    const queue = speakerQueue([speaker('b', 'waiting'), speaker('s', 'speaking'), speaker('a', 'waiting'), speaker('d', 'done')]);
    expect(queue.waiting.map((s) => s.id)).toEqual(['b', 'a']);
    expect(queue.speaking.map((s) => s.id)).toEqual(['s']);
  });
});

describe(parseLimitMinutes.name, () => {
  it('reads whole and decimal minutes, with a comma or a point', () => {
    expect(parseLimitMinutes('3')).toEqual({ ok: true, seconds: 180 });
    expect(parseLimitMinutes(' 1,5 ')).toEqual({ ok: true, seconds: 90 });
    expect(parseLimitMinutes('0.25')).toEqual({ ok: true, seconds: 15 });
    expect(parseLimitMinutes('30')).toEqual({ ok: true, seconds: 1800 });
  });

  it('treats an empty field as no limit', () => {
    expect(parseLimitMinutes('')).toEqual({ ok: true, seconds: null });
  });

  it('refuses what the server would refuse', () => {
    for (const value of ['0', '0.2', '31', '-1', 'tiga', '1e2']) {
      expect(parseLimitMinutes(value)).toEqual({ ok: false, error: { key: 'speakerMinutesRange', values: { min: 0.25, max: 30 } } });
    }
  });
});
