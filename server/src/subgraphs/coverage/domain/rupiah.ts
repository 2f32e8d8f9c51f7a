/** An amount as Indonesian users read it in messages: "Rp1,000,000" (English grouping, as in the API docs). */
export function formatRupiah(amount: number): string {
  return `Rp${amount.toLocaleString("en-US", { maximumFractionDigits: 0 })}`;
}
