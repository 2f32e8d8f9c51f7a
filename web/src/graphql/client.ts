import { cacheExchange, type KeyingConfig } from "@urql/exchange-graphcache";
import { Client, fetchExchange, mapExchange } from "urql";
import { getSession, signOut } from "../auth/session";
import { participantUpdates } from "../pages/participants/cache-updates";

// Types without an `id` of their own: Region by its Kemendagri code, the rest embedded in their parent.
const keys: KeyingConfig = {
  Region: (data) => (typeof data.code === "string" ? data.code : null),
  RegionCoverage: () => null,
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
  ActivateAgentPayload: () => null,
  SuspendAgentPayload: () => null,
  TerminateAgentPayload: () => null,
  // Beranda: monthly rollup rows and the behind-target ranking live inside their query.
  MonthlyTotal: () => null,
  RegionProgress: () => null,
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
};

export function createClient(): Client {
  return new Client({
    url: "/graphql",
    // POST with a JSON body: the gateway's CSRF prevention refuses GET queries that carry no preflight header.
    preferGetMethod: false,
    exchanges: [
      cacheExchange({ keys, updates: { Mutation: { ...participantUpdates } } }),
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
