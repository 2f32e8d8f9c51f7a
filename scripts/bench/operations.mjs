// The operations the benchmark measures: each as the web app sends it through the gateway, and as the
// subgraph-local part that the subgraph serving it answers on its own (the "direct" document).

/** Agents page, as AgentsPage_List asks for it (page size as a variable, to compare statement counts). */
export const AGENTS_PAGE = `
  query Bench_AgentsPage($first: Int!) {
    agents(sortKey: AGENT_NUMBER, reverse: false, first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id agentNumber name status appointedOn
        office { id name }
        territory { code name }
        coverage { participantsActive participantsTotal contributionsTotal }
      }
    }
  }`;

const AGENTS_PAGE_DIRECT = `
  query Bench_AgentsPageDirect($first: Int!) {
    agents(sortKey: AGENT_NUMBER, reverse: false, first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id agentNumber name status appointedOn office { id name } territory { code } }
    }
  }`;

const COVERAGE_FIELDS = "umkmTarget umkmRegistered umkmCovered participantsActive rate";

const DASHBOARD = `
  query Bench_Dashboard($since: Month!) {
    perisaiOffices(first: 1) { totalCount }
    agents(first: 1, filter: { status: ACTIVE }) { totalCount }
    regions(filter: { level: PROVINCE }, first: 38) {
      nodes { code name coverage { ${COVERAGE_FIELDS} } }
    }
    monthlyTotals(filter: { periodFrom: $since }) { period enrolments contributionsTotal contributionsCount }
  }`;

/** The coverage subgraph's part of the dashboard: the 38 provinces' coverage by entity reference, and the trend. */
const DASHBOARD_DIRECT = `
  query Bench_DashboardDirect($since: Month!, $provinces: [_Any!]!) {
    _entities(representations: $provinces) { ... on Region { coverage { ${COVERAGE_FIELDS} } } }
    monthlyTotals(filter: { periodFrom: $since }) { period enrolments contributionsTotal contributionsCount }
  }`;

const REGION_PAGE = `
  query Bench_RegionPage($code: String!) {
    region(code: $code) {
      code name level
      ancestors { code name }
      coverage { ${COVERAGE_FIELDS} }
      children(first: 100) { totalCount nodes { code name coverage { ${COVERAGE_FIELDS} } } }
    }
    activeAgents: agents(first: 1, filter: { regionCode: $code, status: ACTIVE }) { totalCount }
    perisaiOffices(first: 20, filter: { regionCode: $code }, sortKey: NAME) {
      totalCount
      nodes { id name pioneer establishedOn region { code name } agentCount(status: ACTIVE) }
    }
    agents(first: 20, filter: { regionCode: $code }, sortKey: AGENT_NUMBER) {
      totalCount
      nodes { id agentNumber name status office { id name } }
    }
  }`;

/** The perisai subgraph's part of the drill-down: the region's offices and agents. */
const REGION_PAGE_DIRECT = `
  query Bench_RegionPageDirect($code: String!) {
    activeAgents: agents(first: 1, filter: { regionCode: $code, status: ACTIVE }) { totalCount }
    perisaiOffices(first: 20, filter: { regionCode: $code }, sortKey: NAME) {
      totalCount
      nodes { id name pioneer establishedOn region { code } agentCount(status: ACTIVE) }
    }
    agents(first: 20, filter: { regionCode: $code }, sortKey: AGENT_NUMBER) {
      totalCount
      nodes { id agentNumber name status office { id name } }
    }
  }`;

const COVERAGE_GAPS = `
  query Bench_CoverageGaps($first: Int!) {
    coverageGaps(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        rank
        kecamatan { code name parent { code name parent { code name } } }
        umkmRegistered umkmCovered umkmUncovered activeAgents gapScore
      }
    }
  }`;

const COVERAGE_GAPS_DIRECT = `
  query Bench_CoverageGapsDirect($first: Int!) {
    coverageGaps(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { rank kecamatan { code } umkmRegistered umkmCovered umkmUncovered activeAgents gapScore }
    }
  }`;

export const ENROL = `
  mutation Bench_Enrol($input: EnrollParticipantInput!) {
    enrollParticipant(input: $input) { participant { id registeredOn } userErrors { field message code } }
  }`;

const CONTRIBUTION = `
  mutation Bench_Contribution($input: RecordContributionInput!) {
    recordContribution(input: $input) { contribution { id total } duplicate userErrors { field message code } }
  }`;

export const CLOSE_MONTH = `
  mutation Bench_CloseMonth($input: CloseCommissionMonthInput!) {
    closeCommissionMonth(input: $input) { alreadyClosed userErrors { field message code } }
  }`;

/**
 * The read operations, as the national coordinator, and the writes, as the Batam office admin. `context`
 * comes from the setup queries (provinces with their UMKM counts, an agent to enrol with, …).
 */
export function operations(context) {
  const read = (name, subgraph, gateway, direct, variables, directVariables = variables) => ({
    name,
    kind: "read",
    subgraph,
    tokens: context.tokens.national,
    gateway: { query: gateway, variables },
    direct: { query: direct, variables: directVariables },
  });
  return [
    read(
      "national dashboard",
      "coverage",
      DASHBOARD,
      DASHBOARD_DIRECT,
      { since: context.since },
      {
        since: context.since,
        provinces: context.provinces.map((province) => ({
          __typename: "Region",
          code: province.code,
          umkmCount: province.umkmCount,
        })),
      },
    ),
    read("kecamatan drill-down 21.71.06", "perisai", REGION_PAGE, REGION_PAGE_DIRECT, { code: "21.71.06" }),
    read("agents page (100)", "perisai", AGENTS_PAGE, AGENTS_PAGE_DIRECT, { first: 100 }),
    read("coverage gaps (100)", "coverage", COVERAGE_GAPS, COVERAGE_GAPS_DIRECT, { first: 100 }),
    {
      name: "enrol participant",
      kind: "write",
      subgraph: "coverage",
      tokens: context.tokens.batamAdmin,
      gateway: { query: ENROL },
      direct: { query: ENROL },
      variables: () => ({ input: context.enrolmentInput() }),
      onData: (data) => {
        const id = data?.enrollParticipant?.participant?.id;
        if (id) context.enrolled.push({ id, registeredOn: data.enrollParticipant.participant.registeredOn });
      },
    },
    {
      name: "record contribution",
      kind: "write",
      subgraph: "coverage",
      tokens: context.tokens.batamAdmin,
      gateway: { query: CONTRIBUTION },
      direct: { query: CONTRIBUTION },
      variables: () => ({ input: context.contributionInput() }),
      limit: () => context.contributionCapacity(),
    },
    {
      name: "close commission month (repeat)",
      kind: "write",
      subgraph: "coverage",
      tokens: context.tokens.batamAdmin,
      gateway: { query: CLOSE_MONTH, variables: { input: { month: context.closeMonth } } },
      direct: { query: CLOSE_MONTH, variables: { input: { month: context.closeMonth } } },
    },
  ];
}
