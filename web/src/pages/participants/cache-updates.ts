import type { Cache, UpdatesConfig } from "@urql/exchange-graphcache";

interface Ref {
  id: string;
}

interface EnrolmentResult {
  participant?: {
    id: string;
    agent?: Ref | null;
    office?: Ref | null;
    umkm?: Ref | null;
    kecamatan?: { code: string } | null;
  } | null;
}

interface RecordingResult {
  duplicate?: boolean;
  contribution?: { participant?: Ref | null; agent?: Ref | null; office?: Ref | null } | null;
}

/** Every cached page of these root lists, whatever their arguments, is fetched again on next use. */
function invalidateRootLists(cache: Cache, fieldNames: readonly string[]) {
  for (const field of cache.inspectFields("Query")) {
    if (fieldNames.includes(field.fieldName)) cache.invalidate("Query", field.fieldName, field.arguments);
  }
}

function invalidateFigures(cache: Cache, agent?: Ref | null, office?: Ref | null) {
  if (agent) {
    cache.invalidate({ __typename: "Agent", id: agent.id }, "coverage");
    cache.invalidate({ __typename: "Agent", id: agent.id }, "participants");
  }
  if (office) {
    cache.invalidate({ __typename: "PerisaiOffice", id: office.id }, "coverage");
    cache.invalidate({ __typename: "PerisaiOffice", id: office.id }, "participants");
  }
}

/**
 * After an enrolment or a payment the lists and counts that include it are stale: the participants list
 * and its total, the agent's, office's, UMKM's and regions' figures, the monthly totals.
 */
export const participantUpdates: NonNullable<UpdatesConfig["Mutation"]> = {
  enrollParticipant(result, _args, cache) {
    const participant = (result.enrollParticipant as EnrolmentResult | null)?.participant;
    if (!participant) return;
    invalidateRootLists(cache, ["participants", "monthlyTotals"]);
    invalidateFigures(cache, participant.agent, participant.office);
    if (participant.umkm) {
      cache.invalidate({ __typename: "Umkm", id: participant.umkm.id }, "covered");
      cache.invalidate({ __typename: "Umkm", id: participant.umkm.id }, "participants");
    }
    // The kecamatan, its regency and its province all count the new participant ("21.71.06" → "21.71" → "21").
    const code = participant.kecamatan?.code;
    if (code) {
      for (const prefix of [code.slice(0, 2), code.slice(0, 5), code]) {
        cache.invalidate({ __typename: "Region", code: prefix }, "coverage");
      }
    }
  },
  recordContribution(result, _args, cache) {
    const payload = result.recordContribution as RecordingResult | null;
    const contribution = payload?.contribution;
    if (!contribution || payload?.duplicate) return;
    invalidateRootLists(cache, ["contributions", "monthlyTotals"]);
    invalidateFigures(cache, contribution.agent, contribution.office);
    if (contribution.participant) {
      cache.invalidate({ __typename: "Participant", id: contribution.participant.id }, "contributions");
      cache.invalidate({ __typename: "Participant", id: contribution.participant.id }, "status");
    }
  },
};
