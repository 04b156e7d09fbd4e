import { describe, expect, it } from "vitest";
import sourcesFile from "../../data/sources.json" with { type: "json" };
import { cli, cliJson } from "../helpers/cli.js";

const SOURCES = sourcesFile as { id: string; kind: string; covers: string; note?: string; url?: string }[];

describe("sources", () => {
  it("lists every source once, under its kind's heading with the count from the data", async () => {
    const { code, stdout } = await cli(["sources"], { env: { COLUMNS: "120" } });
    expect(code).toBe(0);
    for (const s of SOURCES) expect(stdout.split(/[\s│]+/).filter((w) => w === s.id)).toHaveLength(1);
    const officials = SOURCES.filter((s) => s.kind === "official").length;
    expect(stdout).toContain(`Official statistics (${officials})`);
    expect(stdout).toContain("coding-salary sources <id>...");
    // The list is a list: what a source covers is shown when it is named.
    expect(stdout).not.toContain(SOURCES[0]!.covers.slice(0, 40));
  });

  it("shows named sources in full: what they cover, their note and address", async () => {
    const kff = SOURCES.find((s) => s.id === "kff-ehbs-2024")!;
    const { code, stdout } = await cli(["sources", "KFF-EHBS-2024", "aapc-2025-survey"], { env: { COLUMNS: "400" } });
    expect(code).toBe(0);
    expect(stdout).toContain(kff.covers);
    expect(stdout).toContain(kff.note);
    expect(stdout).toContain(kff.url);
    expect(stdout.indexOf("kff-ehbs-2024")).toBeLessThan(stdout.indexOf("aapc-2025-survey"));
    const doc = await cliJson(["sources", "aapc-2025-survey", "--json"]);
    expect(doc.sources).toEqual([{ ...SOURCES.find((s) => s.id === "aapc-2025-survey"), url: expect.any(String) }]);
    expect(doc.sources[0].kind).toBe("survey");
  });

  it("refuses an unknown source with the likely one named, and nothing on stdout", async () => {
    const r = await cli(["sources", "aapc-2025-surevy"]);
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toContain('unknown source "aapc-2025-surevy". Did you mean aapc-2025-survey?');
    expect(r.stderr).toContain("coding-salary sources for the list");
  });
});
