import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { LoginInput } from "./login.input";
import { LoginPayload, LogoutPayload } from "./payloads";
import { refreshSession, signIn, signOut } from "./sign-in";

@Resolver()
export class SessionResolver {
  @Mutation(() => LoginPayload, {
    description:
      "Signs in with an email and password (no token needed) and returns a session token. A wrong email or " +
      "password gets one generic error; too many failures per account or address get RATE_LIMITED for 15 minutes.",
  })
  async login(@Arg("input", () => LoginInput) input: LoginInput, @Ctx() ctx: SubgraphContext): Promise<LoginPayload> {
    const result = await signIn(ctx, input);
    if ("refused" in result) return { token: null, expiresAt: null, user: null, userErrors: [result.refused] };
    const { token, expiresAt, user, viewer } = result.signedIn;
    // The rest of this operation is the new user's: the payload's fields are resolved with their rights.
    ctx.viewer = viewer;
    return { token, expiresAt, user, userErrors: [] };
  }

  @Mutation(() => LoginPayload, {
    description:
      "A new token for the caller's session with its scope read again (after opening a sub-office, say); same " +
      "session and expiry. Needs a valid token.",
  })
  async refreshSession(@Ctx() ctx: SubgraphContext): Promise<LoginPayload> {
    const result = await refreshSession(ctx);
    if ("refused" in result) return { token: null, expiresAt: null, user: null, userErrors: [result.refused] };
    const { token, expiresAt, user, viewer } = result.signedIn;
    ctx.viewer = viewer;
    return { token, expiresAt, user, userErrors: [] };
  }

  @Mutation(() => LogoutPayload, {
    description: "Ends the caller's session: its token stops working in every subgraph within seconds.",
  })
  async logout(@Ctx() ctx: SubgraphContext): Promise<LogoutPayload> {
    await signOut(ctx);
    return { ok: true, userErrors: [] };
  }
}
