import { GraphQLScalarType } from "graphql";
import { GraphQLJSONObject } from "graphql-scalars";

/** The fields of an object before or after a change, as the audit entry recorded them (personal fields masked). */
export const JSONObjectScalar = new GraphQLScalarType({
  ...GraphQLJSONObject.toConfig(),
  description: "A JSON object: field names and their values. Personal fields in it are masked.",
});
