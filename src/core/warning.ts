/**
 * A caveat that comes with a result, as data: a stable code and the figures it speaks of.
 * The words are the caller's (the CLI renders them in one module).
 */
export interface Warning {
  code: WarningCode;
  params: Readonly<Record<string, string | number>>;
}

export type WarningCode =
  | "role-experience"
  | "state-imprecise"
  | "state-median-estimated"
  | "state-not-covered"
  | "no-price-index"
  | "credential-priced-as"
  | "apprentice-superseded"
  | "compounding"
  | "already-held"
  | "offer-implausible";
