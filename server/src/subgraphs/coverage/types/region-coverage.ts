import { Field, Float, Int, ObjectType } from "type-graphql";

/** The registry counts UMKM that OK OCE knows; without an official figure it is the best known population. */
export const REGISTRY_TARGET_SOURCE = "OK OCE UMKM registry";

@ObjectType({ description: "How much of a region's UMKM population is protected by BPJAMSOSTEK." })
export class RegionCoverage {
  @Field(() => Int, {
    description: "The official UMKM population when one is set (RegionTarget), else umkmRegistered.",
  })
  umkmTarget!: number;

  @Field(() => Int, { description: "UMKM in the OK OCE registry in this region." })
  umkmRegistered!: number;

  @Field(() => Int, { description: "UMKM in this region with at least one ACTIVE participant." })
  umkmCovered!: number;

  @Field(() => Int, { description: "ACTIVE participants living in this region." })
  participantsActive!: number;

  @Field(() => Int, { description: "Participants ever enrolled in this region, ACTIVE or LAPSED." })
  participantsTotal!: number;

  @Field(() => Float, { nullable: true, description: "umkmCovered / umkmTarget; null when the target is 0." })
  rate!: number | null;

  @Field(() => String, { nullable: true, description: "Where umkmTarget comes from." })
  targetSource!: string | null;
}
