import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "../../../shared/graphql/scalars";
import { ChapterLevel } from "../entities/chapter-level";

@InputType({ description: "A new OK OCE chapter." })
export class CreateChapterInput {
  @Field(() => ID, { nullable: true, description: "The chapter above it; its level must be higher." })
  parentId?: string | null;

  @Field(() => ChapterLevel)
  level!: ChapterLevel;

  @Field(() => String, { description: "Up to 200 characters." })
  name!: string;

  @Field(() => String, { description: 'E.g. "OK OCE Progresif".' })
  brand!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Code of a region of the chapter's level (province, regency, kecamatan), inside the parent's region; none for NATIONAL.",
  })
  regionCode?: string | null;

  @Field(() => String)
  coordinatorName!: string;

  @Field(() => String, { nullable: true, description: "Any Indonesian form; stored as +62…" })
  coordinatorPhone?: string | null;

  @Field(() => DateScalar, { description: "Not in the future." })
  foundedOn!: string;
}
