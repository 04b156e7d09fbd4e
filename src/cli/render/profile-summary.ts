import type { Dataset } from "../../core/dataset/dataset-schema.js";
import type { Profile } from "../../core/profile.js";
import { years } from "./format.js";

/** "4 years · CPC · Cardiology coding · Texas · Hospital", or "national figure" for an empty profile. */
export function profileSummary(profile: Profile, dataset: Dataset): string {
  const label = <T extends { id: string; label: string }>(items: readonly T[], id: string | null) =>
    id === null ? undefined : (items.find((i) => i.id === id)?.label ?? id);
  const parts = [
    label(dataset.roles.ladder, profile.role),
    profile.experienceYears === null ? undefined : years(profile.experienceYears),
    profile.certifications === null ? undefined : profile.certifications.length ? profile.certifications.join(" + ") : "no credential",
    label(dataset.specialties, profile.specialty),
    profile.state === null ? undefined : (dataset.states.list.find((s) => s.code === profile.state)?.name ?? profile.state),
    label(dataset.settings, profile.setting),
    profile.remote ? "remote" : undefined,
  ].filter((p): p is string => p !== undefined);
  return parts.length ? parts.join(" · ") : "national figure";
}
