import type { Viewer } from "../../../shared/auth/viewer";
import { recordAudit } from "../../../shared/audit/audit";
import { copyRows } from "../../../shared/db/copy";
import type { Em } from "../../../shared/db/orm";
import { commonRegion } from "../../../shared/import/rows";
import { runImportInBackground } from "../../../shared/import/run-import";
import type { UmkmDraft } from "../validation/umkm-rules";
import { umkmImportJobs, type UmkmImport } from "./umkm-import.types";

const UMKM_COLUMNS = [
  "business_name",
  "owner_name",
  "owner_nik",
  "phone",
  "umkm_class",
  "sector",
  "street_vendor",
  "district_code",
  "village_code",
  "workers",
  "joined_on",
  "stage",
  "chapter_id",
  "business_capital",
  "annual_sales",
] as const;

function copyValues(draft: UmkmDraft) {
  return [
    draft.businessName,
    draft.ownerName,
    draft.ownerNik,
    draft.phone,
    draft.umkmClass,
    draft.sector,
    draft.streetVendor,
    draft.districtCode,
    draft.villageCode,
    draft.workers,
    draft.joinedOn,
    draft.stage,
    draft.chapterId,
    draft.businessCapital,
    draft.annualSales,
  ] as const;
}

/** Starts writing the validated UMKM in the background (see runImportInBackground); statement triggers keep the rollups. */
export function importUmkmInBackground(em: Em, viewer: Viewer, job: UmkmImport, drafts: UmkmDraft[]): void {
  runImportInBackground(em, {
    jobs: umkmImportJobs,
    jobId: job.localId,
    rows: drafts,
    lockKey: "okoce.umkm_import",
    writeBatch: (tx, batch) => copyRows(tx, '"okoce"."umkm"', UMKM_COLUMNS, batch.map(copyValues)),
    finish: async (tx) => {
      const byKecamatan: Record<string, number> = {};
      for (const draft of drafts) byKecamatan[draft.districtCode] = (byKecamatan[draft.districtCode] ?? 0) + 1;
      // Counts only: the rows' names and NIKs stay out of the audit trail.
      await recordAudit(tx, "okoce", viewer, {
        action: "importUmkm",
        objectType: "UmkmImport",
        objectId: job.globalId,
        before: null,
        after: { rows: drafts.length, byKecamatan },
        scope: { regionCode: commonRegion(Object.keys(byKecamatan)) },
      });
    },
  });
}
