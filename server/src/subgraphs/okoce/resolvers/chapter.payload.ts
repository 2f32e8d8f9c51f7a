import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../../shared/graphql/user-error";
import { OkOceChapter } from "../entities/ok-oce-chapter.entity";

@ObjectType({ description: "The result of createChapter: the new chapter, or why nothing was written." })
export class CreateChapterPayload {
  @Field(() => OkOceChapter, { nullable: true })
  chapter?: OkOceChapter | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: "The result of updateChapter: the chapter as stored, or why nothing was written." })
export class UpdateChapterPayload {
  @Field(() => OkOceChapter, { nullable: true })
  chapter?: OkOceChapter | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
