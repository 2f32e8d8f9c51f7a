import { connectionType } from "../../../shared/graphql/relay";
import { Umkm } from "../entities/umkm.entity";

export const UmkmConnection = connectionType("Umkm", Umkm);
