import type { Em } from "../../../shared/db/orm";
import { UserErrorCode, UserInputError, userError } from "../../../shared/graphql/user-error";
import { MAX_AGENT_SERIAL, agentNumberPrefix, formatAgentNumber } from "../domain/agent-number";

/**
 * The next free agent number for an office's region. A transaction-scoped advisory lock per prefix makes
 * concurrent appointments in the same regency take turns, so two of them never draw the same serial.
 */
export async function nextAgentNumber(em: Em, regionCode: string): Promise<string> {
  const prefix = agentNumberPrefix(regionCode);
  await em.execute("select pg_advisory_xact_lock(hashtext(?))", [`perisai.agent_number:${prefix}`]);
  const rows = await em.execute<{ last: number | null }[]>(
    'select max(substr("agent_number", ?)::int) as "last" from "perisai"."agent" where "agent_number" like ?',
    [prefix.length + 1, `${prefix}%`],
  );
  const serial = Number(rows[0]?.last ?? 0) + 1;
  if (serial > MAX_AGENT_SERIAL) {
    throw new UserInputError([
      userError("officeId", `All ${MAX_AGENT_SERIAL} agent numbers ${prefix}… are used`, UserErrorCode.OUT_OF_RANGE),
    ]);
  }
  return formatAgentNumber(regionCode, serial);
}
