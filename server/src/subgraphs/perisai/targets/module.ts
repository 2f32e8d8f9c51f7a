import { OfficeTargetRule } from "./office-target-rule.entity";
import { OfficeTarget } from "./office-target.entity";
import {
  OfficeReviewEntryResolver,
  OfficeTargetProgressResolver,
  OfficeTargetQueries,
  OfficeTargetResolver,
  PerisaiOfficeTargetsResolver,
} from "./office-targets.resolver";

/** Office targets: dated monthly targets and minimums, progress against enrolments, the review list. */
export const targetEntities = [OfficeTargetRule, OfficeTarget];
export const targetResolvers = [
  OfficeTargetQueries,
  OfficeTargetProgressResolver,
  OfficeReviewEntryResolver,
  OfficeTargetResolver,
  PerisaiOfficeTargetsResolver,
] as const;
