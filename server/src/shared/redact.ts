/**
 * Removes personal data from text bound for a log: SQL with inlined parameters, constraint messages such
 * as `Key (nik)=(2171…) already exists`. NIKs and KPJ numbers (long digit runs) and phone numbers go.
 */
export function redactPersonalData(text: string): string {
  return text.replace(/\+?62\d{8,12}\b/g, "[phone]").replace(/\b\d{11,16}\b/g, "[number]");
}
