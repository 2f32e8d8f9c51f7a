import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar, RupiahScalar } from "../../../shared/graphql/scalars";
import { SevenPasStage } from "../entities/seven-pas-stage";
import { UmkmClass } from "../entities/umkm-class";

@InputType({ description: "Changes to a UMKM: omit a field to keep it, send null to clear a nullable one." })
export class UpdateUmkmInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version you read; the edit is refused if the UMKM changed since." })
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  businessName?: string | null;

  @Field(() => String, { nullable: true })
  ownerName?: string | null;

  @Field(() => String, { nullable: true })
  ownerNik?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => UmkmClass, { nullable: true })
  umkmClass?: UmkmClass | null;

  @Field(() => String, { nullable: true })
  sector?: string | null;

  @Field(() => Boolean, { nullable: true })
  streetVendor?: boolean | null;

  @Field(() => String, { nullable: true })
  kecamatanCode?: string | null;

  @Field(() => String, { nullable: true })
  villageCode?: string | null;

  @Field(() => Int, { nullable: true })
  workers?: number | null;

  @Field(() => DateScalar, { nullable: true })
  joinedOn?: string | null;

  @Field(() => SevenPasStage, { nullable: true })
  stage?: SevenPasStage | null;

  @Field(() => ID, { nullable: true })
  chapterId?: string | null;

  @Field(() => RupiahScalar, { nullable: true })
  businessCapital?: number | null;

  @Field(() => RupiahScalar, { nullable: true })
  annualSales?: number | null;
}
