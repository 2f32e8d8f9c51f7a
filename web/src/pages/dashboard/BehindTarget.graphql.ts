import { graphql } from "../../graphql/graphql";

export const BehindTarget_Regions = graphql(`
  query BehindTarget_Regions($level: RegionLevel!) {
    regionsBehindTarget(level: $level, first: 10) {
      region {
        code
        name
      }
      umkmTarget
      umkmCovered
      gap
      rate
    }
  }
`);
