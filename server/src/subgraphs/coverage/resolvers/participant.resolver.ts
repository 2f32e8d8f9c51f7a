import { QueryOrder, type QueryOrderMap } from "@mikro-orm/core";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { childPageKey } from "../../../shared/graphql/batched-connection";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { requireLocalId } from "../../../shared/graphql/global-id";
import { runMutation } from "../../../shared/graphql/mutation";
import { PageArgs, paginate } from "../../../shared/graphql/relay";
import { DateScalar } from "../../../shared/graphql/scalars";
import { jakartaToday } from "../../../shared/calendar";
import { maskBirthDate, maskNik, maskPhone } from "../../../shared/validation/mask";
import { ENROLLING_ROLES, showsPersonalData } from "../access/permissions";
import { withinScope } from "../access/row-scope";
import { Contribution } from "../entities/contribution.entity";
import { Participant } from "../entities/participant.entity";
import { EnrollParticipantInput } from "../inputs/enroll-participant.input";
import { ParticipantFilter, ParticipantSortKey } from "../inputs/participant.filter";
import { EnrollParticipantPayload } from "../payloads/enroll-participant.payload";
import { rateBookOf } from "../repositories/rates.repository";
import { enrol } from "../services/enrolment";
import { ContributionAmounts } from "../types/contribution-amounts";
import { ContributionConnection, ParticipantConnection } from "./connections";
import { contributionPages, CONTRIBUTION_ORDER } from "./contribution.loaders";
import { participantById } from "./participant.loaders";
import { participantWhere } from "./participant.where";

function participantOrder(sortKey: ParticipantSortKey, reverse: boolean): QueryOrderMap<Participant> {
  const direction = reverse ? QueryOrder.DESC : QueryOrder.ASC;
  if (sortKey === ParticipantSortKey.NAME) return { name: direction, id: direction };
  if (sortKey === ParticipantSortKey.KPJ_NUMBER) return { kpjNumber: direction };
  return { registeredOn: direction, id: direction };
}

@Resolver(() => Participant)
export class ParticipantResolver {
  @Query(() => Participant, { nullable: true, description: "Null when no participant has this ID in your scope." })
  participant(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Participant | null> {
    return participantById(ctx).load(requireLocalId(id, "Participant"));
  }

  @Query(() => ParticipantConnection, {
    description:
      "BPU participants enrolled by Agen Perisai, within your scope: an office's participants for its admins and " +
      "branch officers, an agent's own for the agent, all for national roles.",
  })
  participants(
    @Arg("filter", () => ParticipantFilter, { nullable: true }) filter: ParticipantFilter | undefined,
    @Arg("sortKey", () => ParticipantSortKey, { defaultValue: ParticipantSortKey.REGISTERED_ON })
    sortKey: ParticipantSortKey,
    @Arg("reverse", () => Boolean, { defaultValue: false }) reverse: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return paginate(ctx.em, Participant, withinScope(ctx.viewer, participantWhere(filter)), {
      page,
      orderBy: participantOrder(sortKey, reverse),
      info,
    });
  }

  @FieldResolver(() => String, {
    description:
      "NIK: in clear for office admins, branch officers and agents (people of their scope); masked otherwise " +
      "(2171************). National coordinators use revealParticipant.",
  })
  nik(@Root() participant: Participant, @Ctx() ctx: SubgraphContext): string {
    return showsPersonalData(ctx.viewer, participant) ? participant.nik : maskNik(participant.nik)!;
  }

  @FieldResolver(() => String, {
    description: 'Birth date: in clear like nik; masked otherwise, with the year only ("1988-**-**").',
  })
  birthDate(@Root() participant: Participant, @Ctx() ctx: SubgraphContext): string {
    return showsPersonalData(ctx.viewer, participant) ? participant.birthDate : maskBirthDate(participant.birthDate)!;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Phone number (+62…): in clear like nik; masked otherwise (+62812******90).",
  })
  phone(@Root() participant: Participant, @Ctx() ctx: SubgraphContext): string | null {
    return showsPersonalData(ctx.viewer, participant) ? participant.phone : maskPhone(participant.phone);
  }

  @FieldResolver(() => ContributionAmounts, {
    description: "What the participant pays per month, by the rates in force on onDate (default today, Asia/Jakarta).",
  })
  async monthlyContribution(
    @Root() participant: Participant,
    @Arg("onDate", () => DateScalar, { nullable: true }) onDate: string | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ContributionAmounts> {
    const book = await rateBookOf(ctx);
    return ContributionAmounts.of(
      book.compute(participant.declaredIncome, participant.programs, onDate ?? jakartaToday()),
    );
  }

  @FieldResolver(() => ContributionConnection, { description: "Monthly contributions, by period." })
  contributions(
    @Root() participant: Participant,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const first = childPageKey(page);
    if (first !== null) return contributionPages(ctx, first).load(participant.id);
    return paginate(ctx.em, Contribution, withinScope<Contribution>(ctx.viewer, { participant: participant.id }), {
      page,
      orderBy: CONTRIBUTION_ORDER,
      info,
    });
  }

  @Mutation(() => EnrollParticipantPayload, {
    description:
      "Enrols a BPU participant; the monthly contribution is priced by the rates in force on the registration date. " +
      "An agent enrols for itself, an office admin through the agents of its offices.",
  })
  async enrollParticipant(
    @Arg("input", () => EnrollParticipantInput) input: EnrollParticipantInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<EnrollParticipantPayload> {
    ctx.viewer.requireRole(...ENROLLING_ROLES);
    const book = await rateBookOf(ctx);
    return runMutation<EnrollParticipantPayload>(ctx.em, async (em) => {
      const { participant, monthlyContribution } = await enrol(em, book, input, jakartaToday(), ctx.viewer);
      return { participant, monthlyContribution: ContributionAmounts.of(monthlyContribution) };
    });
  }
}
