import { QueryOrder, type QueryOrderMap } from "@mikro-orm/core";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { runMutation } from "../../../shared/graphql/mutation";
import { PageArgs, paginate } from "../../../shared/graphql/relay";
import { DateScalar } from "../../../shared/graphql/scalars";
import { jakartaToday } from "../../../shared/calendar";
import { RECORDING_ROLES } from "../access/permissions";
import { withinScope } from "../access/row-scope";
import { Contribution } from "../entities/contribution.entity";
import { Participant } from "../entities/participant.entity";
import { ContributionFilter, ContributionSortKey } from "../inputs/contribution.filter";
import { RecordContributionInput } from "../inputs/record-contribution.input";
import { RecordContributionPayload } from "../payloads/record-contribution.payload";
import { rateBookOf } from "../repositories/rates.repository";
import { recordPayment } from "../services/contribution-recording";
import { ContributionConnection } from "./connections";
import { contributionWhere } from "./contribution.where";
import { participantById } from "./participant.loaders";

function contributionOrder(sortKey: ContributionSortKey, reverse: boolean): QueryOrderMap<Contribution> {
  const direction = reverse ? QueryOrder.DESC : QueryOrder.ASC;
  if (sortKey === ContributionSortKey.PAID_ON) return { paidOn: direction, id: direction };
  return { period: direction, id: direction };
}

@Resolver(() => Contribution)
export class ContributionResolver {
  @Query(() => ContributionConnection, {
    description: "Monthly contributions recorded for the participants of your scope (see participants).",
  })
  contributions(
    @Arg("filter", () => ContributionFilter, { nullable: true }) filter: ContributionFilter | undefined,
    @Arg("sortKey", () => ContributionSortKey, { defaultValue: ContributionSortKey.PERIOD })
    sortKey: ContributionSortKey,
    @Arg("reverse", () => Boolean, { defaultValue: false }) reverse: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return paginate(ctx.em, Contribution, withinScope(ctx.viewer, contributionWhere(filter)), {
      page,
      orderBy: contributionOrder(sortKey, reverse),
      info,
    });
  }

  @FieldResolver(() => Participant)
  async participant(@Root() contribution: Contribution, @Ctx() ctx: SubgraphContext): Promise<Participant> {
    // A contribution carries its participant's agent and office, so a visible one has a visible participant.
    return (await participantById(ctx).load(contribution.participant.id))!;
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: "When the period's contribution fell due (the due day of the following month, by the policy then).",
  })
  async dueOn(@Root() contribution: Contribution, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    return (await rateBookOf(ctx)).dueDateOf(contribution.period);
  }

  @Mutation(() => RecordContributionPayload, {
    description:
      "Records a monthly payment. Idempotent by clientKey: a repeat returns the first result with duplicate: true. " +
      "An agent records its own participants' payments, an office admin those of its offices' participants.",
  })
  async recordContribution(
    @Arg("input", () => RecordContributionInput) input: RecordContributionInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<RecordContributionPayload> {
    ctx.viewer.requireRole(...RECORDING_ROLES);
    const book = await rateBookOf(ctx);
    const payload = await runMutation<RecordContributionPayload>(ctx.em, (em) =>
      recordPayment(em, book, input, jakartaToday(), ctx.viewer),
    );
    return { ...payload, duplicate: payload.duplicate ?? false };
  }
}
