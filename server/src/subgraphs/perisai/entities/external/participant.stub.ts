import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Node } from "../node";

/** A participant of the coverage subgraph, here only so that node(id:) can answer its id. */
@ObjectType("Participant", { implements: Node })
@Directive('@key(fields: "id")')
export class ParticipantStub {
  @Field(() => ID)
  id!: string;

  static of(id: string): ParticipantStub {
    return Object.assign(new ParticipantStub(), { id });
  }
}
