import type { EntityClass } from "@mikro-orm/core";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { decodeGlobalId, localIdOf } from "../../../shared/graphql/global-id";
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

/** Perisai's own types: node(id:) loads the row. */
export const OWN_NODE_TYPES: Record<string, EntityClass<{ id: number }>> = {
  BpjsOffice,
  Mou,
  PerisaiOffice,
  Agent,
  AgentStatusChange,
  AgentTransfer,
};

/** Other subgraphs' types with integer row ids: node(id:) answers a reference, the owner the fields. */
const FOREIGN_NODE_TYPES: Record<string, (id: string) => object> = {
  OkOceChapter: OkOceChapterStub.of,
  Umkm: UmkmStub.of,
  Participant: ParticipantStub.of,
  Contribution: ContributionStub.of,
  ContributionRate: ContributionRateStub.of,
};

const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/**
 * Any global id of the network: a row of perisai (null when missing), a stub of another subgraph's type
 * (the gateway fetches the rest from its owner), or null for an id no subgraph issues.
 */
export function nodeById(ctx: SubgraphContext, id: string): Promise<object | null> | object | null {
  const decoded = decodeGlobalId(id);
  if (!decoded) return null;
  if (decoded.typeName === "Region") return REGION_CODE.test(decoded.localId) ? RegionStub.of(decoded.localId) : null;
  const rowId = localIdOf(id, decoded.typeName);
  if (rowId === null) return null;
  const entity = OWN_NODE_TYPES[decoded.typeName];
  if (entity) return entityById(ctx, entity).load(rowId);
  const stub = FOREIGN_NODE_TYPES[decoded.typeName];
  return stub ? stub(id) : null;
}
