import type { Em } from "../../../shared/db/orm";
import { Role } from "../../../shared/auth/role";
import type { AgentStatus } from "../entities/agent-status";
import { scopeOf, type Scope, type ScopeOffice } from "./scope";
import type { UserAccount } from "./user-account.entity";

/** The offices that match `roots`, and every office below them (the Kantor Perisai tree). */
function subtreeSql(roots: string): string {
  return `
    with recursive "scope" as (
      select "office"."id", "office"."region_code" from "perisai"."perisai_office" as "office" ${roots}
      union
      select "child"."id", "child"."region_code"
        from "perisai"."perisai_office" as "child" join "scope" on "child"."parent_id" = "scope"."id"
    )
    select "id", "region_code" as "regionCode" from "scope"`;
}

const OFFICE_SUBTREE = subtreeSql('where "office"."id" = ?');

/** Offices the branch supervises or that work under an MoU the branch signed, and the offices below them. */
const BRANCH_SUBTREE = subtreeSql(
  'left join "perisai"."mou" as "mou" on "mou"."id" = "office"."mou_id" ' +
    'where "office"."supervising_branch_id" = ? or "mou"."bpjs_office_id" = ?',
);

const AGENT = `
  select "id", "office_id" as "officeId", "territory", "status" from "perisai"."agent" where "id" = ?`;

/** Loads what the account's role is attached to and resolves the scope; null: the account may not sign in. */
export async function resolveScope(em: Em, account: UserAccount): Promise<Scope | null> {
  switch (account.role) {
    case Role.OFFICE_ADMIN: {
      const offices = await em.execute<ScopeOffice[]>(OFFICE_SUBTREE, [account.perisaiOffice?.id ?? 0]);
      return scopeOf({ role: account.role, offices });
    }
    case Role.BRANCH_OFFICER: {
      const branchId = account.bpjsOffice?.id ?? 0;
      const offices = await em.execute<ScopeOffice[]>(BRANCH_SUBTREE, [branchId, branchId]);
      return scopeOf({ role: account.role, offices, bpjsOfficeId: branchId });
    }
    case Role.AGENT: {
      const [agent] = await em.execute<{ id: number; officeId: number; territory: string[]; status: AgentStatus }[]>(
        AGENT,
        [account.agent?.id ?? 0],
      );
      return scopeOf({ role: account.role, agent: agent ?? null });
    }
    default:
      return scopeOf({ role: account.role });
  }
}
