import { GraphQLError } from "graphql";
import { Role } from "./role";
import type { TokenClaims } from "./token";

/**
 * Who is asking, and what part of the network they may see. Built from a verified token in every subgraph;
 * an anonymous viewer sees only public reference data (regions).
 */
export class Viewer {
  private constructor(readonly claims: TokenClaims | null) {}

  static anonymous(): Viewer {
    return new Viewer(null);
  }

  static of(claims: TokenClaims): Viewer {
    return new Viewer(claims);
  }

  get signedIn(): boolean {
    return this.claims !== null;
  }

  get role(): Role | null {
    return this.claims?.role ?? null;
  }

  get userId(): number | null {
    return this.claims?.sub ?? null;
  }

  get agentId(): number | null {
    return this.claims?.agentId ?? null;
  }

  /** Offices whose data the viewer may see; null when not limited by office (national roles). */
  get officeIds(): number[] | null {
    if (this.isNational) return null;
    return this.claims?.officeIds ?? [];
  }

  /** Region code prefixes the viewer may see; null when not limited by region. */
  get regionPrefixes(): string[] | null {
    if (this.isNational) return null;
    return this.claims?.regionPrefixes ?? [];
  }

  get isNational(): boolean {
    return this.role === Role.NATIONAL_COORDINATOR || this.role === Role.ANALYST;
  }

  is(...roles: Role[]): boolean {
    return this.role !== null && roles.includes(this.role);
  }

  seesOffice(officeId: number): boolean {
    const offices = this.officeIds;
    return offices === null || offices.includes(officeId);
  }

  seesRegion(code: string): boolean {
    const prefixes = this.regionPrefixes;
    return prefixes === null || prefixes.some((prefix) => code === prefix || code.startsWith(`${prefix}.`));
  }

  /**
   * Personal data (NIK, phone, birth date) in clear: only operational roles, and only for people in their
   * scope (callers check the scope). National roles work with aggregates and reveal one person when needed.
   */
  get seesPersonalDataInScope(): boolean {
    return this.is(Role.OFFICE_ADMIN, Role.BRANCH_OFFICER, Role.AGENT);
  }

  /** Throws UNAUTHENTICATED for an anonymous caller. */
  requireSignedIn(): this {
    if (!this.signedIn) {
      throw new GraphQLError("Sign in first: send the token from login as `Authorization: Bearer <token>`", {
        extensions: { code: "UNAUTHENTICATED" },
      });
    }
    return this;
  }

  /** Throws FORBIDDEN unless the viewer has one of the roles. */
  requireRole(...roles: Role[]): this {
    this.requireSignedIn();
    if (!this.is(...roles)) {
      throw new GraphQLError(`This action needs one of the roles ${roles.join(", ")}`, {
        extensions: { code: "FORBIDDEN" },
      });
    }
    return this;
  }
}
