/** A caveat that comes with a result: data, rendered by the caller. */
export interface Warning {
  code: "role-experience" | "state-median-estimated" | "state-not-covered" | "no-price-index" | "compounding" | "already-held";
  message: string;
}
