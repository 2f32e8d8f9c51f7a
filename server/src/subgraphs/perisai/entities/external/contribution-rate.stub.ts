import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Node } from "../node";

/** A contribution rate of the coverage subgraph, here only so that node(id:) can answer its id. */
@ObjectType("ContributionRate", { implements: Node })
@Directive('@key(fields: "id")')
export class ContributionRateStub {
  @Field(() => ID)
  id!: string;

  static of(id: string): ContributionRateStub {
    return Object.assign(new ContributionRateStub(), { id });
  }
}
