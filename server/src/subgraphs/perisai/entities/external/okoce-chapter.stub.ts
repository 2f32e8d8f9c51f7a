import { Directive, Field, ID, ObjectType } from "type-graphql";
import { toGlobalId } from "../../../../shared/graphql/global-id";
import { Node } from "../node";

/** An OK OCE chapter of the okoce subgraph; perisai adds the MoUs it signed and the offices it hosts. */
@ObjectType("OkOceChapter", { implements: Node })
@Directive('@key(fields: "id")')
export class OkOceChapterStub {
  @Field(() => ID)
  id!: string;

  static of(id: string): OkOceChapterStub {
    return Object.assign(new OkOceChapterStub(), { id });
  }

  /** The stub for a row id of the owner's table, as perisai's columns store it. */
  static ofRow(id: number): OkOceChapterStub {
    return OkOceChapterStub.of(toGlobalId("OkOceChapter", id));
  }
}
