import { boardQuery, canManage, canUpdate, timelinessTone, validateUpdate } from './follow-ups';

describe('follow-up board helpers', () => {
  it('puts only the filters set into the query', () => {
    expect(boardQuery({})).toBe('');
    expect(boardQuery({ status: 'done', overdue: true, forumId: 'f1' })).toBe('?status=done&overdue=true&forumId=f1');
  });

  it('lets officers update and only admins manage', () => {
    expect([canUpdate('admin'), canUpdate('officer'), canUpdate('viewer')]).toEqual([true, true, false]);
    expect([canManage('admin'), canManage('officer')]).toEqual([true, false]);
  });

  it('warns about overdue and due-soon actions', () => {
    expect(timelinessTone('overdue')).toBe('danger');
    expect(timelinessTone('due_soon')).toBe('warning');
    expect(timelinessTone('dropped')).toBe('neutral');
  });

  it('checks progress, note and files before sending', () => {
    expect(validateUpdate('50', 'ok', [{ size: 10, type: 'application/pdf' }])).toEqual({});
    expect(validateUpdate('101', '', []).progress).toBeDefined();
    expect(validateUpdate('abc', '', []).progress).toBeDefined();
    expect(validateUpdate('5', '', [{ size: 10, type: 'text/html' }]).files?.key).toBe('evidenceType');
    expect(validateUpdate('5', '', Array(6).fill({ size: 1, type: 'image/png' })).files?.key).toBe('evidenceTooMany');
    expect(validateUpdate('5', '', [{ size: 11 * 1024 * 1024, type: 'image/png' }]).files?.key).toBe('evidenceTooLarge');
  });
});
