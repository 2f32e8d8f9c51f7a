import { connectionType } from "../../../shared/graphql/relay";
import { BpjsOffice } from "../entities/bpjs-office.entity";

export const BpjsOfficeConnection = connectionType("BpjsOffice", BpjsOffice);
