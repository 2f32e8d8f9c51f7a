import { BigIntType, Entity, Property } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { MonthScalar, RupiahScalar } from "../../../../shared/graphql/scalars";

/** The figures kept per agent and per office by the rollup triggers (agent_coverage, office_coverage). */
@Entity({ abstract: true })
@ObjectType({ description: "Shared shape of AgentCoverage and OfficeCoverage; never exposed itself." })
export abstract class CoverageFigures {
  @Property({ type: "integer", default: 0 })
  @Field(() => Int, { description: "Participants enrolled and still ACTIVE." })
  participantsActive = 0;

  @Property({ type: "integer", default: 0 })
  @Field(() => Int, { description: "Participants ever enrolled, ACTIVE or LAPSED." })
  participantsTotal = 0;

  @Property({ type: new BigIntType("number"), default: 0 })
  @Field(() => RupiahScalar, { description: "Sum of all contributions recorded." })
  contributionsTotal = 0;

  @Property({ type: "integer", default: 0 })
  @Field(() => Int, { description: "Number of monthly contributions recorded." })
  contributionsCount = 0;

  @Property({ type: "text", nullable: true })
  @Field(() => MonthScalar, {
    nullable: true,
    description: "The latest period paid for; null before the first payment.",
  })
  lastPeriod: string | null = null;
}
