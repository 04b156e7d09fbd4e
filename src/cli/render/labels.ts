import type { Dimension } from "../../core/compare.js";
import type { Dataset } from "../../core/dataset/dataset-schema.js";

/** A compared value in words: "Texas", "CPC (Certified Professional Coder)", "4 years", "Remote". */
export function dimensionValueLabel(by: Dimension, value: string, d: Dataset): string {
  switch (by) {
    case "state":
      return d.states.list.find((s) => s.code === value)?.name ?? value;
    case "cert": {
      if (value === "none") return "No credential";
      const c = d.credentials.list.find((x) => x.code === value);
      return c ? `${c.code} (${c.name})` : value;
    }
    case "specialty":
      return d.specialties.find((s) => s.id === value)?.label ?? value;
    case "setting":
      return d.settings.find((s) => s.id === value)?.label ?? value;
    case "role":
      return d.roles.ladder.find((r) => r.id === value)?.label ?? value;
    case "experience":
      return `${value} year${value === "1" ? "" : "s"}`;
    case "remote":
      return value === "true" ? "Remote" : "On site";
  }
}
