import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvParser, csvField, csvLine } from "../../../src/cli/batch/csv.js";

const parse = (text: string, chunk = text.length || 1) => {
  const p = new CsvParser();
  const rows = [];
  for (let i = 0; i < text.length; i += chunk) rows.push(...p.push(text.slice(i, i + chunk)));
  return [...rows, ...p.end()];
};

describe("CSV", () => {
  it("reads quoted fields with commas, quotes and line breaks, and knows each row's line", () => {
    expect(parse('a,b,c\n1,"x, y","say ""hi"""\n"two\nlines",,\r\n\nlast')).toEqual([
      { line: 1, cells: ["a", "b", "c"] },
      { line: 2, cells: ["1", "x, y", 'say "hi"'] },
      { line: 3, cells: ["two\nlines", "", ""] },
      { line: 6, cells: ["last"] },
    ]);
  });

  it("gives the same rows however the input is cut into chunks", () => {
    const text = 'h1,h2\n"a,""b""\nc",d\ne,f\n';
    for (const chunk of [1, 2, 3, 7]) expect(parse(text, chunk)).toEqual(parse(text));
  });

  it("reports a quoted field that never closes", () => {
    const p = new CsvParser();
    p.push('a\n"open\nmore');
    p.end();
    expect(p.unterminatedFrom).toBe(2);
  });

  it("writes fields that read back as written", () => {
    expect(csvField('say "hi", twice')).toBe('"say ""hi"", twice"');
    expect(csvField(null)).toBe("");
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const nonBlank = rows.filter((r) => !(r.length === 1 && r[0] === ""));
        const text = nonBlank.map((r) => csvLine(r)).join("");
        // What a spreadsheet would run as a formula reads back with the apostrophe that keeps it text.
        const shown = nonBlank.map((r) => r.map((cell) => (/^[=+\-@\t\r]/.test(cell) && !/^[-+]?\d+(\.\d+)?$/.test(cell) ? `'${cell}` : cell)));
        expect(parse(text).map((r) => r.cells)).toEqual(shown);
      }),
    );
  });
});
