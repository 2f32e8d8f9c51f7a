import { cacheExchange, type KeyingConfig } from "@urql/exchange-graphcache";
import { Client, fetchExchange, mapExchange } from "urql";
import { getSession, signOut } from "../auth/session";

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
};

export function createClient(): Client {
  return new Client({
    url: "/graphql",
    // POST with a JSON body: the gateway's CSRF prevention refuses GET queries that carry no preflight header.
    preferGetMethod: false,
    exchanges: [
      cacheExchange({ keys }),
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
