import { Directive, Field, ID, InterfaceType, type ClassType } from "type-graphql";

/**
 * The Relay Node interface as a Federation entity interface: perisai declares every type of the network
 * that has a global id (its own and stubs of the other subgraphs'), so `node(id:)` can answer any id and
 * the gateway fetches a foreign type's fields from its owner. Loaded entities resolve by class; a foreign
 * reference is a stub instance, or a representation carrying `__typename`.
 */
@InterfaceType("Node", {
  description: "An object with an opaque global ID, fetchable with node(id:).",
  resolveType: (value: object) =>
    "__typename" in value && typeof value.__typename === "string" ? value.__typename : (value.constructor as ClassType),
})
@Directive('@key(fields: "id")')
export abstract class Node {
  @Field(() => ID, { description: "Opaque global ID." })
  id!: string;
}
