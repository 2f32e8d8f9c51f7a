import { QueryOrder } from "@mikro-orm/core";

/** Default orders of nested connections; each ends with a unique column so cursors are stable. */
export const BY_NAME = { name: QueryOrder.ASC, id: QueryOrder.ASC } as const;
export const BY_SIGNED_ON = { signedOn: QueryOrder.ASC, id: QueryOrder.ASC } as const;
export const BY_AGENT_NUMBER = { agentNumber: QueryOrder.ASC } as const;
