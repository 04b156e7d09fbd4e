import { MAX_OFFERS, MEASURES, MIN_OFFERS } from "../../core/offers.js";
import type { Profile } from "../../core/profile.js";
import { anyOf, array, boolean, described, literal, nullable, number, object, optional, scalarRecord, string, type Infer, type JsonSchema, type Schema } from "../../core/schema/schema.js";
import { PROFILE_OPTIONS } from "../options/profile.js";
import { SCHEMA_VERSION } from "./schema-version.js";

/**
 * The JSON documents the commands write, defined once: their TypeScript types (the builders in
 * render/json.ts must produce them), and the JSON Schemas `coding-salary schema <command>`
 * prints and the package ships in dist/schemas/.
 */


const dollars = number({ min: 0 });
const wholeDollars = number({ integer: true, min: 0 });
const signedDollars = number({ integer: true });
const range = (of = wholeDollars) => object({ low: of, median: of, high: of });

const schemaVersion = described(literal(SCHEMA_VERSION), "2 since coding-salary 2.0 (warnings became objects; certifications can be null). Raised only when a field changes meaning or goes away.");

/** The normalized profile, one property per row of the profile option table. */
const profileSchema = described(
  object(Object.fromEntries(PROFILE_OPTIONS.map((o) => [o.field, o.schema]))) as unknown as Schema<Profile>,
  "The normalized profile; null where not given.",
);

/** A code the core returns with its figures, and the CLI's words for it. */
const coded = (what: string) => object({ code: string(), message: string(), params: described(scalarRecord(), `The figures the ${what} speaks of.`) });

const sources = array(object({ id: string(), title: string(), year: nullable(number({ integer: true })) }));
const warnings = described(array(coded("warning")), "Fallbacks and caveats, each with a stable code; empty when there are none.");
const percentiles = object({ p10: wholeDollars, p25: wholeDollars, p50: wholeDollars, p75: wholeDollars, p90: wholeDollars });
const confidence = described(
  object({ level: literal("high", "medium", "low"), reasons: array(coded("reason")) }),
  "How far to trust the median: how much rests on sourced figures, how many factors stack, the state's data. Lower confidence widens the range.",
);
const purchasingPower = object({ priceIndex: number({ positive: true }), year: number({ integer: true }), annual: range() });

const takeHome = described(
  object({
    taxYear: number({ integer: true }),
    state: string({ pattern: /^[A-Z]{2}$/ }),
    stateTaxYear: number({ integer: true }),
    filing: literal("single", "married-joint", "head-of-household"),
    gross: wholeDollars,
    preTax: object({ retirement: wholeDollars, healthPremium: wholeDollars }),
    federalIncomeTax: wholeDollars,
    socialSecurity: wholeDollars,
    medicare: wholeDollars,
    stateIncomeTax: wholeDollars,
    net: described(wholeDollars, "gross − pre-tax deductions − the four taxes, to the dollar"),
    netMonthly: dollars,
    effectiveRate: described(number({ min: 0, max: 1 }), "All four taxes over gross."),
    marginalRate: described(number({ min: 0, max: 1 }), "Share of the next $100 of gross that goes to tax."),
    simplifications: described(array(object({ code: string(), message: string() })), "What the figure leaves out: local income taxes, credits, itemized deductions …"),
    sources: array(string()),
  }),
  "Take-home pay of the median (or the offer), with --take-home: federal income tax, Social Security, Medicare and state income tax.",
);

const estimateFields = {
  schemaVersion,
  input: profileSchema,
  currency: literal("USD"),
  annual: described(range(), "Whole dollars a year; low and high are the 25th and 75th percentiles."),
  hourly: described(range(dollars), "Dollars an hour at 2,080 hours a year."),
  percentiles,
  factors: described(
    array(
      object({
        id: string(),
        code: string(),
        params: scalarRecord(),
        label: string(),
        multiplier: number({ positive: true }),
        effect: signedDollars,
        source: string(),
      }),
      { minItems: 1 },
    ),
    "The starting point (multiplier 1) then each factor; effects sum to the median minus the starting point.",
  ),
  purchasingPower: nullable(
    object({
      state: string(),
      priceIndex: number({ positive: true }),
      housingPriceIndex: nullable(number({ positive: true })),
      year: number({ integer: true }),
      source: string(),
      annual: described(range(), "The range in the state's prices, in national-average dollars."),
    }),
  ),
  confidence,
  takeHome: optional(takeHome),
  sources,
  warnings,
};

export const estimateDocumentSchema = object(estimateFields, { title: "coding-salary estimate" });

const batchError = object(
  {
    line: number({ integer: true, min: 1 }),
    error: object({ code: string(), message: string() }),
    fields: optional(described(scalarRecord(), "Extra input columns (an employee id, a name), carried through.")),
  },
  { title: "an input record that could not be estimated" },
);

export const batchLineSchema = anyOf<unknown>(
  object(
    {
      line: described(number({ integer: true, min: 1 }), "The 1-based input line."),
      fields: optional(described(scalarRecord(), "Extra input columns (an employee id, a name), carried through.")),
      ...estimateFields,
    },
    { title: "an estimate of one input record" },
  ),
  batchError,
);

const period = literal("year", "month", "semimonth", "biweek", "week", "hour");
const hoursPerWeek = described(number({ positive: true }), "Hours a week the offer is for (40 unless --hours says otherwise).");
const verdict = described(literal("below", "within", "above"), "Against the typical range (25th to 75th percentile).");
const offerAmount = described(
  object({
    annual: described(wholeDollars, "A year's pay at asGiven.hoursPerWeek (× 52 weeks, 12 months, 24 half-months or 26 fortnights)."),
    hourly: described(dollars, "An hour's pay at asGiven.hoursPerWeek: the figure itself for an hourly rate."),
    basis: described(literal("annual", "hourly"), "What the offer is compared with: hourly pay for an hourly rate, annual pay for any other."),
  }),
  "The offer converted to a year and an hour.",
);
const asGiven = described(
  object({
    amount: described(dollars, "The figure as given, in dollars: 24.5 for 24.50/hr, 4333 for 4,333/mo."),
    period,
    hoursPerWeek,
  }),
  "The offer as it was written, and the hours a week it is for.",
);
const comparedRange = described(
  object({
    basis: literal("annual", "hourly"),
    hoursPerWeek,
    low: dollars,
    median: dollars,
    high: dollars,
    conversion: described(string(), "How the offer was converted and what it is compared with, in words."),
  }),
  "The profile's typical range in the offer's terms: dollars an hour for an hourly offer (a year's pay ÷ 2,080 hours), otherwise a year's pay scaled to the offer's hours.",
);
const counter = object({ annual: wholeDollars, hourly: dollars, basis: literal("median", "high", "offer"), reason: string() });
const gap = object({ annual: described(signedDollars, "A year's pay at the offer's hours, minus the profile's median at those hours."), hourly: number(), percent: number() });
const dated = nullable(number({ integer: true }));

const compensation = described(
  object({
    base: wholeDollars,
    bonus: wholeDollars,
    signOn: object({ total: dollars, years: number({ positive: true }), perYear: wholeDollars }),
    cash: described(wholeDollars, "base + bonus + signOn.perYear."),
    retirement: described(
      nullable(object({ rate: number({ min: 0 }), upTo: number({ min: 0 }), percentOfBase: number({ min: 0 }), annual: wholeDollars })),
      "The employer's match on base pay, assuming you save enough to get all of it; null when not given.",
    ),
    health: described(
      nullable(
        object({
          coverage: literal("single", "family"),
          yourShare: described(wholeDollars, "Your share of the premium, a year."),
          typicalPremium: described(wholeDollars, "The average premium for this coverage (KFF)."),
          employerEstimate: described(wholeDollars, "typicalPremium − yourShare, at least 0: an estimate of what the employer pays."),
          year: number({ integer: true }),
          source: string(),
        }),
      ),
      "Null when --health-premium is not given.",
    ),
    allowances: described(
      object({ exam: wholeDollars, dues: wholeDollars, ceu: wholeDollars, remoteStipend: wholeDollars }),
      "Reimbursements, allowances and stipends, a year; a one-time exam spread like the sign-on bonus.",
    ),
    benefits: described(wholeDollars, "retirement.annual + health.employerEstimate + the allowances."),
    total: described(wholeDollars, "cash + benefits: the offer's yearly total compensation value."),
    hours: object({
      perWeek: number({ positive: true }),
      paidPerYear: number({ positive: true }),
      ptoDays: described(nullable(number({ min: 0 })), "Paid days off a year (vacation, sick days, holidays); null when not given."),
      workedPerYear: described(number({ positive: true }), "paidPerYear − ptoDays × a day's hours (a fifth of the week's)."),
    }),
    effectiveHourly: described(dollars, "cash ÷ hours actually worked."),
    typical: described(
      array(object({ code: string(), message: string(), value: number(), year: dated, source: string(), params: scalarRecord() })),
      "Published typical figures for the terms given, for comparison; never used in place of the offer's own.",
    ),
    noTypical: described(array(object({ term: string(), message: string() })), "Terms given that have no published typical figure, and why."),
  }),
  "The offer's yearly value: base, cash and benefits.",
);

const offerFields = {
  schemaVersion,
  input: profileSchema,
  offer: offerAmount,
  asGiven,
  percentile: described(number({ min: 0, max: 100 }), "Where the offer's pay rate sits among people with this profile."),
  verdict,
  range: comparedRange,
  gap,
  counter,
  compensation,
  annual: described(range(), "The profile's full-time annual range (the estimate)."),
  hourly: described(range(dollars), "The profile's hourly range: annual ÷ 2,080 hours."),
  percentiles,
  confidence,
  takeHome: optional(takeHome),
  sources,
  warnings,
};

export const offerDocumentSchema = object(offerFields, { title: "coding-salary offer" });

export const offerBatchLineSchema = anyOf<unknown>(
  object(
    {
      line: described(number({ integer: true, min: 1 }), "The 1-based input line."),
      fields: optional(described(scalarRecord(), "The record's other columns (an employee id, a name), carried through.")),
      ...offerFields,
    },
    { title: "an offer scored for one roster record" },
  ),
  batchError,
);

const toMatch = object({
  base: described(wholeDollars, "The base pay, a year at the offer's hours, that would match the reference offer."),
  hourly: dollars,
  extra: described(signedDollars, "base minus the base offered; zero or less: it already matches."),
});

export const offersDocumentSchema = object(
  {
    schemaVersion,
    input: described(profileSchema, "The person's profile; each offer's own state, remote work, setting, specialty or role is in its input."),
    reference: described(
      object({ label: string(), on: literal("purchasingPower", "total") }),
      "The offer the others are measured against: the leader on total compensation in national-average dollars when every offer has a state with a price index, otherwise on total compensation.",
    ),
    leaders: described(
      object(Object.fromEntries(MEASURES.map((m) => [m, nullable(string())])) as Record<(typeof MEASURES)[number], Schema<string | null>>),
      "The label of the offer that leads on each measure; null when not every offer has it.",
    ),
    offers: array(
      object({
        label: string(),
        input: profileSchema,
        offer: offerAmount,
        asGiven,
        percentile: number({ min: 0, max: 100 }),
        verdict,
        range: comparedRange,
        gap,
        counter,
        compensation,
        annual: described(range(), "The full-time annual range of the person's profile with this offer's state, setting and remote work."),
        purchasingPower: described(
          nullable(object({ state: string(), priceIndex: number({ positive: true }), year: number({ integer: true }), base: wholeDollars, total: wholeDollars })),
          "Base and total compensation in the offer's state's prices, in national-average dollars.",
        ),
        leads: described(array(literal(...MEASURES)), "The measures this offer leads on."),
        toMatch: described(
          nullable(object({ reference: string(), nominal: toMatch, real: nullable(toMatch) })),
          "What this offer would need to pay to match the reference offer's total compensation: in dollars, and in what they buy; null for the reference.",
        ),
        takeHome: optional(described(takeHome, "Take-home pay of the base in the offer's state (the health premium taken pre-tax); with --take-home.")),
        confidence: literal("high", "medium", "low"),
        warnings,
      }),
      { minItems: MIN_OFFERS, maxItems: MAX_OFFERS },
    ),
    sources,
  },
  { title: "coding-salary offers" },
);

export const compareDocumentSchema = object(
  {
    schemaVersion,
    by: literal("state", "cert", "specialty", "setting", "experience", "role", "remote"),
    sort: literal("none", "nominal", "real", "take-home", "real-take-home"),
    base: object({ input: profileSchema, annual: range(), purchasingPower: nullable(purchasingPower), takeHome: optional(takeHome) }),
    rows: array(
      object({
        value: string(),
        label: string(),
        annual: range(),
        difference: described(signedDollars, "This row's median minus the base profile's."),
        purchasingPower: nullable(purchasingPower),
        confidence: literal("high", "medium", "low"),
        imprecise: described(boolean(), "The row's state has an imprecise BLS median (see the warnings)."),
        takeHome: optional(takeHome),
      }),
    ),
    sources,
    warnings,
  },
  { title: "coding-salary compare" },
);

export const careerDocumentSchema = object(
  {
    schemaVersion,
    input: profileSchema,
    years: described(
      array(object({ year: number({ integer: true, min: 0 }), experienceYears: number({ min: 0 }), role: string(), promoted: boolean(), annual: range() }), { minItems: 2 }),
      "One entry a year from now (year 0) to the last year.",
    ),
    promotions: array(object({ year: number({ integer: true, min: 1 }), role: string() })),
    sources,
  },
  { title: "coding-salary career" },
);

const netGain = object({ year1: signedDollars, year3: signedDollars, year5: signedDollars });
const scenario = object({ cost: dollars, months: number({ min: 0 }), paybackMonths: nullable(number({ min: 0 })), netGain });

export const roiDocumentSchema = object(
  {
    schemaVersion,
    input: profileSchema,
    plan: object({ cost: dollars, months: number({ min: 0 }), cert: string() }),
    uplift: object({ annual: signedDollars, monthly: number() }),
    paybackMonths: described(nullable(number({ min: 0 })), "Months from the start of study until the extra pay covers the cost; null if never."),
    netGain,
    before: object({ annual: range() }),
    after: object({ annual: range() }),
    paths: nullable(array(object({ id: string(), label: string(), best: scenario, worst: scenario }))),
    sources,
    warnings,
  },
  { title: "coding-salary roi" },
);

export const careersDocumentSchema = object(
  {
    schemaVersion,
    input: profileSchema,
    careers: array(
      object({
        id: string(),
        label: string(),
        annual: described(range(), "The coder's estimate, or the guide's range for a related career (median: its midpoint)."),
        source: string(),
        bls: described(
          nullable(object({ median: wholeDollars, vintage: string(), occupation: string(), source: string() })),
          "BLS's median for the federal occupation, where published.",
        ),
        note: nullable(string()),
      }),
      { minItems: 1 },
    ),
    training: object({
      months: object({ low: number({ min: 0 }), high: number({ min: 0 }) }),
      paths: array(object({ id: string(), label: string(), cost: object({ low: dollars, high: dollars }) })),
      source: string(),
    }),
    outlook: array(object({ id: string(), label: string(), growth: number(), period: string(), source: string() })),
  },
  { title: "coding-salary careers" },
);

export const sourcesDocumentSchema = object(
  {
    schemaVersion,
    dataset: object({ version: string(), hash: string({ pattern: /^[0-9a-f]{64}$/ }) }),
    sources: array(
      object({
        id: string(),
        kind: described(literal("official", "survey", "compilation", "guide", "model"), "Official statistics, a survey, a compilation of others' figures, the guide, or a modelling choice."),
        title: string(),
        publisher: string(),
        year: nullable(number({ integer: true })),
        covers: string(),
        url: nullable(string()),
        note: nullable(string()),
      }),
    ),
  },
  { title: "coding-salary sources" },
);

export const accuracyDocumentSchema = object(
  {
    schemaVersion,
    dataset: object({ version: string() }),
    summary: object({ rows: number({ integer: true, min: 0 }), within: number({ integer: true, min: 0 }), largestDifference: number() }),
    rows: array(
      object({
        id: string(),
        group: string(),
        claim: string(),
        source: string(),
        statistic: literal("median", "mean", "p10", "p25", "p75", "p90"),
        kind: literal("dollars", "ratio"),
        reference: described(object({ low: number({ positive: true }), high: number({ positive: true }) }), "The published figure: a range, or a single figure (low = high)."),
        model: described(number({ positive: true }), "The model's figure for the same profile, or the ratio of two profiles' figures."),
        difference: described(number(), "The model's distance from the published range, as a fraction of its nearest end; 0 inside it."),
        tolerance: number({ min: 0 }),
        within: boolean(),
        agrees: described(boolean(), "False where the model departs from this source on purpose; note says which source it follows."),
        note: nullable(string()),
      }),
    ),
  },
  { title: "coding-salary accuracy" },
);

export type EstimateDocument = Infer<typeof estimateDocumentSchema>;
export type OfferDocument = Infer<typeof offerDocumentSchema>;
export type OffersDocument = Infer<typeof offersDocumentSchema>;
export type CompareDocument = Infer<typeof compareDocumentSchema>;
export type CareerDocument = Infer<typeof careerDocumentSchema>;
export type RoiDocument = Infer<typeof roiDocumentSchema>;
export type CareersDocument = Infer<typeof careersDocumentSchema>;
export type SourcesDocument = Infer<typeof sourcesDocumentSchema>;
export type AccuracyDocument = Infer<typeof accuracyDocumentSchema>;
export type TakeHomeDocument = Infer<typeof takeHome>;

/** The published JSON Schema of a document: draft 2020-12, with an id and title. */
export function publishedSchema(name: string, schema: Schema<unknown>): JsonSchema {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `urn:coding-salary:schema:${name}`,
    ...schema.toJsonSchema(),
  };
}
