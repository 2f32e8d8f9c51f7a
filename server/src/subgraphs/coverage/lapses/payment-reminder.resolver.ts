import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { jakartaToday } from "../../../shared/calendar";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { requireLocalId } from "../../../shared/graphql/global-id";
import { PageArgs, pageSize, selects, type ConnectionShape } from "../../../shared/graphql/relay";
import { rowScopeOf } from "../access/row-scope";
import { Participant } from "../entities/participant.entity";
import { ParticipantConnection } from "../resolvers/connections";
import { participantById } from "../resolvers/participant.loaders";
import { ParticipantPayment } from "./participant-payment.entity";
import { PaymentReminderFilter } from "./payment-reminder.filter";
import { decodeCursor, encodeCursor, reminderCondition } from "./payment-reminders.sql";
import { paymentRulesOf } from "./payment-rules";
import { PaymentStatus } from "./payment-status.type";

/** Payment summaries of every participant asked for in this request, in one statement. */
function paymentById(ctx: SubgraphContext) {
  return ctx.loaders.get<number, ParticipantPayment>("participantPayment", async (ids) => {
    const rows = await ctx.em.find(ParticipantPayment, { participantId: { $in: [...ids] } });
    return new Map(rows.map((row) => [row.participantId, row]));
  });
}

@Resolver(() => Participant)
export class PaymentReminderResolver {
  @FieldResolver(() => PaymentStatus, {
    description: "Today's contribution standing: CURRENT, OVERDUE (a month unpaid past its due date) or LAPSED.",
  })
  async paymentStatus(@Root() participant: Participant, @Ctx() ctx: SubgraphContext): Promise<PaymentStatus> {
    const [rules, payment] = await Promise.all([
      paymentRulesOf(ctx, jakartaToday()),
      paymentById(ctx).load(participant.id),
    ]);
    // The triggers write a row with every participant; a missing one is a participant with no payment yet.
    const month = participant.registeredOn.slice(0, 7);
    const record = payment ?? { registeredMonth: month, paidCount: 0, lastPeriod: null, oldestUnpaidPeriod: month };
    return Object.assign(new PaymentStatus(), rules.stateOf(record));
  }

  @Query(() => ParticipantConnection, {
    description:
      "The reminder list: participants in your scope with a month unpaid past its due date (OVERDUE or LAPSED), " +
      "most overdue first. An agent sees their own participants.",
  })
  async paymentReminders(
    @Arg("filter", () => PaymentReminderFilter, { nullable: true }) filter: PaymentReminderFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<Participant>> {
    const first = pageSize(page.first);
    const rules = await paymentRulesOf(ctx, jakartaToday());
    const condition = reminderCondition({
      scope: rowScopeOf(ctx.viewer),
      agentId: filter?.agentId ? requireLocalId(filter.agentId, "Agent", "filter.agentId") : null,
      officeId: filter?.officeId ? requireLocalId(filter.officeId, "PerisaiOffice", "filter.officeId") : null,
      state: filter?.state ?? null,
      today: rules.today,
      overdueThrough: rules.overdueThrough,
      lapseAfterMonths: rules.lapseAfterMonths,
    });
    const from = "from coverage.participant_payment pp join coverage.participant p on p.id = pp.participant_id";
    const after = page.after ? decodeCursor(page.after) : null;
    const rows = await ctx.em.execute<{ id: number; oldest_unpaid_period: string }[]>(
      `select p.id, pp.oldest_unpaid_period ${from} where ${condition.sql}
       ${after ? "and (pp.oldest_unpaid_period, p.id) > (?, ?)" : ""}
       order by pp.oldest_unpaid_period, p.id limit ?`,
      [...condition.bindings, ...(after ?? []), first + 1],
    );
    const totalCount = selects(info, "totalCount")
      ? Number(
          (
            await ctx.em.execute<{ count: string }[]>(
              `select count(*) ${from} where ${condition.sql}`,
              condition.bindings,
            )
          )[0].count,
        )
      : -1;
    const pageRows = rows.slice(0, first);
    const participants = await participantById(ctx).loadMany(pageRows.map((row) => row.id));
    const edges = pageRows.flatMap((row, index) => {
      const node = participants[index];
      return node && !(node instanceof Error) ? [{ cursor: encodeCursor(row.oldest_unpaid_period, row.id), node }] : [];
    });
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount,
    };
  }
}
