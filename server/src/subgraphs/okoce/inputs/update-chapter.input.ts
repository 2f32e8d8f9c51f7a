import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../../shared/graphql/scalars";
import { ChapterLevel } from "../entities/chapter-level";

@InputType({ description: "Changes to a chapter: omit a field to keep it, send null to clear a nullable one." })
export class UpdateChapterInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version you read; the edit is refused if the chapter changed since." })
  expectedVersion!: number;

  @Field(() => ID, { nullable: true, description: "Move under this chapter; null makes it a root." })
  parentId?: string | null;

  @Field(() => ChapterLevel, { nullable: true })
  level?: ChapterLevel | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  brand?: string | null;

  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => String, { nullable: true })
  coordinatorName?: string | null;

  @Field(() => String, { nullable: true })
  coordinatorPhone?: string | null;

  @Field(() => DateScalar, { nullable: true })
  foundedOn?: string | null;
}
