import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonSyntaxError } from "../../src/cli/json-syntax.js";

describe("jsonSyntaxError", () => {
  it.each([
    ['{"a": 1,}', 1, 9, "expected a double-quoted property name"],
    ["{\n  \"a\": [1 2]\n}", 2, 11, "expected ',' or ']'"],
    ['{"a": tru}', 1, 7, "expected a value"],
    ['{"a": "x', 1, 9, "unterminated string"],
    ["", 1, 1, "the file ends too early"],
    ["[1] x", 1, 5, "unexpected text after the JSON value"],
    ['{"a" 1}', 1, 6, "expected ':' after a property name"],
    ["[01]", 1, 3, "expected ',' or ']'"],
  ])("%j → line %i, column %i: %s", (text, line, column, message) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonSyntaxError(text)).toEqual({ line, column, message });
  });

  it("finds an error in any text JSON.parse rejects, and none in text it accepts", () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const at = jsonSyntaxError(text);
        expect(at.message === "not valid JSON").toBe(valid);
      }),
      { numRuns: 500 },
    );
  });
});
