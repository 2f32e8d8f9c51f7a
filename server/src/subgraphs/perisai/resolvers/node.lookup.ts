import type { EntityClass } from "@mikro-orm/core";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { decodeGlobalId, localIdOf } from "../../../shared/graphql/global-id";
import { seesAgent, seesContribution, seesParticipant, seesPerisaiOffice, seesUmkm } from "../domain/access-rules";
import { AgentStatusChange } from "../entities/agent-status-change.entity";
import { AgentTransfer } from "../entities/agent-transfer.entity";
import { Agent } from "../entities/agent.entity";
import { BpjsOffice } from "../entities/bpjs-office.entity";
import { ContributionRateStub } from "../entities/external/contribution-rate.stub";
import { ContributionStub } from "../entities/external/contribution.stub";
import { OkOceChapterStub } from "../entities/external/okoce-chapter.stub";
import { ParticipantStub } from "../entities/external/participant.stub";
import { RegionStub } from "../entities/external/region.stub";
import { UmkmStub } from "../entities/external/umkm.stub";
import { Mou } from "../entities/mou.entity";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import { entityById } from "./entity.loaders";
import { participantPlacements, umkmDistricts } from "./foreign-scope.loaders";
import { agentPlacementOf } from "./scope";

type Visible<T> = (ctx: SubgraphContext, row: T) => boolean | Promise<boolean>;

interface OwnNodeType {
  entity: EntityClass<{ id: number }>;
  visible: Visible<never>;
}

function ownType<T extends { id: number }>(entity: EntityClass<T>, visible: Visible<T>): OwnNodeType {
  return { entity: entity as EntityClass<{ id: number }>, visible: visible as Visible<never> };
}

const signedIn = (ctx: SubgraphContext) => ctx.viewer.signedIn;

/** History lines are visible with their agent. */
async function agentVisible(ctx: SubgraphContext, agentId: number): Promise<boolean> {
  const agent = await entityById(ctx, Agent).load(agentId);
  return agent !== null && seesAgent(ctx.viewer, agentPlacementOf(agent));
}

/** Perisai's own types: node(id:) and `_entities` load the row and answer it only inside the viewer's scope. */
export const OWN_NODE_TYPES: Record<string, OwnNodeType> = {
  BpjsOffice: ownType(BpjsOffice, signedIn),
  Mou: ownType(Mou, signedIn),
  PerisaiOffice: ownType(PerisaiOffice, (ctx, office) => seesPerisaiOffice(ctx.viewer, office.id)),
  Agent: ownType(Agent, (ctx, agent) => seesAgent(ctx.viewer, agentPlacementOf(agent))),
  AgentStatusChange: ownType(AgentStatusChange, (ctx, change) => agentVisible(ctx, change.agent.id)),
  AgentTransfer: ownType(AgentTransfer, (ctx, transfer) => agentVisible(ctx, transfer.agent.id)),
};

/** A row of perisai by type name and row id; null when missing or outside the viewer's scope. */
export async function ownNodeById(ctx: SubgraphContext, typeName: string, rowId: number): Promise<object | null> {
  const type = OWN_NODE_TYPES[typeName];
  const row = await entityById(ctx, type.entity).load(rowId);
  return row && (await type.visible(ctx, row as never)) ? row : null;
}

interface ForeignNodeType {
  of: (id: string) => object;
  /** Whether the viewer may see the row; the owner's reference resolver answers its fields. */
  visible: Visible<number>;
}

async function umkmVisible(ctx: SubgraphContext, umkmId: number): Promise<boolean> {
  if (ctx.viewer.regionPrefixes === null) return ctx.viewer.signedIn;
  const district = await umkmDistricts(ctx).load(umkmId);
  return district !== null && seesUmkm(ctx.viewer, district);
}

async function participantVisible(ctx: SubgraphContext, participantId: number): Promise<boolean> {
  if (ctx.viewer.isNational) return ctx.viewer.signedIn;
  const placement = await participantPlacements(ctx).load(participantId);
  return placement !== null && seesParticipant(ctx.viewer, placement);
}

/** Other subgraphs' types with integer row ids: node(id:) answers a reference, the owner the fields. */
const FOREIGN_NODE_TYPES: Record<string, ForeignNodeType> = {
  OkOceChapter: { of: OkOceChapterStub.of, visible: signedIn },
  Umkm: { of: UmkmStub.of, visible: umkmVisible },
  Participant: { of: ParticipantStub.of, visible: participantVisible },
  Contribution: { of: ContributionStub.of, visible: (ctx) => seesContribution(ctx.viewer) },
  ContributionRate: { of: ContributionRateStub.of, visible: signedIn },
};

const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/**
 * Any global id of the network: a row of perisai, a stub of another subgraph's type (the gateway fetches
 * the rest from its owner), or null for an id no subgraph issues or an object outside the viewer's scope.
 */
export async function nodeById(ctx: SubgraphContext, id: string): Promise<object | null> {
  const decoded = decodeGlobalId(id);
  if (!decoded) return null;
  if (decoded.typeName === "Region") return REGION_CODE.test(decoded.localId) ? RegionStub.of(decoded.localId) : null;
  const rowId = localIdOf(id, decoded.typeName);
  if (rowId === null) return null;
  if (OWN_NODE_TYPES[decoded.typeName]) return ownNodeById(ctx, decoded.typeName, rowId);
  const foreign = FOREIGN_NODE_TYPES[decoded.typeName];
  return foreign && (await foreign.visible(ctx, rowId)) ? foreign.of(id) : null;
}
