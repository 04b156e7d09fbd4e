import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitLabel, fitLabelLines, lineCount, wrapLine } from "../../src/cli/render/wrap.js";

/**
 * A table's layout counts lines at several widths before it draws one (`lineCount`,
 * `fitLabelLines`): the counts must be the lengths of what `wrapLine` and `fitLabel` draw, for
 * any text — narrow or wide characters, runs of spaces, words longer than the line, asides.
 */
const pieces = ["a", "ab", "word", "longerword", "https://example.org/a/very/long/link", " ", "  ", "(aside)", "(BLS, May 2024)", "·", "–", "é", "\u00a0", "漢字", "🙂", "x\u0301", "[3]"];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(""));
const width = fc.integer({ min: 1, max: 90 });

describe("line counts", () => {
  it("lineCount(text, width) is wrapLine(text, width).length", () => {
    fc.assert(fc.property(text, width, (t, w) => lineCount(t, w) === wrapLine(t, w).length), { numRuns: 3000 });
  });

  it("fitLabelLines(text, width, n) is fitLabel(text, width, n).length, paragraphs included", () => {
    const label = fc.array(text, { minLength: 1, maxLength: 3 }).map((paragraphs) => paragraphs.join("\n"));
    fc.assert(fc.property(label, width, fc.integer({ min: 1, max: 4 }), (t, w, n) => fitLabelLines(t, w, n) === fitLabel(t, w, n).length), { numRuns: 3000 });
  });

  it("counts the lines of the labels a report wraps", () => {
    const factor = "Experience: 4 years (the guide's mid-level band, 3\u20135 years)";
    expect(wrapLine(factor, 30)).toEqual(["Experience: 4 years (the", "guide's mid-level band, 3\u20135", "years)"]);
    expect(lineCount(factor, 30)).toBe(3);
    expect(fitLabelLines(factor, 30, 2)).toBe(fitLabel(factor, 30, 2).length);
    expect(fitLabel(factor, 30, 2)).toEqual(["Experience: 4 years"]);
  });

  it("a character wider than the whole width takes a line of its own (it used to loop forever)", () => {
    expect(wrapLine("\u6f22\u5b57", 1)).toEqual(["\u6f22", "\u5b57"]);
    expect(lineCount("\u6f22\u5b57", 1)).toBe(2);
  });
});
