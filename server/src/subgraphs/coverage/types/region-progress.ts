import { Field, Float, Int, ObjectType } from "type-graphql";
import { RegionRef } from "../entities/external/region.ref";

@ObjectType({ description: "How far a region with an official UMKM target still is from it." })
export class RegionProgress {
  @Field(() => RegionRef)
  region!: RegionRef;

  @Field(() => Int, { description: "The official UMKM population (RegionTarget)." })
  umkmTarget!: number;

  @Field(() => Int, { description: "UMKM in the region with at least one ACTIVE participant." })
  umkmCovered!: number;

  @Field(() => Int, { description: "umkmTarget − umkmCovered: UMKM still to protect (0 once reached)." })
  gap!: number;

  @Field(() => Float, { nullable: true, description: "umkmCovered / umkmTarget; null when the target is 0." })
  rate!: number | null;
}
