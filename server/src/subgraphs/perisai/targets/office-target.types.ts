import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { connectionType } from "../../../shared/graphql/relay";
import { MonthScalar } from "../../../shared/graphql/scalars";
import { OfficeTargetRule } from "./office-target-rule.entity";

@ObjectType({ description: "One month of a Kantor Perisai: its target and minimum in force, and its enrolments." })
export class OfficeTargetMonth {
  @Field(() => MonthScalar)
  month!: string;

  @Field(() => Int, { nullable: true, description: "Null before the office's first target (not yet established)." })
  monthlyTarget!: number | null;

  @Field(() => Int, { nullable: true })
  minimum!: number | null;

  @Field(() => MonthScalar, { nullable: true, description: "The month the target in force was set from." })
  targetFrom!: string | null;

  @Field(() => Int, { description: "New participants registered that month by the office's agents." })
  enrolments!: number;

  @Field(() => Boolean, { nullable: true, description: "Enrolments reached the target." })
  met!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Enrolments stayed under the minimum." })
  underMinimum!: boolean | null;

  @Field(() => Boolean, { description: "False for the current month, which is still running." })
  complete!: boolean;
}

@ObjectType({ description: "A Kantor Perisai's monthly targets against its enrolments." })
export class OfficeTargetProgress {
  officeId!: number;

  @Field(() => [OfficeTargetMonth])
  months!: OfficeTargetMonth[];
}

@ObjectType({
  description: "A Kantor Perisai on the review list: its last complete months were all under the minimum.",
})
export class OfficeReviewEntry {
  officeId!: number;

  @Field(() => Int, { description: "Consecutive complete months under the minimum, up to the last one." })
  monthsUnderMinimum!: number;

  @Field(() => [OfficeTargetMonth], { description: "The months that put the office on the list, oldest first." })
  months!: OfficeTargetMonth[];

  @Field(() => OfficeTargetRule, { description: "The rule applied (in force today)." })
  rule!: OfficeTargetRule;
}

export const OfficeReviewEntryConnection = connectionType("OfficeReviewEntry", OfficeReviewEntry);

@InputType({ description: "A Kantor Perisai's monthly target from a month on (a new dated row; history is kept)." })
export class SetOfficeTargetInput {
  @Field(() => ID)
  officeId!: string;

  @Field(() => MonthScalar, { description: "The current month or a later one: past months keep their target." })
  validFrom!: string;

  @Field(() => Int)
  monthlyTarget!: number;

  @Field(() => Int, {
    nullable: true,
    description: "At most the target; default: the rule's minimum percentage of the target, rounded up.",
  })
  minimum?: number | null;
}
