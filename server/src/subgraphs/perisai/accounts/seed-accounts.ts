import { QueryOrder } from "@mikro-orm/core";
import { Role } from "../../../shared/auth/role";
import type { Em } from "../../../shared/db/orm";
import { AgentStatus } from "../entities/agent-status";
import { Agent } from "../entities/agent.entity";
import { BpjsOffice } from "../entities/bpjs-office.entity";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import { passwordProblem } from "./account-rules";
import { hashPassword } from "./password-hash";
import { UserAccount } from "./user-account.entity";

const BATAM_OFFICE = "Kantor Perisai OK OCE Progresif Batam";
const BATAM_NAGOYA_BRANCH = "Kantor Cabang Batam Nagoya";

type DemoAccount = Pick<UserAccount, "email" | "displayName" | "role" | "perisaiOffice" | "bpjsOffice" | "agent">;

/** One account per role, attached to the real nodes of the seeded network; a node that is missing skips its account. */
async function demoAccounts(em: Em): Promise<DemoAccount[]> {
  const batamOffice = await em.findOne(PerisaiOffice, { name: BATAM_OFFICE });
  const branch = await em.findOne(BpjsOffice, { name: BATAM_NAGOYA_BRANCH });
  const agent = await em.findOne(
    Agent,
    { status: AgentStatus.ACTIVE, office: { pioneer: true } },
    { orderBy: { agentNumber: QueryOrder.ASC } },
  );
  const none = { perisaiOffice: null, bpjsOffice: null, agent: null };
  const accounts: DemoAccount[] = [
    {
      ...none,
      email: "nasional@perisai.example",
      displayName: "Koordinator Nasional",
      role: Role.NATIONAL_COORDINATOR,
    },
    { ...none, email: "analis@perisai.example", displayName: "Analis Data", role: Role.ANALYST },
  ];
  if (batamOffice) {
    accounts.push({
      ...none,
      email: "admin.batam@perisai.example",
      displayName: "Admin Kantor Perisai Batam",
      role: Role.OFFICE_ADMIN,
      perisaiOffice: em.getReference(PerisaiOffice, batamOffice.id, { wrapped: true }),
    });
  }
  if (branch) {
    accounts.push({
      ...none,
      email: "cabang.batamnagoya@perisai.example",
      displayName: "Petugas Kantor Cabang Batam Nagoya",
      role: Role.BRANCH_OFFICER,
      bpjsOffice: em.getReference(BpjsOffice, branch.id, { wrapped: true }),
    });
  }
  if (agent) {
    accounts.push({
      ...none,
      email: "agen.batam@perisai.example",
      displayName: agent.name,
      role: Role.AGENT,
      agent: em.getReference(Agent, agent.id, { wrapped: true }),
    });
  }
  return accounts;
}

/**
 * The demo accounts, created when there is no account yet; all share one password (PERISAI_DEMO_PASSWORD or
 * one the seed generates and prints once). Returns how many were created.
 */
export async function loadDemoAccounts(em: Em, password: string): Promise<number> {
  if ((await em.count(UserAccount, {})) > 0) return 0;
  const problem = passwordProblem(password, "");
  if (problem) throw new Error(`The demo accounts' password does not meet the password policy: ${problem}`);
  const accounts = await demoAccounts(em);
  const hashes = await Promise.all(accounts.map(() => hashPassword(password)));
  accounts.forEach((account, index) => em.create(UserAccount, { ...account, passwordHash: hashes[index] }));
  await em.flush();
  return accounts.length;
}
