import { Role } from "../../../shared/auth/role";

/** The monthly close: national coordinators for any office, office admins for their own offices. */
export const CLOSING_ROLES = [Role.NATIONAL_COORDINATOR, Role.OFFICE_ADMIN];

/** Office sums reveal every agent of the office: roles that see offices, not agents (who see their own only). */
export const OFFICE_STATEMENT_ROLES = [Role.NATIONAL_COORDINATOR, Role.ANALYST, Role.OFFICE_ADMIN, Role.BRANCH_OFFICER];
