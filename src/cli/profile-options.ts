import { Option, type Command } from "commander";
import type { ProfileInput } from "../core/profile.js";
import { UsageError } from "./errors.js";

/** The profile flags, shared by every command that estimates. */
export interface ProfileFlags {
  experience?: string;
  cert?: string[];
  /** `roi` names the credential to earn with --cert, so credentials already held come with --held. */
  held?: string[];
  specialty?: string;
  state?: string;
  setting?: string;
  remote?: boolean;
  role?: string;
}

const collect = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean),
];

export function addProfileOptions(command: Command, options: { heldFlag?: boolean } = {}): Command {
  command.option("-e, --experience <years>", "years of experience (0–50, fractions allowed)");
  if (options.heldFlag) command.option("--held <code>", "a certification already held, e.g. CCA; repeat or separate with commas", collect);
  else command.option("-c, --cert <code>", "a certification held, e.g. CPC; repeat or separate with commas (none: no certification)", collect);
  return command
    .option("--specialty <name>", "coding specialty, e.g. cardiology")
    .option("-s, --state <code|name>", "US state or DC, by code or name (TX, texas)")
    .option("--setting <name>", "work setting, e.g. hospital")
    .option("--remote", "works remotely (pay follows the national remote band)")
    .addOption(new Option("--on-site", "works on site (the default)").conflicts("remote"))
    .option("--role <name>", "role on the career ladder, e.g. senior-coder");
}

/** Turns flags into a profile; values are checked against the dataset later, by the core. */
export function profileFromFlags(flags: ProfileFlags & { onSite?: boolean }, options: { heldFlag?: boolean } = {}): ProfileInput {
  const profile: ProfileInput = {};
  if (flags.experience !== undefined) profile.experienceYears = parseYears(flags.experience);
  const held = options.heldFlag ? flags.held : flags.cert;
  // "--cert none" says so explicitly: no credential (and the wizard need not ask).
  if (held?.length) profile.certifications = held.length === 1 && held[0]?.toLowerCase() === "none" ? [] : held;
  if (flags.specialty !== undefined) profile.specialty = flags.specialty;
  if (flags.state !== undefined) profile.state = flags.state;
  if (flags.setting !== undefined) profile.setting = flags.setting;
  if (flags.remote !== undefined || flags.onSite !== undefined) profile.remote = flags.remote === true;
  if (flags.role !== undefined) profile.role = flags.role;
  return profile;
}

/** Plain decimal years only: "4", "2.5"; not "4y", "1e3" or "". */
function parseYears(text: string): number {
  const trimmed = text.trim();
  if (!/^-?\d+(\.\d+)?$|^-?\.\d+$/.test(trimmed))
    throw new UsageError(`--experience must be a number of years, got ${JSON.stringify(text)}`, "Allowed for --experience: a number from 0 to 50, e.g. 4 or 2.5");
  return Number(trimmed);
}
