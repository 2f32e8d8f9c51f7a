import { Directive, Field, ID, ObjectType } from "type-graphql";
import { toGlobalId } from "../../../../shared/graphql/global-id";

/** A Kantor Perisai (owned by the perisai subgraph), extended here with participants and coverage. */
@ObjectType("PerisaiOffice")
@Directive('@key(fields: "id")')
export class PerisaiOfficeRef {
  @Field(() => ID)
  id!: string;

  /** Row id in perisai.perisai_office, decoded once from the global id. */
  localId!: number;
}

export function perisaiOfficeRef(localId: number): PerisaiOfficeRef {
  return Object.assign(new PerisaiOfficeRef(), { id: toGlobalId("PerisaiOffice", localId), localId });
}
