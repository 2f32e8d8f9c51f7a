import type { SubgraphContext } from "../../../shared/graphql/context";
import { decodeGlobalId, localIdOf } from "../../../shared/graphql/global-id";
import type { ReferenceResolvers } from "../../../shared/graphql/federation";
import { ContributionRateStub } from "../entities/external/contribution-rate.stub";
import { ContributionStub } from "../entities/external/contribution.stub";
import { OkOceChapterStub } from "../entities/external/okoce-chapter.stub";
import { ParticipantStub } from "../entities/external/participant.stub";
import { RegionStub } from "../entities/external/region.stub";
import { UmkmStub } from "../entities/external/umkm.stub";
import { OWN_NODE_TYPES, nodeById, ownNodeById } from "./node.lookup";

/**
 * `_entities` for perisai's own types: batched by the same per-request loaders as the fields, and null for
 * an anonymous caller or an object outside the viewer's scope (another subgraph's reference to it resolves
 * to nothing).
 */
function entityReference(typeName: string) {
  return {
    __resolveReference(reference: { id: string }, ctx: SubgraphContext) {
      const id = localIdOf(reference.id, typeName);
      return id === null || !ctx.viewer.signedIn ? null : ownNodeById(ctx, typeName, id);
    },
  };
}

/** Another subgraph's type: perisai only needs the key to resolve its own fields on it. */
function stubReference(of: (id: string) => object) {
  return { __resolveReference: (reference: { id: string }) => of(reference.id) };
}

export const references: ReferenceResolvers = {
  ...Object.fromEntries(Object.keys(OWN_NODE_TYPES).map((name) => [name, entityReference(name)])),
  Region: {
    __resolveReference(reference: { code?: string; id?: string }) {
      const code = reference.code ?? (reference.id ? decodeGlobalId(reference.id)?.localId : undefined);
      return code ? RegionStub.of(code) : null;
    },
  },
  OkOceChapter: stubReference(OkOceChapterStub.of),
  Umkm: stubReference(UmkmStub.of),
  Participant: stubReference(ParticipantStub.of),
  Contribution: stubReference(ContributionStub.of),
  ContributionRate: stubReference(ContributionRateStub.of),
  Node: { __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => nodeById(ctx, reference.id) },
} as ReferenceResolvers;
