import { Entity, PrimaryKey } from "@mikro-orm/core";
import { ObjectType } from "type-graphql";
import { CoverageFigures } from "./coverage-figures";

/** Rollup row of one agent, maintained by statement-level triggers; a missing row means all zeros. */
@Entity({ tableName: "agent_coverage" })
@ObjectType("AgentCoverage", { description: "What an agent has enrolled and collected (kept current on every write)." })
export class AgentCoverage extends CoverageFigures {
  @PrimaryKey({ type: "integer", autoincrement: false })
  agentId!: number;
}
