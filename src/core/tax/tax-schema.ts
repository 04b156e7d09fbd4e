import { array, boolean, described, literal, number, object, optional, string, type Infer, type Schema } from "../schema/schema.js";

/**
 * The shape of the `tax` field of a dataset: federal, payroll (FICA) and state income tax tables
 * for one tax year. Every figure names its source id; the consistency checks (ordered brackets,
 * every state covered, a top marginal rate below 100%) live in `checkTaxTables`.
 */

/** Builds the schema: on first use, not when the module loads. */
function build() {
  const sourceId = string({ pattern: /^[a-z0-9][a-z0-9-]*$/, description: "a source id (lower-case letters, digits, hyphens)" });
  const stateCode = string({ pattern: /^[A-Z]{2}$/, description: "a two-letter state code" });
  const dollars = number({ min: 0, max: 1_000_000_000 });
  const share = number({ min: 0, max: 1 });


  const perStatus = (value: Schema<number>) => object({ single: value, "married-joint": value, "head-of-household": value });

  const bracket = described(
    object({
      over: dollars,
      rate: share,
      base: optional(described(dollars, "Tax at `over` as the published schedule states it, where that is more than the brackets below add up to (a cliff, as in Ohio's)")),
    }),
    "A bracket: `rate` applies to taxable income above `over`, up to the next bracket's `over`",
  );
  const brackets = array(bracket, { minItems: 1, maxItems: 30 });

  const schedule = described(
    object({ single: brackets, "married-joint": brackets, "head-of-household": brackets, source: sourceId }),
    "Brackets per filing status, lowest first; the first starts at 0",
  );

  const phaseOut = described(
    object({ start: perStatus(dollars), rate: perStatus(share), floor: optional(perStatus(dollars)) }),
    "The amount falls by `rate` per dollar of income above `start`, not below `floor` (or 0)",
  );

  const allowance = object({ amount: perStatus(dollars), phaseOut: optional(phaseOut), source: sourceId });

  const pretax = described(
    object({ retirement: boolean(), healthPremium: boolean(), source: sourceId }),
    "Whether pre-tax retirement contributions (401(k)) and health premiums paid through a cafeteria plan reduce taxable wages",
  );

  const stateTax = object({
    code: stateCode,
    year: described(number({ integer: true, min: 2000, max: 2100 }), "The tax year the figures were published for"),
    kind: literal("none", "flat", "brackets"),
    schedule: optional(schedule),
    standardDeduction: optional(described(allowance, "The state's own standard deduction")),
    federalStandardDeduction: optional(described(object({ source: sourceId }), "Present when the state allows the federal standard deduction")),
    personalExemption: optional(described(allowance, "Personal exemptions for the filer (and spouse), deducted from income")),
    exemptionCredit: optional(described(allowance, "Personal exemption credits for the filer (and spouse), taken off the tax")),
    federalIncomeTaxDeduction: optional(
      described(
        object({ share, cap: optional(perStatus(dollars)), phaseOut: optional(phaseOut), source: sourceId }),
        "Federal income tax deductible from state income: `share` of it, up to `cap` (which may phase out)",
      ),
    ),
    pretax,
    notModelled: described(array(string()), "What the model leaves out for this state, in words"),
    source: sourceId,
  });

  const taxSchema = described(
    object({
      year: described(number({ integer: true, min: 2000, max: 2100 }), "The tax year of the federal and payroll figures"),
      notes: array(string()),
      federal: object({
        standardDeduction: object({ single: dollars, "married-joint": dollars, "head-of-household": dollars, source: sourceId }),
        schedule,
        pretax,
        retirementLimit: described(object({ value: dollars, source: sourceId }), "The most an employee may defer into a 401(k) in the year (under-50 limit)"),
      }),
      fica: object({
        socialSecurity: object({ rate: share, wageBase: dollars, source: sourceId }),
        medicare: object({ rate: share, additionalRate: share, additionalThreshold: perStatus(dollars), source: sourceId }),
        healthPremiumExcluded: object({ value: boolean(), source: sourceId }),
      }),
      states: array(stateTax, { minItems: 1 }),
    }),
    "Tax tables for take-home pay: federal income tax, Social Security and Medicare, and each state's income tax",
  );
  return taxSchema;
}

let built: ReturnType<typeof build> | undefined;

/** The tax tables' schema (built once, on first use). */
export function taxSchema(): ReturnType<typeof build> {
  return (built ??= build());
}

export type TaxTables = Infer<ReturnType<typeof build>>;
export type StateTax = TaxTables["states"][number];
type Schedule = NonNullable<StateTax["schedule"]>;
export type Bracket = Schedule["single"][number];
export type Allowance = NonNullable<StateTax["standardDeduction"]>;
export type PhaseOut = NonNullable<Allowance["phaseOut"]>;
