import { array, boolean, described, literal, nullable, number, object, optional, string, type Infer, type Schema } from "../schema/schema.js";
import { taxSchema } from "../tax/tax-schema.js";

/**
 * The dataset's shape. Every figure names its source (an id in `sources`). Fields under
 * `reference` are published figures the model is checked against (`coding-salary accuracy`)
 * but does not read; every other field drives the estimate.
 */

/** Builds the schema: on first use, not when the module loads (a run that checks no dataset never builds it). */
function build() {
  const sourceId = string({ pattern: /^[a-z0-9][a-z0-9-]*$/, description: "a source id (lower-case letters, digits, hyphens)" });
  const id = string({ pattern: /^[a-z0-9][a-z0-9-]*$/, description: "an id (lower-case letters, digits, hyphens)" });
  const stateCode = string({ pattern: /^[A-Z]{2}$/, description: "a two-letter state code" });
  /** Dollars: at least one (a smaller figure is a typo, and would price to $0 or divide to infinity). */
  const money = number({ min: 1, max: 10_000_000 });
  const share = number({ min: 0, max: 1 });
  const note = optional(string());

  const figure = <T>(value: Schema<T>) => object({ value, source: sourceId, note });
  const range = (bound = money) => object({ low: bound, high: bound, source: sourceId, note });
  const aliases = optional(array(string()));

  const sourceSchema = object({
    id: sourceId,
    /** What kind of evidence it is: figures resting on a guide or on modelling choices lower an estimate's confidence. */
    kind: literal("official", "survey", "compilation", "guide", "model"),
    title: string(),
    publisher: string(),
    year: nullable(number({ integer: true, min: 1900, max: 2100 })),
    covers: string(),
    url: optional(string()),
    note,
  });

  /** Percentiles of annual pay, as BLS publishes them. */
  const percentiles = object({ p10: money, p25: money, p50: money, p75: money, p90: money });

  /** A survey's pay for a group beside the pay of a group it is compared with, in the same survey and year. */
  const publishedPair = object({
    annual: money,
    versus: object({ label: string(), annual: money }),
    statistic: literal("mean", "median"),
    year: number({ integer: true, min: 1990, max: 2100 }),
    source: sourceId,
    note,
  });

  const credential = object({
    code: string({ pattern: /^[A-Z][A-Z0-9-]{1,15}$/, description: "an upper-case credential code such as CPC or CPC-A" }),
    name: string(),
    body: string(),
    aliases,
    /** The apprentice form of another credential (CPC-A of CPC): holding both counts the full one only. */
    apprenticeOf: optional(string()),
    /** Its holders' pay beside a comparison group's, from a survey: the credential's premium is read from it. */
    pay: optional(publishedPair),
    /** Without a published figure: priced as this credential (or "certified": the certified average), with a warning. */
    pricedAs: optional(figure(string())),
  });

  const choice = object({
    id,
    label: string(),
    aliases,
    /** The guide's pay range for coders in it; none means it is the reference (factor 1). */
    annual: optional(range()),
  });

  const state = object({
    code: stateCode,
    name: string(),
    employment: nullable(number({ min: 0 })),
    mean: nullable(money),
    median: nullable(money),
    /** The next vintage's median: where the two disagree by more than `model.imprecision.swing`, the model pools them. */
    laterMedian: nullable(money),
    /** 100 is the national average: at least 1 (a smaller index would divide pay to infinity). */
    priceIndex: nullable(number({ min: 1, max: 1000 })),
    housingPriceIndex: nullable(number({ min: 1, max: 1000 })),
  });

  /** A rung of the career ladder: either the coder's own pay track (with an experience floor) or a pay level of its own. */
  const role = object({
    id,
    label: string(),
    aliases,
    minYears: optional(figure(number({ min: 0, max: 100 }))),
    /** A pay level (national median) for this role; none: the coder's track. */
    level: optional(figure(money)),
  });

  /** A profile as a reference figure describes it: every field optional, ids as the dataset spells them. */
  const referenceProfile = object({
    experienceYears: optional(number({ min: 0, max: 100 })),
    certifications: optional(array(string())),
    specialty: optional(string()),
    state: optional(stateCode),
    setting: optional(string()),
    remote: optional(boolean()),
    role: optional(string()),
  });

  /**
   * One published figure and the profile it describes: a range or a single figure (low = high) of
   * a statistic of that profile's pay, or of its ratio to another profile's (`versus`). `agrees`
   * false marks a figure the model departs from on purpose, and `note` says which source it follows.
   */
  const referenceFigure = object({
    id,
    group: string(),
    claim: string(),
    profile: referenceProfile,
    versus: optional(referenceProfile),
    statistic: literal("median", "mean", "p10", "p25", "p75", "p90"),
    low: number({ positive: true, max: 10_000_000 }),
    high: number({ positive: true, max: 10_000_000 }),
    /** Largest difference (a fraction) the tests allow between the model and the range. */
    tolerance: number({ min: 0, max: 1 }),
    agrees: boolean(),
    source: sourceId,
    note,
  });

  /** A published figure with the year it describes (null: the page is undated). */
  const dated = <T>(value: Schema<T>) => object({ value, year: nullable(number({ integer: true, min: 1900, max: 2100 })), source: sourceId, note });
  const byCoverage = (value: Schema<number>) =>
    object({ single: value, family: value, year: number({ integer: true, min: 1900, max: 2100 }), source: sourceId, note });

  /**
   * Typical benefits, for comparison beside an offer's own (never filled in for it), and the
   * conventions an offer's total compensation is counted by.
   */
  const benefits = object({
    paidLeave: object({
      /** Average days in a consolidated leave (PTO) bank after a year of service. */
      ptoBankDays: dated(number({ min: 0, max: 365 })),
      vacationDays: dated(number({ min: 0, max: 365 })),
      sickDays: dated(number({ min: 0, max: 365 })),
    }),
    health: object({
      /** Average annual premium, the employer's and the worker's shares together. */
      premium: byCoverage(money),
      /** Average annual worker contribution to it. */
      workerContribution: byCoverage(money),
      /** The employer's share of the premium, a fraction. */
      employerShare: byCoverage(share),
    }),
    retirement: object({
      /** Average employer contribution to a retirement plan, a fraction of pay. */
      employerContribution: dated(share),
    }),
    /** Benefits as a fraction of employers' total compensation costs. */
    benefitsShare: dated(share),
    /** A credentialing body's yearly membership dues. */
    dues: array(object({ body: string(), annual: money, year: nullable(number({ integer: true, min: 1900, max: 2100 })), source: sourceId, note })),
    conventions: object({
      /** Full-time pay outside this band is shown with a warning. */
      plausibleAnnual: range(),
      /** Years a one-time payment (sign-on bonus, exam reimbursement) is spread over. */
      spreadYears: figure(number({ min: 1, max: 10 })),
    }),
  });

  const datasetSchema = object(
    {
      version: string(),
      notes: array(string()),
      sources: array(sourceSchema, { minItems: 1 }),
      model: described(
        object({
          hoursPerYear: figure(number({ min: 1000, max: 4000 })),
          /** Share of a survey group's pay difference put down to the credential, specialty or setting itself. */
          attribution: figure(share),
          /** Combined premiums above `freeUpTo` (a multiplier) overlap: what is above it counts less and less, up to `limit` more. */
          overlap: object({ freeUpTo: number({ min: 1, max: 10 }), limit: number({ min: 1, max: 10 }), source: sourceId, note }),
          /** How far a pay level (role, remote band) can move with the profile: ×1/bound to ×bound. */
          levelBound: figure(number({ min: 1, max: 10 })),
          /** State figures counted as imprecise: a year-to-year swing over `swing` (a fraction). */
          imprecision: object({ swing: number({ min: 0, max: 1 }), source: sourceId, note }),
          /** The spread widens by these factors for medium and low confidence. */
          widening: object({ medium: number({ min: 1, max: 3 }), low: number({ min: 1, max: 3 }), source: sourceId, note }),
          counterOfferStep: figure(number({ min: 1, max: 100_000 })),
          yearsBetweenPromotions: figure(number({ min: 0, max: 50 })),
        }),
        "Modelling choices: each labelled with its source (coding-salary-model where no source states it) and explained in the README.",
      ),
      national: described(
        object({
          median: figure(money),
          mean: figure(money),
          /** What the median's vintage is called: "May 2024". */
          vintage: string(),
          /** The national distribution's shape: the percentiles of one vintage, used as ratios to its median. */
          distribution: object({ vintage: string(), source: sourceId, note, percentiles }),
        }),
        "The starting point: the national median and the shape of the national distribution (BLS OEWS).",
      ),
      population: described(
        object({
          certifiedShare: figure(share),
          experienceMix: object({
            source: sourceId,
            note,
            brackets: array(object({ fromYears: number({ min: 0, max: 100 }), toYears: number({ min: 0, max: 100 }), share }), { minItems: 1 }),
          }),
        }),
        "Who the national median describes: the share certified and the experience mix. Factors are centred on this population.",
      ),
      experience: described(
        object({
          maxYears: figure(number({ min: 1, max: 100 })),
          /** Survey pay by years of experience: the curve's slope is fitted to the points of each group. */
          surveyPoints: array(
            object({ group: string(), years: number({ min: 0, max: 100 }), annual: money, source: sourceId, note }),
            { minItems: 2 },
          ),
          /** Names for spans of experience (the guide's entry, mid-level and senior), for labels. */
          bands: array(object({ id, label: string(), fromYears: number({ min: 0, max: 100 }), toYears: nullable(number({ min: 0, max: 100 })) }), { minItems: 1 }),
        }),
        "Pay by years of experience: a smooth curve fitted to survey points.",
      ),
      credentials: described(
        object({
          /** Average pay of certified and non-certified respondents in one survey: the premium of being certified. */
          certified: figure(money),
          nonCertified: figure(money),
          /** Average pay by number of credentials held (2, 3 …), each step over the one before (1: `oneCredential`). */
          oneCredential: figure(money),
          byCount: array(object({ count: number({ integer: true, min: 2, max: 20 }), annual: money, source: sourceId, note })),
          list: array(credential, { minItems: 1 }),
        }),
        "Credentials: the certified premium, each credential's own premium, and stacking by number held.",
      ),
      specialties: array(choice, { minItems: 1 }),
      settings: array(choice, { minItems: 1 }),
      /** The guide's overall median: specialty and setting ranges are read against it. */
      guideMedian: figure(money),
      states: object({
        wages: object({ source: sourceId, vintage: string() }),
        laterWages: object({ source: sourceId, vintage: string(), median: money }),
        prices: object({ source: sourceId, year: number({ integer: true, min: 1900, max: 2100 }) }),
        list: array(state),
      }),
      remote: object({ annual: range(), note }),
      roles: object({
        ladder: array(role, { minItems: 1 }),
      }),
      careers: array(
        object({
          id,
          label: string(),
          /** The guide's range for the career. */
          annual: range(),
          /** A BLS median for the occupation, where one is published. */
          blsMedian: optional(object({ value: money, vintage: string(), occupation: string(), source: sourceId, note })),
          note,
        }),
      ),
      training: object({
        months: range(number({ positive: true, max: 120 })),
        paths: array(object({ id, label: string(), cost: range(number({ min: 0, max: 1_000_000 })) }), { minItems: 1 }),
      }),
      outlook: array(object({ id, label: string(), growth: figure(number({ min: -1, max: 10 })), period: string() })),
      /** Optional: a dataset without it gets the bundled benefit figures and conventions for offers. */
      benefits: optional(described(benefits, "Typical benefits shown beside an offer's (BLS, KFF, Fidelity, AAPC), and how an offer's total compensation is counted.")),
      reference: described(
        object({
          /** Published figures beside the model's: the guide's claims, BLS percentiles and survey figures. */
          figures: array(referenceFigure, { minItems: 1 }),
        }),
        "Published figures the model is checked against (coding-salary accuracy); the model does not read them.",
      ),
      /** Optional: a dataset without it gets the bundled tax tables for take-home pay. */
      tax: optional(taxSchema()),
    },
    {
      title: "coding-salary dataset",
      description: "Salary figures and model parameters for coding-salary. Every figure names its source id.",
    },
  );
  return { dataset: datasetSchema, source: sourceSchema };
}

let built: ReturnType<typeof build> | undefined;

/** The dataset's schema (built once, on first use). */
export function datasetSchema(): ReturnType<typeof build>["dataset"] {
  return (built ??= build()).dataset;
}

export type Dataset = Infer<ReturnType<typeof build>["dataset"]>;
export type Source = Infer<ReturnType<typeof build>["source"]>;
export type Credential = Dataset["credentials"]["list"][number];
export type Specialty = Dataset["specialties"][number];
export type Setting = Dataset["settings"][number];
export type StateFigures = Dataset["states"]["list"][number];
export type Role = Dataset["roles"]["ladder"][number];
