import type { SubgraphModule } from "../../shared/server/subgraph";
import { requireSignInEverywhere } from "../../shared/auth/sign-in-guard";
import { buildFederatedSchema } from "../../shared/graphql/federation";
import { ContributionPolicy } from "./entities/contribution-policy.entity";
import { ContributionRate } from "./entities/contribution-rate.entity";
import { Contribution } from "./entities/contribution.entity";
import { Participant } from "./entities/participant.entity";
import { RegionTarget } from "./entities/region-target.entity";
import { AgentCoverage } from "./entities/rollups/agent-coverage.entity";
import { MonthlyTotalsRow } from "./entities/rollups/monthly-totals-row.entity";
import { OfficeCoverage } from "./entities/rollups/office-coverage.entity";
import { RegionCoverageRow } from "./entities/rollups/region-coverage-row.entity";
import { UmkmCoverageRow } from "./entities/rollups/umkm-coverage-row.entity";
import { AgentCommissionResolver } from "./commissions/agent-commission.resolver";
import { CommissionScheme } from "./commissions/commission-scheme.entity";
import { CommissionStatement } from "./commissions/commission-statement.entity";
import { CommissionStatementResolver } from "./commissions/commission-statement.resolver";
import { StatementContribution, StatementEnrolment } from "./commissions/statement-lines.entity";
import { LapseRule } from "./lapses/lapse-rule.entity";
import { ParticipantPayment } from "./lapses/participant-payment.entity";
import { PaymentReminderResolver } from "./lapses/payment-reminder.resolver";
import { CoverageGapResolver } from "./gaps/coverage-gap.resolver";
import { migrations } from "./migrations";
import { ProspectResolver } from "./reconciliation/prospect.resolver";
import {
  AgentSamePersonResolver,
  ParticipantSamePersonResolver,
  UmkmOwnerSamePersonResolver,
} from "./reconciliation/same-person.resolver";
import { AgentCoverageResolver } from "./resolvers/agent.resolver";
import { contributionPolicyReference, contributionRateReference } from "./resolvers/contribution-rate.reference";
import { ContributionRateResolver } from "./resolvers/contribution-rate.resolver";
import { contributionReference } from "./resolvers/contribution.reference";
import { ContributionResolver } from "./resolvers/contribution.resolver";
import {
  agentReference,
  perisaiOfficeReference,
  regionReference,
  umkmReference,
} from "./resolvers/external.references";
import { MonthlyTotalResolver } from "./resolvers/monthly-total.resolver";
import { participantReference } from "./resolvers/participant.reference";
import { ParticipantResolver } from "./resolvers/participant.resolver";
import { PerisaiOfficeCoverageResolver } from "./resolvers/perisai-office.resolver";
import { RegionProgressResolver } from "./resolvers/region-progress.resolver";
import { regionTargetReference } from "./resolvers/region-target.reference";
import { RegionTargetResolver } from "./resolvers/region-target.resolver";
import { RegionCoverageResolver } from "./resolvers/region.resolver";
import { RevealParticipantResolver } from "./resolvers/reveal-participant.resolver";
import { UmkmCoverageResolver } from "./resolvers/umkm.resolver";

/**
 * Participants (peserta BPU), their contributions, the dated contribution rules, and the coverage
 * figures this subgraph adds to Region, PerisaiOffice, Agent and Umkm. Every field needs a signed-in viewer.
 */
export const coverageSubgraph: SubgraphModule = {
  name: "coverage",
  entities: [
    ContributionRate,
    ContributionPolicy,
    Participant,
    Contribution,
    RegionTarget,
    RegionCoverageRow,
    UmkmCoverageRow,
    AgentCoverage,
    OfficeCoverage,
    MonthlyTotalsRow,
    CommissionScheme,
    CommissionStatement,
    StatementContribution,
    StatementEnrolment,
    LapseRule,
    ParticipantPayment,
  ],
  migrations,
  buildSchema: async () =>
    requireSignInEverywhere(
      await buildFederatedSchema({
        resolvers: [
          ParticipantResolver,
          RevealParticipantResolver,
          ContributionResolver,
          ContributionRateResolver,
          RegionTargetResolver,
          RegionProgressResolver,
          MonthlyTotalResolver,
          RegionCoverageResolver,
          PerisaiOfficeCoverageResolver,
          AgentCoverageResolver,
          UmkmCoverageResolver,
          CommissionStatementResolver,
          AgentCommissionResolver,
          PaymentReminderResolver,
          CoverageGapResolver,
          ProspectResolver,
          ParticipantSamePersonResolver,
          AgentSamePersonResolver,
          UmkmOwnerSamePersonResolver,
        ],
        references: {
          Participant: participantReference as never,
          Contribution: contributionReference as never,
          ContributionRate: contributionRateReference as never,
          ContributionPolicy: contributionPolicyReference as never,
          RegionTarget: regionTargetReference as never,
          Region: regionReference as never,
          Agent: agentReference as never,
          PerisaiOffice: perisaiOfficeReference as never,
          Umkm: umkmReference as never,
        },
      }),
    ),
};
