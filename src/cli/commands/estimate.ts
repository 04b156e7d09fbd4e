import type { Command } from "commander";
import { estimate } from "../../core/estimate.js";
import type { Context } from "../context.js";
import { registerProfileCommand } from "../profile-command.js";
import { estimateReport } from "../render/estimate-report.js";
import { estimateDocument } from "../render/json.js";

export function registerEstimate(program: Command, ctx: Context): void {
  registerProfileCommand(program, ctx, {
    name: "estimate",
    description: "estimate annual and hourly pay for a profile, with the factors and sources behind it",
    examples: [
      ["coding-salary estimate --experience 4 --cert CPC --specialty cardiology --state TX --setting hospital", "a mid-career certified cardiology coder in a Texas hospital"],
      ["coding-salary estimate", "the national figure"],
      ["coding-salary estimate -e 2 --cert cpc --remote --json | jq .annual", "a script reading the range"],
    ],
    run: ({ profile, dataset }) => {
      const result = estimate(profile, dataset);
      return { json: () => estimateDocument(result), blocks: () => estimateReport(result, dataset) };
    },
  });
}
