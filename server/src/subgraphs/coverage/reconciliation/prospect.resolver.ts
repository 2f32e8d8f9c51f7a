import { GraphQLError } from "graphql";
import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { Role } from "../../../shared/auth/role";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { requireLocalId } from "../../../shared/graphql/global-id";
import {
  afterInteger,
  integerKeyedPage,
  PageArgs,
  pageSize,
  type ConnectionShape,
} from "../../../shared/graphql/relay";
import { regionRef } from "../entities/external/region.ref";
import { umkmRef } from "../entities/external/umkm.ref";
import { Prospect, ProspectConnection, ProspectFilter } from "./prospect";

/** Kecamatan codes (an agent's territory) or a region prefix (an office's region). */
type Territory = { districts: string[]; prefix: null } | { districts: string[]; prefix: string };

const NOT_YET_PARTICIPANT = `
  from okoce.published_umkm u
  where (u.district_code = any(?::text[]) or (?::text is not null and u.district_code like ?::text || '.%'))
    and not exists (select 1 from coverage.participant p where p.nik_hash = u.owner_nik_hash)`;

function refuse(message: string): never {
  throw new GraphQLError(message, { extensions: { code: "FORBIDDEN" } });
}

async function agentTerritory(ctx: SubgraphContext, agentId: number): Promise<Territory> {
  const [agent] = await ctx.em
    .getConnection()
    .execute<{ office_id: number; territory: string[] }[]>(
      "select office_id, territory from perisai.published_agent where id = ?",
      [agentId],
    );
  const viewer = ctx.viewer;
  const visible =
    agent &&
    (viewer.isNational ||
      (viewer.is(Role.AGENT) ? viewer.agentId === agentId : (viewer.officeIds ?? []).includes(agent.office_id)));
  if (!visible) refuse("This agent is outside your part of the network");
  return { districts: agent.territory, prefix: null };
}

async function officeTerritory(ctx: SubgraphContext, officeId: number): Promise<Territory> {
  const viewer = ctx.viewer;
  if (!viewer.isNational && !(viewer.officeIds ?? []).includes(officeId)) {
    refuse("This Kantor Perisai is outside your part of the network");
  }
  const [office] = await ctx.em
    .getConnection()
    .execute<{ region_code: string }[]>("select region_code from perisai.published_office where id = ?", [officeId]);
  if (!office) refuse("This Kantor Perisai is outside your part of the network");
  return { districts: [], prefix: office.region_code };
}

@Resolver(() => Prospect)
export class ProspectResolver {
  @Query(() => ProspectConnection, {
    description:
      "The prospect list: UMKM in an agent's territory (or an office's region) whose owner is not yet a " +
      "participant, matched by a keyed hash of the NIK so no NIK crosses subgraphs. Agents get their own " +
      "territory; office admins and branch officers their offices' agents and regions; national coordinators " +
      "and analysts name an agent or an office.",
  })
  async prospects(
    @Arg("filter", () => ProspectFilter, { nullable: true }) filter: ProspectFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ConnectionShape<Prospect>> {
    const viewer = ctx.viewer.requireSignedIn();
    let territory: Territory;
    if (filter?.agentId)
      territory = await agentTerritory(ctx, requireLocalId(filter.agentId, "Agent", "filter.agentId"));
    else if (filter?.officeId) {
      territory = await officeTerritory(ctx, requireLocalId(filter.officeId, "PerisaiOffice", "filter.officeId"));
    } else if (viewer.is(Role.AGENT) && viewer.agentId !== null) territory = await agentTerritory(ctx, viewer.agentId);
    else {
      throw new GraphQLError("Name an agent (filter.agentId) or a Kantor Perisai (filter.officeId)", {
        extensions: { code: "BAD_USER_INPUT", argument: "filter" },
      });
    }

    const first = pageSize(page.first);
    const after = afterInteger(page.after);
    // An array literal ("{21.71.05,21.71.06}"): the driver would spread a JS array into a list of parameters.
    const districts = `{${territory.districts.filter((code) => /^[\d.]+$/.test(code)).join(",")}}`;
    const where = [districts, territory.prefix, territory.prefix];
    const connection = ctx.em.getConnection();
    const [rows, [{ total }]] = await Promise.all([
      connection.execute<{ id: number; district_code: string }[]>(
        `select u.id, u.district_code ${NOT_YET_PARTICIPANT} and u.id > ? order by u.id limit ?`,
        [...where, after, first + 1],
      ),
      connection.execute<{ total: number }[]>(`select count(*)::int as total ${NOT_YET_PARTICIPANT}`, where),
    ]);
    const nodes = rows
      .slice(0, first)
      .map((row) => Object.assign(new Prospect(), { umkm: umkmRef(row.id), kecamatan: regionRef(row.district_code) }));
    return integerKeyedPage(nodes, { first, after, fetched: rows.length }, total, (node) => node.umkm.localId);
  }
}
