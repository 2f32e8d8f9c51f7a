import { connectionType } from "../../../shared/graphql/relay";
import { Region } from "../entities/region.entity";

export const RegionConnection = connectionType("Region", Region);
