import { cacheExchange, type KeyingConfig } from "@urql/exchange-graphcache";
import { Client, fetchExchange, mapExchange } from "urql";
import { getSession, signOut } from "../auth/session";
import { agentOptimistic, agentUpdates } from "../pages/agents/cache-updates";
import { umkmUpdates } from "../pages/umkm/cache-updates";
import { officeUpdates } from "../pages/offices/cache-updates";
import { participantUpdates } from "../pages/participants/cache-updates";
import { followUpUpdates } from "../pages/followups/cache-updates";

// Types without an `id` of their own: Region by its Kemendagri code, the rest embedded in their parent.
const keys: KeyingConfig = {
  // Follow-ups (/tindak-lanjut): proposals, review entries, months, rules and payloads live inside their parent.
  PaymentStatus: () => null,
  TerminationProposal: () => null,
  TerminationProposalConnection: () => null,
  TerminationProposalEdge: () => null,
  AgentActivityMonth: () => null,
  AgentRule: () => null,
  DecideTerminationProposalPayload: () => null,
  OfficeReviewEntry: () => null,
  OfficeReviewEntryConnection: () => null,
  OfficeReviewEntryEdge: () => null,
  OfficeTargetMonth: () => null,
  OfficeTargetProgress: () => null,
  OfficeTargetRule: () => null,
  SetOfficeTargetPayload: () => null,
  // CSV imports (/impor): a check's result and a start's payload live inside their mutation.
  ImportValidation: () => null,
  ImportRowError: () => null,
  StartUmkmImportPayload: () => null,
  StartAgentImportPayload: () => null,
  Region: (data) => (typeof data.code === "string" ? data.code : null),
  RegionCoverage: () => null,
  // Beranda: monthly rollup rows and the behind-target ranking live inside their query.
  MonthlyTotal: () => null,
  RegionProgress: () => null,
  PageInfo: () => null,
  UserError: () => null,
  LoginPayload: () => null,
  LogoutPayload: () => null,
  RegionConnection: () => null,
  RegionEdge: () => null,
  PerisaiOfficeConnection: () => null,
  PerisaiOfficeEdge: () => null,
  AgentConnection: () => null,
  AgentEdge: () => null,
  // AgentStatusChange and Agent have ids of their own; an agent's coverage lives inside the agent.
  AgentCoverage: () => null,
  OfficeCoverage: () => null,
  ActivateAgentPayload: () => null,
  SuspendAgentPayload: () => null,
  TerminateAgentPayload: () => null,
  AppointAgentPayload: () => null,
  UpdateAgentPayload: () => null,
  TransferAgentPayload: () => null,
  // UMKM have ids; their pages and the payloads of their mutations live inside their parent.
  UmkmConnection: () => null,
  UmkmEdge: () => null,
  CreateUmkmPayload: () => null,
  UpdateUmkmPayload: () => null,
  RevealUmkmOwnerPayload: () => null,
  RevealAgentPersonalDataPayload: () => null,
  // Participants and contributions have ids; their pages, quotes, amounts and payloads live inside their parent.
  ParticipantConnection: () => null,
  ParticipantEdge: () => null,
  ContributionConnection: () => null,
  ContributionEdge: () => null,
  ContributionQuote: () => null,
  ContributionAmounts: () => null,
  EnrollParticipantPayload: () => null,
  RecordContributionPayload: () => null,
  RevealParticipantPayload: () => null,
  // Kantor Perisai and MoU pages: pages of lists, pickers' lists and mutation payloads live inside their query.
  MouConnection: () => null,
  MouEdge: () => null,
  BpjsOfficeConnection: () => null,
  BpjsOfficeEdge: () => null,
  OkOceChapterConnection: () => null,
  OkOceChapterEdge: () => null,
  CreatePerisaiOfficePayload: () => null,
  UpdatePerisaiOfficePayload: () => null,
  CreateMouPayload: () => null,
  UpdateMouPayload: () => null,
  // Commissions (/komisi): statements have ids; office sums, their pages and the close payload live inside their query.
  OfficeCommissionStatement: () => null,
  CommissionStatementConnection: () => null,
  CommissionStatementEdge: () => null,
  CloseCommissionMonthPayload: () => null,
  // Celah: ranking rows and prospects live inside their list (a prospect's UMKM has its own id).
  CoverageGap: () => null,
  CoverageGapConnection: () => null,
  CoverageGapEdge: () => null,
  Prospect: () => null,
  ProspectConnection: () => null,
  ProspectEdge: () => null,
};

export function createClient(): Client {
  return new Client({
    url: "/graphql",
    // POST with a JSON body: the gateway's CSRF prevention refuses GET queries that carry no preflight header.
    preferGetMethod: false,
    exchanges: [
      cacheExchange({
        keys,
        updates: {
          Mutation: { ...participantUpdates, ...officeUpdates, ...agentUpdates, ...umkmUpdates, ...followUpUpdates },
        },
        optimistic: { ...agentOptimistic },
      }),
      mapExchange({
        onError(error) {
          const unauthenticated =
            error.response?.status === 401 ||
            error.graphQLErrors.some((graphQLError) => graphQLError.extensions?.code === "UNAUTHENTICATED");
          if (unauthenticated && getSession()) signOut({ expired: true });
        },
      }),
      fetchExchange,
    ],
    fetchOptions: () => {
      const token = getSession()?.token;
      return token ? { headers: { authorization: `Bearer ${token}` } } : {};
    },
  });
}
