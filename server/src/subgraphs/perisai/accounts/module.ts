import { LoginThrottle } from "./login-throttle.entity";
import { Session } from "./session.entity";
import { SessionResolver } from "./session.resolver";
import { UserAccount } from "./user-account.entity";
import { UserAccountMutations } from "./user-account.mutations";
import { userAccountReference } from "./user-account.reference";
import { UserAccountResolver } from "./user-account.resolver";

/** What the perisai subgraph registers for accounts and sign-in. */
export const accountEntities = [UserAccount, Session, LoginThrottle];
export const accountResolvers = [SessionResolver, UserAccountResolver, UserAccountMutations] as const;
export const accountReferences = userAccountReference;
