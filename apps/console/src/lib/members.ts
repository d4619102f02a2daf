import type { ApiError } from '@mufakat/client';
import { LIMITS, ORGANISATION_ROLES, UNIT_PERMISSIONS, UNIT_ROLES, unitRoleAllows, type OrganisationRole, type UnitRole } from '@mufakat/contracts';
import { emailError, type FieldError } from './validation';

/** Whose members a roster lists: a unit's, or an organisation's. */
export type MemberScope = 'unit' | 'organisation';
export type ScopeRole = UnitRole | OrganisationRole;

/** The roles a member can be given in the scope, as the contracts list them. */
export function rolesOf(scope: MemberScope): readonly ScopeRole[] {
  return scope === 'unit' ? UNIT_ROLES : ORGANISATION_ROLES;
}

/**
 * Whether the caller's role lets them add, change and remove members; the server enforces the same rules (a unit's
 * `manageUnit` permission, an organisation's admin role).
 */
export function canManageMembers(scope: MemberScope, role: ScopeRole): boolean {
  if (scope === 'unit') return unitRoleAllows(role as UnitRole, 'manageUnit');
  return role === 'admin';
}

/** The roles that may manage the scope's members: what the read-only note names. */
export function managingRoles(scope: MemberScope): ScopeRole[] {
  return scope === 'unit' ? [...UNIT_PERMISSIONS.manageUnit] : ['admin'];
}

export function memberEmailError(email: string): FieldError | undefined {
  return emailError(email, LIMITS.email);
}

/**
 * The console's own words for a refusal it can name: on a membership, the only conflict the server reports is that
 * the scope would be left without an admin.
 */
export function membershipErrorKey(scope: MemberScope, error: ApiError | null): string | null {
  return error?.code === 'CONFLICT' ? `memberAdmin.lastAdmin.${scope}` : null;
}
