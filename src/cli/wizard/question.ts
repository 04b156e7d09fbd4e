import type { ProfileInput } from "../../core/profile.js";

/** One answer a question offers; `null` is "not given". */
export interface Choice {
  value: string | null;
  name: string;
}

interface Common<F extends keyof ProfileInput> {
  field: F;
  message: string;
  /** The flag that answers this question without asking. */
  flag: string;
}

/** A wizard question as data: the terminal adapter turns it into a prompt, tests answer it directly. */
export type Question =
  | (Common<"experienceYears"> & { kind: "number"; default: string; hint: string; maxYears: number })
  | (Common<"certifications"> & { kind: "checkbox"; choices: Choice[] })
  | (Common<"specialty" | "setting" | "role"> & { kind: "select"; choices: Choice[] })
  | (Common<"state"> & { kind: "search"; choices: Choice[] })
  | (Common<"remote"> & { kind: "confirm"; default: boolean });
