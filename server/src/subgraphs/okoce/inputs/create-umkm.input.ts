import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar, RupiahScalar } from "../../../shared/graphql/scalars";
import { SevenPasStage } from "../entities/seven-pas-stage";
import { UmkmClass } from "../entities/umkm-class";

@InputType({ description: "A business joining the OK OCE UMKM registry." })
export class CreateUmkmInput {
  @Field(() => String, { description: "Up to 200 characters." })
  businessName!: string;

  @Field(() => String, { description: "Up to 200 characters." })
  ownerName!: string;

  @Field(() => String, { description: "16 digits; its first six must be a real kecamatan." })
  ownerNik!: string;

  @Field(() => String, { nullable: true, description: "Any Indonesian form; stored as +62…" })
  phone?: string | null;

  @Field(() => UmkmClass)
  umkmClass!: UmkmClass;

  @Field(() => String, { description: "One of umkmSectors." })
  sector!: string;

  @Field(() => Boolean, { defaultValue: false, description: "A pedagang kaki lima (street vendor)." })
  streetVendor!: boolean;

  @Field(() => String, { description: 'The kecamatan, e.g. "21.71.06".' })
  kecamatanCode!: string;

  @Field(() => String, { nullable: true, description: "A village inside the kecamatan." })
  villageCode?: string | null;

  @Field(() => Int, { description: "People working in the business, the owner included; zero or more." })
  workers!: number;

  @Field(() => DateScalar, { description: "Not in the future." })
  joinedOn!: string;

  @Field(() => SevenPasStage, { defaultValue: SevenPasStage.P1 })
  stage!: SevenPasStage;

  @Field(() => ID, { nullable: true, description: "The fostering chapter; the kecamatan must lie in its region." })
  chapterId?: string | null;

  @Field(() => RupiahScalar, { nullable: true, description: "Must agree with umkmClass (PP 7/2021)." })
  businessCapital?: number | null;

  @Field(() => RupiahScalar, { nullable: true, description: "Must agree with umkmClass (PP 7/2021)." })
  annualSales?: number | null;
}
