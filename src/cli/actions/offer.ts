import { assessOffer } from "../../core/offer.js";
import type { ProfileRun } from "../profile-command.js";
import { offerCsv } from "../render/csv-tables.js";
import { offerDocument } from "../render/json.js";
import { offerReport } from "../render/offer-report.js";

export const run: ProfileRun = ({ args, profile, dataset }) => {
  const result = assessOffer(args[0] ?? "", profile, dataset);
  return { json: () => offerDocument(result), blocks: () => offerReport(result, dataset), csv: () => offerCsv(offerDocument(result)) };
};
