import { ApiError } from '@mufakat/client';
import { canManageMembers, managingRoles, memberEmailError, membershipErrorKey, rolesOf } from './members';

describe('members', () => {
  it.each([
    ['unit', 'admin', true],
    ['unit', 'officer', false],
    ['unit', 'viewer', false],
    ['organisation', 'admin', true],
    ['organisation', 'viewer', false],
  ] as const)('lets a %s %s manage members: %s', (scope, role, allowed) => {
    expect(canManageMembers(scope, role)).toBe(allowed);
  });

  it("lists each scope's roles and who manages them, as the contracts say", () => {
    expect(rolesOf('unit')).toEqual(['admin', 'officer', 'viewer']);
    expect(rolesOf('organisation')).toEqual(['admin', 'viewer']);
    expect(managingRoles('unit')).toEqual(['admin']);
    expect(managingRoles('organisation')).toEqual(['admin']);
  });

  it('names the last-admin conflict and nothing else', () => {
    expect(membershipErrorKey('unit', new ApiError(409, 'CONFLICT', 'The unit keeps at least one admin'))).toBe('memberAdmin.lastAdmin.unit');
    expect(membershipErrorKey('organisation', new ApiError(409, 'CONFLICT', 'x'))).toBe('memberAdmin.lastAdmin.organisation');
    expect(membershipErrorKey('unit', new ApiError(403, 'FORBIDDEN', 'x'))).toBeNull();
    expect(membershipErrorKey('unit', null)).toBeNull();
  });

  it('checks the email before sending', () => {
    expect(memberEmailError('')).toEqual({ key: 'required' });
    expect(memberEmailError('bukan-email')).toEqual({ key: 'invalidEmail' });
    expect(memberEmailError(' budi@dinas.test ')).toBeUndefined();
  });
});
