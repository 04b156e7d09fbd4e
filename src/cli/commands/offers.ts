import { MAX_OFFERS, MIN_OFFERS, compareOffers, type OfferOption } from "../../core/offers.js";
import type { Dataset } from "../../core/dataset/dataset-schema.js";
import type { OfferTerms } from "../../core/compensation.js";
import { defineCommand } from "../command.js";
import type { Io } from "../io.js";
import { readStreamText } from "../batch/read-file.js";
import { UsageError } from "../errors.js";
import { inputOptions, type InputFlags, type InputFormat } from "../options/input.js";
import { addTermOptions, termsFromFlags } from "../options/offer-terms.js";
import { takeHomeRequest, type TakeHomeFlags } from "../options/take-home.js";
import { counted, csvOffers, jsonOffers, shortOffer } from "../offers/offer-specs.js";
import { offersCsv } from "../render/csv-tables.js";
import { offersDocument } from "../render/json.js";
import { offersReport } from "../render/offers-report.js";

interface Flags extends InputFlags, TakeHomeFlags {}

/** A file of offers is small: anything bigger is the wrong file. */
const MAX_FILE_BYTES = 1024 * 1024;

const isFileName = (arg: string) => arg === "-" || /\.(json|jsonl|csv)$/i.test(arg);

export default defineCommand<Flags>({
  profile: true,
  takeHome: true,
  configure: (c) => {
    c.argument("[offers...]", `${MIN_OFFERS}–${MAX_OFFERS} offers, each '[label:] amount[, item]...' (items: key=value, remote, on-site, a state), or one .json/.csv file`);
    for (const o of inputOptions()) c.addOption(o);
    addTermOptions(c, ["hoursPerWeek"]);
  },
  examples: [
    [
      "coding-salary offers 'Hospital: 52k, OH, setting=hospital, bonus=2000' 'Remote: 24.50/hr, TX, remote' 'Clinic: 4,333/mo, FL, sign-on=1500' -e 4 --cert CPC",
      "three offers side by side: which leads on pay, total compensation and purchasing power",
    ],
    ["coding-salary offers 'A: 58k, OH, match=50:6, health=150, pto=20' 'B: 61k, IL, health=320, pto=15' -e 6", "benefits weighed: match, premium, paid days off"],
    ["coding-salary offers 'A: 52k, TX' 'B: 55k, CA' -e 4 --take-home", "which offer leaves more after federal and state income tax"],
    ["coding-salary offers offers.json -e 4 --cert CPC --json | jq '.leaders'", "offers from a file; which offer leads on what"],
    ["coding-salary offers --input offers.csv --format csv > compared.csv", "CSV in and out"],
  ],
  async run({ flags, args, profile, dataset, ctx }) {
    const defaults = termsFromFlags(flags as unknown as Record<string, unknown>);
    const file = flags.input ?? (args.length === 1 && isFileName(args[0] as string) ? (args[0] as string) : undefined);
    if (flags.input !== undefined && args.length > 0) throw new UsageError("give offers on the command line or --input <file>, not both");
    let options: OfferOption[];
    if (file !== undefined) options = await fromFile(file, flags.inputFormat, defaults, dataset, ctx.io);
    else {
      counted(args.length, "offers");
      options = args.map((text, i) => shortOffer(text, i, defaults, dataset));
    }
    const takeHome = takeHomeRequest(flags);
    const result = compareOffers(options, profile, dataset, takeHome ? { takeHome } : {});
    const untaxed = takeHome ? result.offers.find((o) => o.takeHome === null) : undefined;
    if (untaxed)
      throw new UsageError(`take-home pay needs each offer's state: ${untaxed.label} has none`, `Give it one (e.g. '${untaxed.label}: …, TX'; for remote work, the state you live in), or --state for all.`);
    const doc = () => offersDocument(result, dataset);
    return { json: doc, blocks: () => offersReport(result, dataset), csv: () => offersCsv(doc()) };
  },
});

/** Offers from a file (or stdin): its format from --input-format, its extension, or its first character. */
async function fromFile(file: string, format: InputFormat | undefined, defaults: OfferTerms, d: Dataset, io: Io): Promise<OfferOption[]> {
  const stdin = () =>
    readStreamText(io.stdin as AsyncIterable<Buffer | string>, MAX_FILE_BYTES, () => new UsageError(`the offers on stdin are over ${MAX_FILE_BYTES} bytes: too many for ${MIN_OFFERS}–${MAX_OFFERS} offers`));
  const text = (file === "-" ? await stdin() : await readSmallFile(file)).replace(/^\uFEFF/, "");
  const kind = format ?? (/\.csv$/i.test(file) ? "csv" : /\.jsonl?$/i.test(file) ? "jsonl" : /^\s*[[{]/.test(text) ? "jsonl" : "csv");
  if (kind === "jsonl") return jsonOffers(text, file, defaults, d);
  const { CsvParser } = await import("../batch/csv.js");
  const parser = new CsvParser();
  const rows = [...parser.push(text), ...parser.end()].map((r) => r.cells);
  return csvOffers(rows, file, defaults, d);
}

async function readSmallFile(path: string): Promise<string> {
  const { readFileSync, statSync } = await import("node:fs");
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UsageError(`${path} is a directory, not a file of offers`);
    if (stat.size > MAX_FILE_BYTES) throw new UsageError(`${path} is ${stat.size} bytes: too big for a file of ${MIN_OFFERS}–${MAX_OFFERS} offers`);
    return readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read the offers file ${path}: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : String(error)}`);
  }
}

