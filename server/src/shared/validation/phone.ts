/**
 * Indonesian phone numbers, normalised to E.164 (+62…). Accepts the ways people write them:
 * "0812-3456-7890", "62 812 3456 7890", "+62 (778) 123456".
 */
export function normalisePhone(input: string): string | null {
  const trimmed = input.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return null;
  const all = trimmed.replace(/\D/g, "");
  const international = trimmed.startsWith("+");
  let digits: string;
  if (all.startsWith("62")) digits = all.slice(2);
  else if (international) return null;
  else if (all.startsWith("0")) digits = all.slice(1);
  else if (all.startsWith("8")) digits = all;
  else return null;
  // National significant number: mobile 8xx… (9–12 digits), landline area code + number (8–11 digits).
  if (!/^[1-9]\d{7,11}$/.test(digits)) return null;
  return `+62${digits}`;
}
