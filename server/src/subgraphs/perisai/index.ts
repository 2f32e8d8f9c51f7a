import { buildFederatedSchema } from "../../shared/graphql/federation";
import type { SubgraphModule } from "../../shared/server/subgraph";
import { accountEntities, accountReferences, accountResolvers } from "./accounts/module";
import { auditLogResolvers } from "./audit-log/module";
import { AgentStatusChange } from "./entities/agent-status-change.entity";
import { AgentTransfer } from "./entities/agent-transfer.entity";
import { Agent } from "./entities/agent.entity";
import { BpjsOffice } from "./entities/bpjs-office.entity";
import { ContributionRateStub } from "./entities/external/contribution-rate.stub";
import { ContributionStub } from "./entities/external/contribution.stub";
import { ParticipantStub } from "./entities/external/participant.stub";
import { Mou } from "./entities/mou.entity";
import { PerisaiOffice } from "./entities/perisai-office.entity";
import { migrations } from "./migrations";
import { AgentStatusChangeResolver } from "./resolvers/agent-status-change.resolver";
import { AgentTransferResolver } from "./resolvers/agent-transfer.resolver";
import { AgentMutations } from "./resolvers/agent.mutations";
import { AgentResolver } from "./resolvers/agent.resolver";
import { BpjsOfficeMutations } from "./resolvers/bpjs-office.mutations";
import { BpjsOfficeResolver } from "./resolvers/bpjs-office.resolver";
import { MouMutations } from "./resolvers/mou.mutations";
import { MouResolver } from "./resolvers/mou.resolver";
import { NodeResolver } from "./resolvers/node.resolver";
import { OkOceChapterExtensionResolver } from "./resolvers/okoce-chapter.resolver";
import { PerisaiOfficeMutations } from "./resolvers/perisai-office.mutations";
import { PerisaiOfficeResolver } from "./resolvers/perisai-office.resolver";
import { references } from "./resolvers/references";
import { RegionExtensionResolver } from "./resolvers/region.resolver";
import { RevealMutations } from "./resolvers/reveal.mutations";
import { requireSignInEverywhere } from "../../shared/auth/sign-in-guard";
import { UmkmExtensionResolver } from "./resolvers/umkm.resolver";
import { AgentImportResolver } from "./imports/agent-import.resolver";
import { lifecycleEntities, lifecycleResolvers } from "./lifecycle/module";
import { targetEntities, targetResolvers } from "./targets/module";

/**
 * BPJAMSOSTEK offices, MoUs, the Kantor Perisai tree and the Agen Perisai with their lifecycle; also the
 * network's Relay `Node` interface, which lists every type with a global id, other subgraphs' included.
 */
export const perisaiSubgraph: SubgraphModule = {
  name: "perisai",
  entities: [
    BpjsOffice,
    Mou,
    PerisaiOffice,
    Agent,
    AgentStatusChange,
    AgentTransfer,
    ...accountEntities,
    ...lifecycleEntities,
    ...targetEntities,
  ],
  migrations,
  buildSchema: async () =>
    requireSignInEverywhere(
      await buildFederatedSchema({
        resolvers: [
          NodeResolver,
          BpjsOfficeResolver,
          BpjsOfficeMutations,
          MouResolver,
          MouMutations,
          PerisaiOfficeResolver,
          PerisaiOfficeMutations,
          AgentResolver,
          AgentMutations,
          RevealMutations,
          AgentStatusChangeResolver,
          AgentTransferResolver,
          RegionExtensionResolver,
          OkOceChapterExtensionResolver,
          UmkmExtensionResolver,
          ...accountResolvers,
          ...auditLogResolvers,
          AgentImportResolver,
          ...lifecycleResolvers,
          ...targetResolvers,
        ],
        // The coverage subgraph's types are reachable here only through the Node interface.
        orphanedTypes: [ParticipantStub, ContributionStub, ContributionRateStub],
        references: { ...references, ...accountReferences },
      }),
      // Signing in, and `me` (null when anonymous); the login payload is read as the user who just signed in.
      { fields: ["Query.me", "Mutation.login"], types: ["LoginPayload", "UserAccount", "UserError"] },
    ),
};
