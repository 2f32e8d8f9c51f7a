import { Directive, Field, ID, ObjectType } from "type-graphql";
import { toGlobalId } from "../../../../shared/graphql/global-id";

/** An Agen Perisai (owned by the perisai subgraph), extended here with participants and coverage. */
@ObjectType("Agent")
@Directive('@key(fields: "id")')
export class AgentRef {
  @Field(() => ID)
  id!: string;

  /** Row id in perisai.agent, decoded once from the global id. */
  localId!: number;
}

export function agentRef(localId: number): AgentRef {
  return Object.assign(new AgentRef(), { id: toGlobalId("Agent", localId), localId });
}
