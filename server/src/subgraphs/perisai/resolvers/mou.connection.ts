import { connectionType } from "../../../shared/graphql/relay";
import { Mou } from "../entities/mou.entity";

export const MouConnection = connectionType("Mou", Mou);
