import { graphql } from "../../graphql/graphql";

export const ImportsPage_ValidateUmkm = graphql(`
  mutation ImportsPage_ValidateUmkm($csv: String!) {
    validateUmkmImport(input: { csv: $csv }) {
      rowCount
      errorCount
      errors {
        line
        column
        message
        code
      }
    }
  }
`);

export const ImportsPage_ValidateAgents = graphql(`
  mutation ImportsPage_ValidateAgents($csv: String!) {
    validateAgentImport(input: { csv: $csv }) {
      rowCount
      errorCount
      errors {
        line
        column
        message
        code
      }
    }
  }
`);

export const ImportsPage_StartUmkm = graphql(`
  mutation ImportsPage_StartUmkm($csv: String!) {
    startUmkmImport(input: { csv: $csv }) {
      umkmImport {
        id
        status
        total
        processed
      }
      rowErrors {
        line
        column
        message
        code
      }
      userErrors {
        message
        code
      }
    }
  }
`);

export const ImportsPage_StartAgents = graphql(`
  mutation ImportsPage_StartAgents($csv: String!) {
    startAgentImport(input: { csv: $csv }) {
      agentImport {
        id
        status
        total
        processed
      }
      rowErrors {
        line
        column
        message
        code
      }
      userErrors {
        message
        code
      }
    }
  }
`);

export const ImportsPage_UmkmJob = graphql(`
  query ImportsPage_UmkmJob($id: ID!) {
    umkmImport(id: $id) {
      id
      status
      total
      processed
      error
      createdAt
      finishedAt
    }
  }
`);

export const ImportsPage_AgentJob = graphql(`
  query ImportsPage_AgentJob($id: ID!) {
    agentImport(id: $id) {
      id
      status
      total
      processed
      error
      createdAt
      finishedAt
    }
  }
`);

export const ImportsPage_History = graphql(`
  query ImportsPage_History($umkm: Boolean!, $agents: Boolean!) {
    recentUmkmImports(first: 10) @include(if: $umkm) {
      id
      status
      total
      processed
      createdAt
      finishedAt
    }
    recentAgentImports(first: 10) @include(if: $agents) {
      id
      status
      total
      processed
      createdAt
      finishedAt
    }
  }
`);
