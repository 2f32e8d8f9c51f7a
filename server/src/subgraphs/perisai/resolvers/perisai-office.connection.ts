import { connectionType } from "../../../shared/graphql/relay";
import { PerisaiOffice } from "../entities/perisai-office.entity";

export const PerisaiOfficeConnection = connectionType("PerisaiOffice", PerisaiOffice);
