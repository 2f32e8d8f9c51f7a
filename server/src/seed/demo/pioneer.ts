/**
 * The real facts of the pioneer, from the news article in DESIGN.md (LINDO, 11 July 2020): everything
 * else in the demo data set is synthetic.
 */
import type { RegionTargetRecord } from "./model";

export const MOU_SIGNED_ON = "2020-07-09";
export const MOU_PLACE = "Batam";
/** The first agents could only be appointed once the pioneer office was running. */
export const FIRST_APPOINTMENT_ON = "2020-07-15";

export const BATAM_BRANCH_NAME = "Kantor Cabang Batam Nagoya";
export const BATAM_BRANCH_HEAD = "Surya Rizal";
export const BATAM_BRANCH_HEAD_TITLE = "Kepala Kantor Cabang BPJAMSOSTEK Batam Nagoya";

export const OKOCE_BRAND = "OK OCE Progresif";
export const OKOCE_NATIONAL_COORDINATOR = "Ilyas Karta";
export const OKOCE_NATIONAL_COORDINATOR_TITLE = "Koordinator Nasional OK OCE Progresif";

export const PIONEER_OFFICE_NAME = "Kantor Perisai OK OCE Progresif Batam";

export const BATAM_UMKM_COUNT = 81_486;

export const BATAM_TARGET: RegionTargetRecord = {
  regionCode: "21.71",
  umkmTarget: BATAM_UMKM_COUNT,
  source: "Kementerian Koperasi dan UKM (data online, 2020)",
  asOf: MOU_SIGNED_ON,
};

export const MOU_TITLE =
  "Nota Kesepahaman tentang Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pelaku UMKM Binaan OK OCE Progresif";

export const PIONEER_MOU_SCOPE =
  "Perlindungan jaminan sosial ketenagakerjaan bagi pelaku UMKM dan pedagang kaki lima binaan OK OCE, melalui " +
  "pembentukan Kantor Perisai OK OCE Progresif yang terintegrasi di seluruh Indonesia dengan Kantor Perisai OK OCE " +
  "Progresif Batam sebagai pioneer, serta penunjukan pelaku UMKM binaan OK OCE sebagai Agen Perisai, perpanjangan " +
  "tangan BPJAMSOSTEK yang memastikan setiap pelaku UMKM terdaftar sebagai peserta program Jaminan Sosial " +
  "Ketenagakerjaan.";
