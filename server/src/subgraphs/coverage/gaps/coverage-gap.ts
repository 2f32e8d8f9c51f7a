import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { connectionType } from "../../../shared/graphql/relay";
import { RegionRef } from "../entities/external/region.ref";

@ObjectType({
  description:
    "Where agents are most needed: one kecamatan's UMKM, how many are protected and how many active agents work " +
    "there. Every figure comes from a rollup kept current by every write (okoce's UMKM count, coverage's " +
    "region_coverage, perisai's active agents per kecamatan).",
})
export class CoverageGap {
  @Field(() => Int, { description: "Position in the ranking, 1 = the biggest gap." })
  rank!: number;

  @Field(() => RegionRef, { description: "The kecamatan." })
  kecamatan!: RegionRef;

  @Field(() => Int, { description: "UMKM registered in the kecamatan (okoce)." })
  umkmRegistered!: number;

  @Field(() => Int, { description: "UMKM with at least one ACTIVE participant." })
  umkmCovered!: number;

  @Field(() => Int, { description: "umkmRegistered − umkmCovered." })
  umkmUncovered!: number;

  @Field(() => Int, { description: "ACTIVE agents whose territory includes the kecamatan." })
  activeAgents!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "Uncovered UMKM per active agent; null when no active agent works there (those kecamatan rank first, " +
      "the most uncovered UMKM first).",
  })
  gapScore!: number | null;
}

@InputType({ description: "Narrows the coverage-gap ranking." })
export class CoverageGapFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only kecamatan inside this province or regency ("21", "21.71"); the whole country when omitted.',
  })
  regionCode?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: only kecamatan with UMKM still uncovered (the default); false: every kecamatan.",
  })
  onlyWithGap?: boolean;
}

export const CoverageGapConnection = connectionType("CoverageGap", CoverageGap);
