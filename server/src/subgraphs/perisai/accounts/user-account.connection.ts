import { connectionType } from "../../../shared/graphql/relay";
import { UserAccount } from "./user-account.entity";

export const UserAccountConnection = connectionType("UserAccount", UserAccount);
