import type { SubgraphContext } from "../../../shared/graphql/context";
import { localIdOf } from "../../../shared/graphql/global-id";
import type { Participant } from "../entities/participant.entity";
import { participantById } from "./participant.loaders";

/**
 * `_entities` for participants: one statement per request, whatever the number of references; one outside
 * the viewer's scope resolves to null, like one that does not exist.
 */
export const participantReference = {
  __resolveReference(reference: { id: string }, ctx: SubgraphContext): Promise<Participant | null> | null {
    const id = localIdOf(reference.id, "Participant");
    return id === null ? null : participantById(ctx).load(id);
  },
};
