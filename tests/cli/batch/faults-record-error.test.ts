import { describe, expect, it, vi } from "vitest";
import { cli } from "../../helpers/cli.js";

/**
 * Whatever goes wrong with one record is that record's error: here the estimate itself throws
 * something unexpected (a RangeError, as a bug or input past the model's reach would) for
 * Wyoming, and only that record fails.
 */
vi.mock("../../../src/core/estimate.js", async (original) => {
  const real = await original<typeof import("../../../src/core/estimate.js")>();
  return {
    ...real,
    estimateProfile: (profile: { state: string | null }, dataset: never) => {
      if (profile.state === "WY") throw new RangeError("Maximum call stack size exceeded");
      return real.estimateProfile(profile as never, dataset);
    },
  };
});

describe("an unexpected error in one record", () => {
  it("becomes that record's error record; the batch goes on and exits 3", async () => {
    const input = ["TX", "WY", "CA", "WY", "OH"].map((state) => JSON.stringify({ state })).join("\n");
    const r = await cli(["estimate", "--input", "-"], { stdin: input });
    expect(r.code).toBe(3);
    const out = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(out.map((o) => o.error?.code ?? o.input.state)).toEqual(["TX", "internal-error", "CA", "internal-error", "OH"]);
    expect(out[1].error.message).toBe("internal error: Maximum call stack size exceeded");
    // Said once on stderr, with the summary.
    expect(r.stderr.match(/internal error/g)).toHaveLength(1);
    expect(r.stderr).toContain("5 records: 3 ok, 2 failed");
  });

  it("in CSV output too", async () => {
    const r = await cli(["estimate", "--input", "-", "--input-format", "csv", "--format", "csv"], { stdin: "state,id\nWY,7\nTX,8\n" });
    expect(r.code).toBe(3);
    const rows = r.stdout.trimEnd().split("\n");
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/^2,.*internal-error: internal error: Maximum call stack size exceeded,7$/);
    expect(rows[2]).toMatch(/^3,.*,8$/);
  });
});
