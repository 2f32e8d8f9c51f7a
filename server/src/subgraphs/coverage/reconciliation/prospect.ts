import { Field, ID, InputType, ObjectType } from "type-graphql";
import { connectionType } from "../../../shared/graphql/relay";
import { RegionRef } from "../entities/external/region.ref";
import { UmkmRef } from "../entities/external/umkm.ref";

@ObjectType({
  description:
    "A UMKM whose owner is not yet a participant (matched by NIK across registries): someone for an agent to visit.",
})
export class Prospect {
  @Field(() => UmkmRef)
  umkm!: UmkmRef;

  @Field(() => RegionRef, { description: "The UMKM's kecamatan." })
  kecamatan!: RegionRef;
}

@InputType({ description: "Whose territory to list prospects in: one agent's kecamatan or one office's region." })
export class ProspectFilter {
  @Field(() => ID, { nullable: true, description: "The agent's territory (an agent's own list by default)." })
  agentId?: string;

  @Field(() => ID, { nullable: true, description: "The Kantor Perisai's region." })
  officeId?: string;
}

export const ProspectConnection = connectionType("Prospect", Prospect);
