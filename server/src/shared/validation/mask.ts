/** Personal data as shown to callers who may not see it in clear. */
export function maskNik(nik: string | null | undefined): string | null {
  if (!nik) return null;
  return `${nik.slice(0, 4)}${"*".repeat(Math.max(0, nik.length - 4))}`;
}

export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const visibleStart = phone.startsWith("+") ? 6 : 4;
  if (phone.length <= visibleStart + 2) return "*".repeat(phone.length);
  return `${phone.slice(0, visibleStart)}${"*".repeat(phone.length - visibleStart - 2)}${phone.slice(-2)}`;
}

/** Birth dates keep the year only, enough for age bands. */
export function maskBirthDate(date: string | null | undefined): string | null {
  if (!date) return null;
  return `${date.slice(0, 4)}-**-**`;
}
