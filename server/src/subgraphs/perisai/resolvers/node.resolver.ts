import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { Node } from "../entities/node";
import { nodeById } from "./node.lookup";

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      "Any object of the network by its global ID; null for an unknown ID or one outside the viewer's scope.",
  })
  node(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<object | null> {
    return nodeById(ctx, id);
  }
}
