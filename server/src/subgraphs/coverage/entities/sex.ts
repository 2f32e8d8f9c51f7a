import { registerEnumType } from "type-graphql";

/** Sex as encoded in the NIK (day of birth + 40 for women). */
export enum Sex {
  MALE = "MALE",
  FEMALE = "FEMALE",
}

registerEnumType(Sex, { name: "Sex", description: "Sex as recorded in the NIK." });
