import { connectionType } from "../../../shared/graphql/relay";
import { AuditEntry } from "./audit-entry.type";

export const AuditEntryConnection = connectionType("AuditEntry", AuditEntry);
