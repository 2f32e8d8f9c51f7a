import { connectionType } from "../../../shared/graphql/relay";
import { Contribution } from "../entities/contribution.entity";
import { Participant } from "../entities/participant.entity";
import { RegionTarget } from "../entities/region-target.entity";

export const ParticipantConnection = connectionType("Participant", Participant);
export const ContributionConnection = connectionType("Contribution", Contribution);
export const RegionTargetConnection = connectionType("RegionTarget", RegionTarget);
