import { Entity, PrimaryKey } from "@mikro-orm/core";
import { ObjectType } from "type-graphql";
import { CoverageFigures } from "./coverage-figures";

/** Rollup row of one Kantor Perisai, maintained by statement-level triggers; a missing row means all zeros. */
@Entity({ tableName: "office_coverage" })
@ObjectType("OfficeCoverage", {
  description: "What an office's agents have enrolled and collected (kept current on every write).",
})
export class OfficeCoverage extends CoverageFigures {
  @PrimaryKey({ type: "integer", autoincrement: false })
  officeId!: number;
}
