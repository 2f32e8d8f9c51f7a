import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { AgentStatus } from "../entities/agent-status";

@InputType({ description: "Narrows a list of agents; all given conditions must hold." })
export class AgentFilter {
  @Field(() => ID, { nullable: true, description: "Agents of this Kantor Perisai." })
  officeId?: string;

  @Field(() => AgentStatus, { nullable: true })
  status?: AgentStatus;

  @Field(() => String, { nullable: true, description: 'Agents whose territory includes this kecamatan ("21.71.06").' })
  territoryCode?: string;

  @Field(() => String, { nullable: true, description: "Agents whose office lies in this region or below it." })
  regionCode?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Words of the name, or the start of an agent number ("AP-2171").',
  })
  search?: string;
}

export enum AgentSortKey {
  AGENT_NUMBER = "AGENT_NUMBER",
  NAME = "NAME",
  APPOINTED_ON = "APPOINTED_ON",
}

registerEnumType(AgentSortKey, { name: "AgentSortKey", description: "Orders of a list of agents." });
