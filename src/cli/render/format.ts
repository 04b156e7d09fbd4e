/** Text forms of figures. Hand-written rather than Intl: the same output everywhere, and no ICU start-up cost. */

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** $54,397 */
export function dollars(n: number): string {
  const whole = Math.round(Math.abs(n));
  return `${n < 0 && whole !== 0 ? "−" : ""}$${groupThousands(String(whole))}`;
}

/** $26.15 */
export function cents(n: number): string {
  const [whole, fraction] = Math.abs(n).toFixed(2).split(".") as [string, string];
  return `${n < 0 ? "−" : ""}$${groupThousands(whole)}.${fraction}`;
}

/** +$4,147, −$5,012, $0 */
export function signedDollars(n: number): string {
  return n > 0 ? `+${dollars(n)}` : dollars(n);
}

/** ×1.083 */
export function multiplier(n: number): string {
  return `×${n.toFixed(3)}`;
}

/** +12.5%, −3.0% */
export function signedPercent(fraction: number, digits = 1): string {
  const text = `${Math.abs(fraction * 100).toFixed(digits)}%`;
  return fraction > 0 ? `+${text}` : fraction < 0 ? `−${text}` : text;
}

/** 4 years, 1 year, 2.5 years */
export function years(n: number): string {
  return `${n} year${n === 1 ? "" : "s"}`;
}
