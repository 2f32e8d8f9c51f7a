import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Node } from "../node";

/** A contribution of the coverage subgraph, here only so that node(id:) can answer its id. */
@ObjectType("Contribution", { implements: Node })
@Directive('@key(fields: "id")')
export class ContributionStub {
  @Field(() => ID)
  id!: string;

  static of(id: string): ContributionStub {
    return Object.assign(new ContributionStub(), { id });
  }
}
