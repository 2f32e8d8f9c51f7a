import { composeNik } from "../../shared/validation/nik";
import { dateOfDay, dayOf } from "./dates";
import type { Sex } from "./model";
import { FAMILY_NAMES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, STREET_NAMES } from "./names";
import type { Random } from "./random";

export interface Person {
  firstName: string;
  name: string;
  sex: Sex;
  birthDate: string;
  nik: string;
}

export interface PersonSpec {
  /** The kecamatan where the person lives; their NIK usually carries it. */
  districtCode: string;
  /** Share of people whose NIK was issued in that kecamatan rather than where they came from. */
  localShare: number;
  /** Any kecamatan of Indonesia, for the NIK of people who moved. */
  allDistricts: readonly { code: string }[];
  bornFrom: number;
  bornTo: number;
}

// prettier-ignore
const MOBILE_PREFIXES = [
  "811", "812", "813", "821", "822", "823", "852", "853", // Telkomsel
  "814", "815", "816", "855", "856", "857", "858", // Indosat
  "817", "818", "819", "859", "877", "878", // XL
  "831", "832", "833", "838", // Axis
  "881", "882", "887", "888", // Smartfren
  "895", "896", "897", "898", "899", // Tri
];

export function personName(rng: Random, sex: Sex): string {
  return nameParts(rng, sex).name;
}

/** A single name (common in Java), two given names, or a given name and a family name (marga, Chinese surname). */
function nameParts(rng: Random, sex: Sex): { firstName: string; name: string } {
  const givenNames = sex === "MALE" ? MALE_FIRST_NAMES : FEMALE_FIRST_NAMES;
  const firstName = rng.pick(givenNames);
  const form = rng.next();
  if (form < 0.3) return { firstName, name: `${firstName} ${rng.pick(FAMILY_NAMES)}` };
  const second = rng.pick(givenNames);
  if (form < 0.7 && second !== firstName) return { firstName, name: `${firstName} ${second}` };
  return { firstName, name: firstName };
}

/** A mobile number in the E.164 form normalisePhone returns, e.g. "+6281234567890". */
export function mobilePhone(rng: Random): string {
  const digits = rng.int(7, 8);
  return `+62${rng.pick(MOBILE_PREFIXES)}${String(rng.int(0, 10 ** digits - 1)).padStart(digits, "0")}`;
}

export function streetAddress(rng: Random, place: string): string {
  return `${rng.pick(STREET_NAMES)} No. ${rng.int(1, 250)}, ${place}`;
}

/** A birth date in [fromYear, toYear], most likely around the middle of the range. */
export function birthDateBetween(rng: Random, fromYear: number, toYear: number): string {
  const first = dayOf(`${fromYear}-01-01`);
  const last = dayOf(`${toYear}-12-31`);
  return dateOfDay(Math.round((rng.int(first, last) + rng.int(first, last)) / 2));
}

/**
 * Issues NIKs that are unique across the whole data set: the serial (last 4 digits) counts up per
 * kecamatan and birth date, as Dukcapil's do.
 */
export class NikRegistry {
  private readonly lastSerial = new Map<string, number>();

  issue(rng: Random, districtCode: string, birthDate: string, sex: Sex): string {
    const key = `${districtCode}/${birthDate}/${sex}`;
    const serial = (this.lastSerial.get(key) ?? rng.int(0, 8)) + 1;
    this.lastSerial.set(key, serial);
    return composeNik(districtCode, birthDate, sex, serial);
  }
}

export function newPerson(rng: Random, registry: NikRegistry, spec: PersonSpec, femaleShare = 0.5): Person {
  const sex: Sex = rng.chance(femaleShare) ? "FEMALE" : "MALE";
  const birthDate = birthDateBetween(rng, spec.bornFrom, spec.bornTo);
  const nikDistrict = rng.chance(spec.localShare) ? spec.districtCode : rng.pick(spec.allDistricts).code;
  return { ...nameParts(rng, sex), sex, birthDate, nik: registry.issue(rng, nikDistrict, birthDate, sex) };
}
