import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../../shared/auth/role";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { requireLocalId } from "../../../shared/graphql/global-id";
import { groupBy } from "../../../shared/graphql/loaders";
import { runMutation } from "../../../shared/graphql/mutation";
import { PageArgs, connectionFromArray } from "../../../shared/graphql/relay";
import { MonthScalar } from "../../../shared/graphql/scalars";
import { seesPerisaiOffice } from "../domain/access-rules";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import { entityById } from "../resolvers/entity.loaders";
import { payloadType } from "../resolvers/payload-type";
import { OfficeTargetRule } from "./office-target-rule.entity";
import { OfficeTarget } from "./office-target.entity";
import {
  OfficeReviewEntry,
  OfficeReviewEntryConnection,
  OfficeTargetProgress,
  SetOfficeTargetInput,
} from "./office-target.types";
import { officeProgress, officeTargetRules, reviewList } from "./office-targets";
import { setOfficeTarget } from "./set-office-target";

const { NATIONAL_COORDINATOR, ANALYST, OFFICE_ADMIN, BRANCH_OFFICER } = Role;

export const SetOfficeTargetPayload = payloadType("SetOfficeTarget", {
  officeTarget: OfficeTarget,
  perisaiOffice: PerisaiOffice,
});

@Resolver()
export class OfficeTargetQueries {
  @Query(() => OfficeTargetProgress, {
    nullable: true,
    description:
      "A Kantor Perisai's target, minimum and enrolments month by month (at most 60 months); null outside the viewer's scope.",
  })
  async officeTargetProgress(
    @Arg("officeId", () => ID) officeId: string,
    @Arg("from", () => MonthScalar) from: string,
    @Arg("to", () => MonthScalar) to: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OfficeTargetProgress | null> {
    ctx.viewer.requireRole(NATIONAL_COORDINATOR, ANALYST, OFFICE_ADMIN, BRANCH_OFFICER);
    const id = requireLocalId(officeId, "PerisaiOffice", "officeId");
    if (!seesPerisaiOffice(ctx.viewer, id)) return null;
    const months = await officeProgress(ctx.em, id, from, to);
    if (!months.length) return null;
    return Object.assign(new OfficeTargetProgress(), { officeId: id, months });
  }

  @Query(() => OfficeReviewEntryConnection, {
    description:
      "Recruiting Kantor Perisai whose last complete months (officeTargetRules: reviewMonths, or more) were all under the minimum, longest run first: national roles see all, branch officers the offices they supervise, office admins their offices.",
  })
  async officeReviewList(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: SubgraphContext) {
    ctx.viewer.requireRole(NATIONAL_COORDINATOR, ANALYST, OFFICE_ADMIN, BRANCH_OFFICER);
    const entries = (await reviewList(ctx.em, ctx.viewer)).map((entry) =>
      Object.assign(new OfficeReviewEntry(), {
        officeId: entry.officeId,
        monthsUnderMinimum: entry.months.length,
        months: entry.months,
        rule: entry.rule,
      }),
    );
    return connectionFromArray(entries, page, (entry) => Buffer.from(`office:${entry.officeId}`).toString("base64url"));
  }

  @Query(() => [OfficeTargetRule], { description: "Every version of the office target rules, oldest first." })
  officeTargetRules(@Ctx() ctx: SubgraphContext): Promise<OfficeTargetRule[]> {
    ctx.viewer.requireSignedIn();
    return officeTargetRules(ctx.em);
  }

  @Mutation(() => SetOfficeTargetPayload, {
    description:
      "Sets a Kantor Perisai's monthly target and minimum from a month on, as a new dated row (national coordinators; audited).",
  })
  setOfficeTarget(@Arg("input", () => SetOfficeTargetInput) input: SetOfficeTargetInput, @Ctx() ctx: SubgraphContext) {
    ctx.viewer.requireRole(NATIONAL_COORDINATOR);
    return runMutation(ctx.em, (em) => setOfficeTarget(em, ctx.viewer, input));
  }
}

@Resolver(() => OfficeTargetProgress)
export class OfficeTargetProgressResolver {
  @FieldResolver(() => PerisaiOffice)
  office(@Root() progress: OfficeTargetProgress, @Ctx() ctx: SubgraphContext): Promise<PerisaiOffice | null> {
    return entityById(ctx, PerisaiOffice).load(progress.officeId);
  }
}

@Resolver(() => OfficeReviewEntry)
export class OfficeReviewEntryResolver {
  @FieldResolver(() => PerisaiOffice)
  office(@Root() entry: OfficeReviewEntry, @Ctx() ctx: SubgraphContext): Promise<PerisaiOffice | null> {
    return entityById(ctx, PerisaiOffice).load(entry.officeId);
  }
}

@Resolver(() => OfficeTarget)
export class OfficeTargetResolver {
  @FieldResolver(() => PerisaiOffice)
  office(@Root() target: OfficeTarget, @Ctx() ctx: SubgraphContext): Promise<PerisaiOffice | null> {
    return entityById(ctx, PerisaiOffice).load(target.office.id);
  }
}

/** PerisaiOffice.targets: the office's dated targets, oldest first, one statement per page of offices. */
@Resolver(() => PerisaiOffice)
export class PerisaiOfficeTargetsResolver {
  @FieldResolver(() => [OfficeTarget], { description: "Every dated monthly target of the office, oldest first." })
  targets(@Root() office: PerisaiOffice, @Ctx() ctx: SubgraphContext): Promise<OfficeTarget[]> {
    return ctx.loaders
      .get<number, OfficeTarget[]>("OfficeTargetsByOffice", async (ids) => {
        const rows = await ctx.em.find(
          OfficeTarget,
          { office: { $in: [...ids] } },
          { orderBy: { office: "asc", validFrom: "asc" } },
        );
        const groups = groupBy(rows, (row) => row.office.id);
        return new Map(ids.map((id) => [id, groups.get(id) ?? []]));
      })
      .load(office.id);
  }
}
