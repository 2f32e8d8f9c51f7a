import type { SubgraphContext } from "../../../shared/graphql/context";

/*
 * Where another subgraph's rows sit, read from the views their owners publish, so that node(id:) answers
 * a foreign id only inside the viewer's scope. One statement per request for all the ids asked.
 */

function inList(ids: readonly number[]): string {
  return ids.map(() => "?").join(", ");
}

/** The kecamatan of each UMKM (okoce.published_umkm). */
export function umkmDistricts(ctx: SubgraphContext) {
  return ctx.loaders.get<number, string | null>("publishedUmkmDistrict", async (ids) => {
    const rows = await ctx.em.execute<{ id: number; district_code: string }[]>(
      `select "id", "district_code" from "okoce"."published_umkm" where "id" in (${inList(ids)})`,
      [...ids],
    );
    return new Map(rows.map((row) => [row.id, row.district_code]));
  });
}

export interface ParticipantPlacement {
  agentId: number | null;
  officeId: number | null;
}

/** The enrolling agent and the office of each participant (coverage.published_participant). */
export function participantPlacements(ctx: SubgraphContext) {
  return ctx.loaders.get<number, ParticipantPlacement | null>("publishedParticipantPlacement", async (ids) => {
    const rows = await ctx.em.execute<{ id: number; agent_id: number | null; office_id: number | null }[]>(
      `select "id", "agent_id", "office_id" from "coverage"."published_participant" where "id" in (${inList(ids)})`,
      [...ids],
    );
    return new Map(rows.map((row) => [row.id, { agentId: row.agent_id, officeId: row.office_id }]));
  });
}
