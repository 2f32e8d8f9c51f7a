import type { ChapterRecord, DataSet, UmkmRecord } from "../../../seed/demo/model";
import { copyRows, resetSequence, type CopyValue } from "../../../shared/db/copy";
import type { Em } from "../../../shared/db/orm";
import { sql } from "../db/sql";

const CHAPTER = '"okoce"."chapter"';
const UMKM = '"okoce"."umkm"';

const CHAPTER_COLUMNS = [
  "id",
  "parent_id",
  "level",
  "name",
  "brand",
  "region_code",
  "coordinator_name",
  "coordinator_phone",
  "founded_on",
];

const UMKM_COLUMNS = [
  "id",
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
];

function* chapterRows(chapters: readonly ChapterRecord[]): Generator<CopyValue[]> {
  for (const chapter of chapters) {
    yield [
      chapter.id,
      chapter.parentId,
      chapter.level,
      chapter.name,
      chapter.brand,
      chapter.regionCode,
      chapter.coordinatorName,
      chapter.coordinatorPhone,
      chapter.foundedOn,
    ];
  }
}

function* umkmRows(umkms: Iterable<UmkmRecord>): Generator<CopyValue[]> {
  for (const umkm of umkms) {
    yield [
      umkm.id,
      umkm.businessName,
      umkm.ownerName,
      umkm.ownerNik,
      umkm.phone,
      umkm.umkmClass,
      umkm.sector,
      umkm.streetVendor,
      umkm.districtCode,
      umkm.villageCode,
      umkm.workers,
      umkm.joinedOn,
      umkm.stage,
      umkm.chapterId,
    ];
  }
}

async function countRows(em: Em, table: string): Promise<number> {
  const rows = await sql<{ count: number }>(em, `select count(*)::integer as "count" from ${table}`);
  return rows[0].count;
}

/**
 * Loads the demo chapters and UMKM with one COPY each, keeping the record ids as row ids. The region
 * rollup fills itself: its trigger fires once per COPY statement. Skips when chapters are already there.
 */
export async function loadDemo(em: Em, data: DataSet): Promise<Record<string, number>> {
  if ((await countRows(em, CHAPTER)) > 0) return { chapter: 0, umkm: 0 };
  await copyRows(em, CHAPTER, CHAPTER_COLUMNS, chapterRows(data.chapters));
  await copyRows(em, UMKM, UMKM_COLUMNS, umkmRows(data.umkms));
  for (const table of [CHAPTER, UMKM]) {
    await resetSequence(em, table);
    await sql(em, `analyze ${table}`);
  }
  await sql(em, 'analyze "okoce"."region_umkm_count"');
  return {
    chapter: await countRows(em, CHAPTER),
    umkm: await countRows(em, UMKM),
    region_umkm_count: await countRows(em, '"okoce"."region_umkm_count"'),
  };
}
