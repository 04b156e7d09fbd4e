/**
 * coding-salary as a library: pure functions over a dataset (the bundled one by default),
 * returning plain data — figures, and codes with parameters where there is something to say
 * (factors, warnings, confidence); the words are the caller's. Importing it has no side
 * effects and loads no CLI code. Every function checks what it is given: a profile is
 * normalized (or a `ProfileError` says why not), a dataset that has not passed the check is
 * checked (or a `DatasetError` lists its problems).
 */

// Estimating a profile
export { estimate } from "./estimate.js";
export type { Confidence, ConfidenceLevel, ConfidenceReason, Estimate, Factor, FactorCode, Percentiles, PurchasingPower, Range, SourceRef } from "./estimate.js";
export { normalizeProfile, PROFILE_FIELDS } from "./profile.js";
export type { Profile, ProfileInput } from "./profile.js";
export type { Warning, WarningCode } from "./warning.js";

// Decisions
export { assessOffer } from "./offer.js";
export type { ComparedRange, OfferAssessment, Verdict } from "./offer.js";
export type { Compensation, Coverage, OfferTerms, Typical, TypicalCode } from "./compensation.js";
export { compareOffers, MEASURES } from "./offers.js";
export type { ComparedOffer, Measure, OfferComparison, OfferOption, ToMatch } from "./offers.js";
export { parseAmount } from "./amount.js";
export type { Amount, PayPeriod } from "./amount.js";
export { compare, DIMENSIONS } from "./compare.js";
export type { Comparison, ComparisonRow, CompareSort, Dimension } from "./compare.js";
export { careerPath, MAX_CAREER_YEARS } from "./career.js";
export type { CareerPath, CareerYear } from "./career.js";
export { compareTrainingPaths, trainingReturn } from "./roi.js";
export type { NetGain, PathComparison, PathScenario, TrainingPlan, TrainingReturn } from "./roi.js";
export { relatedCareers } from "./careers.js";
export type { CareerComparison, RelatedCareer } from "./careers.js";
export { inNationalDollars } from "./purchasing-power.js";
export type { PriceBasis } from "./purchasing-power.js";
export { accuracy } from "./accuracy.js";
export type { Accuracy, AccuracyCode, AccuracyRow } from "./accuracy.js";

// Take-home pay
export { parseFiling, takeHomePay } from "./tax/take-home.js";
export type { Simplification, TakeHome, TakeHomeOptions } from "./tax/take-home.js";
export { FILING_STATUSES, type FilingStatus } from "./tax/filing-status.js";
export type { TaxTables } from "./tax/tax-schema.js";

// Datasets
export { bundledDataset } from "./dataset/bundled-dataset.js";
export { loadDataset, parseDataset } from "./dataset/parse-dataset.js";
export type { DatasetResult } from "./dataset/parse-dataset.js";
export type { Credential, Dataset, Role, Setting, Source, Specialty, StateFigures } from "./dataset/dataset-schema.js";
export type { Issue } from "./schema/schema.js";

// Errors: typed classes with stable codes
export { ArgumentError, CodingSalaryError, DatasetError, ProfileError } from "./errors.js";
export type { ErrorCode } from "./errors.js";
