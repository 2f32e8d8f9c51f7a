import { AuditLogResolver } from "./audit-log.resolver";

/** What the perisai subgraph registers for the audit log. */
export const auditLogResolvers = [AuditLogResolver] as const;
