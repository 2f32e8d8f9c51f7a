import { Field, InputType, ObjectType } from "type-graphql";
import { ImportJobs, ImportRowError, importJobType } from "../../../shared/import/import-job";
import { UserError } from "../../../shared/graphql/user-error";

export const UmkmImport = importJobType(
  "UmkmImport",
  "A background import of UMKM from a CSV file, with its progress.",
);
export type UmkmImport = InstanceType<typeof UmkmImport>;

export const umkmImportJobs = new ImportJobs("okoce", "UMKM", () => new UmkmImport());

@InputType({ description: "A CSV file of UMKM, one per row, with a header line (download the template in /impor)." })
export class UmkmImportInput {
  @Field(() => String, {
    description:
      "The file's text (UTF-8, comma or semicolon separated, up to 100,000 rows). Columns: businessName, ownerName, ownerNik, phone, umkmClass, sector, streetVendor, kecamatanCode, villageCode, workers, joinedOn, stage, chapterId, businessCapital, annualSales.",
  })
  csv!: string;
}

@ObjectType({ description: "The import started, or why not: every row error of the file (nothing was written)." })
export class StartUmkmImportPayload {
  @Field(() => UmkmImport, { nullable: true })
  umkmImport!: UmkmImport | null;

  @Field(() => [ImportRowError], { description: "Line-numbered problems of the file (the first 1,000)." })
  rowErrors!: ImportRowError[];

  @Field(() => [UserError])
  userErrors!: UserError[];
}
