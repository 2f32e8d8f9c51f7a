import type { SubgraphContext } from "../../../shared/graphql/context";
import { groupBy } from "../../../shared/graphql/loaders";
import { withinScope } from "../access/row-scope";
import { Participant } from "../entities/participant.entity";

/**
 * One person across the three registries, matched by the keyed hash of the NIK that each subgraph keeps
 * (shared/privacy/nik-hash.ts): no NIK leaves its subgraph. Each loader is one statement per request.
 */
const placeholders = (keys: readonly unknown[]) => keys.map(() => "?").join(", ");

/** The agent record (the serving one first, else the latest) of each participant's person. */
export function agentOfParticipant(ctx: SubgraphContext) {
  return ctx.loaders.get<number, number | null>("sameNik.agentOfParticipant", async (ids) => {
    const rows = await ctx.em.getConnection().execute<{ participant_id: number; agent_id: number }[]>(
      `select distinct on (p.id) p.id as participant_id, a.id as agent_id
       from coverage.participant p join perisai.published_agent a on a.nik_hash = p.nik_hash
       where p.id in (${placeholders(ids)})
       order by p.id, (a.status = 'TERMINATED'), a.id desc`,
      [...ids],
    );
    const found = new Map(rows.map((row) => [row.participant_id, row.agent_id]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** The UMKM each participant's person owns in the OK OCE registry. */
export function umkmOwnedByParticipant(ctx: SubgraphContext) {
  return ctx.loaders.get<number, number[]>("sameNik.umkmOfParticipant", async (ids) => {
    const rows = await ctx.em.getConnection().execute<{ participant_id: number; umkm_id: number }[]>(
      `select p.id as participant_id, u.id as umkm_id
       from coverage.participant p join okoce.published_umkm u on u.owner_nik_hash = p.nik_hash
       where p.id in (${placeholders(ids)}) order by u.id`,
      [...ids],
    );
    const byParticipant = groupBy(rows, (row) => row.participant_id);
    return ids.map((id) => (byParticipant.get(id) ?? []).map((row) => row.umkm_id));
  });
}

/** Participants the viewer may see, by id, in one statement. */
async function visibleParticipants(ctx: SubgraphContext, ids: number[]): Promise<Map<number, Participant>> {
  if (!ids.length) return new Map();
  const participants = await ctx.em.find(Participant, withinScope<Participant>(ctx.viewer, { id: { $in: ids } }));
  return new Map(participants.map((participant) => [participant.id, participant]));
}

/** The participant record of each agent's person, when the viewer may see it. */
export function participantOfAgent(ctx: SubgraphContext) {
  return ctx.loaders.get<number, Participant | null>("sameNik.participantOfAgent", async (ids) => {
    const rows = await ctx.em.getConnection().execute<{ agent_id: number; participant_id: number }[]>(
      `select a.id as agent_id, p.id as participant_id
       from perisai.published_agent a join coverage.participant p on p.nik_hash = a.nik_hash
       where a.id in (${placeholders(ids)})`,
      [...ids],
    );
    const visible = await visibleParticipants(ctx, [...new Set(rows.map((row) => row.participant_id))]);
    const found = new Map(rows.map((row) => [row.agent_id, visible.get(row.participant_id) ?? null]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** The participant record of each UMKM's owner, when the viewer may see it. */
export function participantOfUmkmOwner(ctx: SubgraphContext) {
  return ctx.loaders.get<number, Participant | null>("sameNik.participantOfOwner", async (ids) => {
    const rows = await ctx.em.getConnection().execute<{ umkm_id: number; participant_id: number }[]>(
      `select u.id as umkm_id, p.id as participant_id
       from okoce.published_umkm u join coverage.participant p on p.nik_hash = u.owner_nik_hash
       where u.id in (${placeholders(ids)})`,
      [...ids],
    );
    const visible = await visibleParticipants(ctx, [...new Set(rows.map((row) => row.participant_id))]);
    const found = new Map(rows.map((row) => [row.umkm_id, visible.get(row.participant_id) ?? null]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
