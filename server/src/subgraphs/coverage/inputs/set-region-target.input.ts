import { Field, InputType, Int } from "type-graphql";
import { DateScalar } from "../../../shared/graphql/scalars";

@InputType({ description: "The official UMKM population of a region; replaces the previous figure." })
export class SetRegionTargetInput {
  @Field(() => String, { description: 'Kemendagri code ("21.71").' })
  regionCode!: string;

  @Field(() => Int)
  umkmTarget!: number;

  @Field(() => String, { description: 'Where the figure comes from ("Kementerian Koperasi dan UKM, data online").' })
  source!: string;

  @Field(() => DateScalar, { description: "Date of the figure; not in the future." })
  asOf!: string;
}
