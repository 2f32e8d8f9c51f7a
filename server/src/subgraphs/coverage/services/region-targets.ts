import { auditSnapshot } from "../../../shared/audit/audit";
import type { Viewer } from "../../../shared/auth/viewer";
import type { Em } from "../../../shared/db/orm";
import { RegionDirectory } from "../../../shared/db/region-directory";
import { Problems } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { RegionTarget } from "../entities/region-target.entity";
import type { SetRegionTargetInput } from "../inputs/set-region-target.input";
import { audit, REGION_TARGET_AUDIT_FIELDS } from "./audit-trail";

const MAX_SOURCE_LENGTH = 300;

/** Sets (or replaces) the official UMKM population of a region. */
export async function setTarget(
  em: Em,
  input: SetRegionTargetInput,
  today: string,
  viewer: Viewer,
): Promise<RegionTarget> {
  const problems = new Problems();
  const regionCode = input.regionCode.trim();
  if (!(await RegionDirectory.find(em, regionCode))) {
    problems.add("regionCode", `No region has the code "${regionCode}"`, UserErrorCode.NOT_FOUND);
  }
  if (input.umkmTarget < 0)
    problems.add("umkmTarget", "The UMKM target must be zero or more", UserErrorCode.OUT_OF_RANGE);
  const source = input.source.trim();
  if (!source) problems.add("source", "Say where the figure comes from", UserErrorCode.REQUIRED);
  else if (source.length > MAX_SOURCE_LENGTH) {
    problems.add("source", `Source must be at most ${MAX_SOURCE_LENGTH} characters`, UserErrorCode.OUT_OF_RANGE);
  }
  if (input.asOf > today) {
    problems.add(
      "asOf",
      `Date ${input.asOf} is in the future (today is ${today} in Asia/Jakarta)`,
      UserErrorCode.OUT_OF_RANGE,
    );
  }
  problems.throwIfAny();

  const values = { umkmTarget: input.umkmTarget, source, asOf: input.asOf };
  const previous = await em.findOne(RegionTarget, { regionCode });
  const before = previous ? auditSnapshot(previous, REGION_TARGET_AUDIT_FIELDS) : null;
  const target = previous ?? em.create(RegionTarget, { regionCode, ...values });
  em.assign(target, values);
  await em.flush();
  await audit(em, viewer, {
    action: "setRegionTarget",
    objectType: "RegionTarget",
    objectId: target.globalId,
    before,
    after: auditSnapshot(target, REGION_TARGET_AUDIT_FIELDS),
    scope: { regionCode },
  });
  return target;
}
