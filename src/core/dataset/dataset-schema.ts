import { array, nullable, number, object, optional, string, type Infer } from "../schema/schema.js";
import { taxSchema } from "../tax/tax-schema.js";

/** Every figure names the source it comes from (an id in `sources`). */
const sourceId = string({ pattern: /^[a-z0-9][a-z0-9-]*$/, description: "a source id (lower-case letters, digits, hyphens)" });
const id = string({ pattern: /^[a-z0-9][a-z0-9-]*$/, description: "an id (lower-case letters, digits, hyphens)" });
const stateCode = string({ pattern: /^[A-Z]{2}$/, description: "a two-letter state code" });
const money = number({ positive: true, max: 10_000_000 });

const figure = (value = number({ positive: true })) => object({ value, source: sourceId });
const range = (bound = money) => object({ low: bound, high: bound, source: sourceId });
const fraction = number({ min: 0, max: 5 });
const aliases = optional(array(string()));
const guideNote = optional(string());

export const sourceSchema = object({
  id: sourceId,
  title: string(),
  publisher: string(),
  year: nullable(number({ integer: true, min: 1900, max: 2100 })),
  covers: string(),
  note: optional(string()),
});

const experienceBand = object({
  id,
  label: string(),
  fromYears: number({ min: 0, max: 100 }),
  toYears: nullable(number({ min: 0, max: 100 })),
  annual: range(),
  anchorYears: figure(number({ min: 0, max: 100 })),
});

const credential = object({
  code: string({ pattern: /^[A-Z][A-Z0-9-]{1,15}$/, description: "an upper-case credential code such as CPC" }),
  name: string(),
  guideNote,
  dollarEffect: optional(range()),
  premium: figure(fraction),
});

/** A choice (specialty, setting) priced by a guide range relative to the reference band; none means ×1. */
const rangedChoice = object({ id, label: string(), aliases, annual: optional(range()), premiumOverGeneral: optional(range(fraction)) });

const state = object({
  code: stateCode,
  name: string(),
  employment: nullable(number({ min: 0 })),
  mean: nullable(money),
  median: nullable(money),
  laterMedian: nullable(money),
  priceIndex: nullable(number({ positive: true, max: 1000 })),
  housingPriceIndex: nullable(number({ positive: true, max: 1000 })),
});

/** A rung of the ladder: the experience it implies at least, and the promotion raises it adds above the coder's pay track. */
const role = object({
  id,
  label: string(),
  aliases,
  minYears: optional(figure(number({ min: 0, max: 100 }))),
  raisesAboveTrack: figure(number({ integer: true, min: 0, max: 20 })),
});

export const datasetSchema = object(
  {
    version: string(),
    notes: array(string()),
    sources: array(sourceSchema, { minItems: 1 }),
    model: object({
      hoursPerYear: figure(number({ min: 1000, max: 4000 })),
      rangePercentiles: object({ low: number({ min: 1, max: 49 }), high: number({ min: 51, max: 99 }), source: sourceId }),
      referenceBand: id,
      nationalSpreadBand: id,
      compoundingWarningAbove: figure(number({ min: 1, max: 100 })),
      counterOfferStep: figure(number({ positive: true, max: 100_000 })),
      yearsBetweenPromotions: figure(number({ min: 0, max: 50 })),
    }),
    national: object({ median: figure(money), mean: figure(money), guideMedian: figure(money) }),
    experience: object({ bands: array(experienceBand, { minItems: 1 }), maxYears: figure(number({ min: 1, max: 100 })) }),
    certifications: object({
      certifiedPremium: range(fraction),
      additionalCredentialShare: figure(number({ min: 0, max: 1 })),
      credentials: array(credential),
    }),
    specialties: array(rangedChoice, { minItems: 1 }),
    settings: array(rangedChoice, { minItems: 1 }),
    states: object({
      wages: object({ source: sourceId, vintage: string() }),
      laterWages: object({ source: sourceId, vintage: string() }),
      prices: object({ source: sourceId, year: number({ integer: true, min: 1900, max: 2100 }) }),
      list: array(state),
    }),
    guideStates: array(object({ code: stateCode, annual: range() })),
    costOfLivingClaim: object({
      guideNote: string(),
      lower: object({ state: stateCode, annual: figure(money) }),
      higher: object({ state: stateCode, annual: figure(money) }),
    }),
    remote: object({ annual: range(), guideNote }),
    roles: object({
      promotionRaise: range(fraction),
      modelRaise: figure(fraction),
      managerRange: range(),
      managementRange: range(),
      careerStart: figure(money),
      fiveYearsOn: figure(money),
      ladder: array(role, { minItems: 1 }),
    }),
    careers: array(object({ id, label: string(), annual: range(), guideNote })),
    training: object({
      months: range(number({ positive: true, max: 120 })),
      paths: array(object({ id, label: string(), cost: range(number({ min: 0, max: 1_000_000 })) }), { minItems: 1 }),
    }),
    outlook: array(object({ id, label: string(), growth: figure(number({ min: -1, max: 10 })), period: string() })),
    /** Optional: a dataset without it gets the bundled tax tables for take-home pay. */
    tax: optional(taxSchema),
  },
  {
    title: "coding-salary dataset",
    description: "Salary ranges and model parameters for coding-salary. Every figure names its source id.",
  },
);

export type Dataset = Infer<typeof datasetSchema>;
export type Source = Infer<typeof sourceSchema>;
export type ExperienceBand = Dataset["experience"]["bands"][number];
export type Credential = Dataset["certifications"]["credentials"][number];
export type Specialty = Dataset["specialties"][number];
export type Setting = Dataset["settings"][number];
export type StateFigures = Dataset["states"]["list"][number];
export type Role = Dataset["roles"]["ladder"][number];
