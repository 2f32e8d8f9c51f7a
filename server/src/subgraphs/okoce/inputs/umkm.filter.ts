import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { DateScalar } from "../../../shared/graphql/scalars";
import { SevenPasStage } from "../entities/seven-pas-stage";
import { UmkmClass } from "../entities/umkm-class";

@InputType({ description: "Narrows a list of UMKM; all given conditions must hold." })
export class UmkmFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'UMKM in this region at any level: "21" all of Kepulauan Riau, "21.71" all of Batam, "21.71.06" one kecamatan, "21.71.06.1001" one village.',
  })
  regionCode?: string;

  @Field(() => String, { nullable: true, description: 'Exactly this kecamatan, e.g. "21.71.06".' })
  kecamatanCode?: string;

  @Field(() => String, { nullable: true, description: 'Exactly this village, e.g. "21.71.06.1001".' })
  villageCode?: string;

  @Field(() => UmkmClass, { nullable: true })
  umkmClass?: UmkmClass;

  @Field(() => String, { nullable: true, description: "One of umkmSectors." })
  sector?: string;

  @Field(() => Boolean, { nullable: true, description: "true: only street vendors; false: none of them." })
  streetVendor?: boolean;

  @Field(() => SevenPasStage, { nullable: true })
  stage?: SevenPasStage;

  @Field(() => ID, { nullable: true, description: "Fostered directly by this chapter." })
  chapterId?: string;

  @Field(() => DateScalar, { nullable: true, description: "Joined on or after this date." })
  joinedFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: "Joined on or before this date." })
  joinedTo?: string;

  @Field(() => String, {
    nullable: true,
    description: "Words of the business name or the owner's name, case-insensitive, in any order.",
  })
  search?: string;
}

export enum UmkmSortKey {
  BUSINESS_NAME = "BUSINESS_NAME",
  OWNER_NAME = "OWNER_NAME",
  JOINED_ON = "JOINED_ON",
  WORKERS = "WORKERS",
  CREATED_AT = "CREATED_AT",
}

registerEnumType(UmkmSortKey, {
  name: "UmkmSortKey",
  description: "Orders of a list of UMKM; ties are broken by ID.",
});
