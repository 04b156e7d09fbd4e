/**
 * Where a JSON text first goes wrong, as line and column. JSON.parse's own messages differ
 * between Node versions and sometimes give no position; this scanner runs only after
 * JSON.parse has failed, to say where and what was expected.
 */
export function jsonSyntaxError(text: string): { line: number; column: number; message: string } {
  let i = 0;
  const fail = (message: string): never => {
    throw Object.assign(new Error(message), { at: i });
  };
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail("expected a value");
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail("control character in a string");
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail("bad \\u escape");
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? "")) fail("bad escape in a string");
      }
      i++;
    }
    if (i >= text.length) fail("unterminated string");
    i++;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail("expected a value");
    i += match![0].length;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === "{") return members("}", () => {
      space();
      if (text[i] !== '"') fail("expected a double-quoted property name");
      string();
      space();
      if (text[i] !== ":") fail("expected ':' after a property name");
      i++;
      value();
    });
    if (c === "[") return members("]", value);
    if (c === '"') return string();
    if (c === "t") return literal("true");
    if (c === "f") return literal("false");
    if (c === "n") return literal("null");
    if (c === undefined) fail("the file ends too early");
    number();
  };
  const members = (close: string, member: () => void) => {
    i++;
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      member();
      space();
      if (text[i] === ",") i++;
      else if (text[i] === close) {
        i++;
        return;
      } else fail(i >= text.length ? "the file ends too early" : `expected ',' or '${close}'`);
    }
  };
  let message = "not valid JSON";
  try {
    value();
    space();
    if (i < text.length) fail("unexpected text after the JSON value");
  } catch (error) {
    message = (error as Error).message;
  }
  const before = text.slice(0, i);
  return { line: before.split("\n").length, column: i - before.lastIndexOf("\n"), message };
}

/**
 * Where a JSON text first nests deeper than `limit` arrays and objects, or undefined when it
 * does not. A scan with a counter, no recursion: it is safe on any text, valid or not, and
 * runs before anything that recurses (the syntax scanner above, the dataset check).
 */
export function tooDeep(text: string, limit: number): { line: number; column: number } | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) {
        const before = text.slice(0, i);
        return { line: before.split("\n").length, column: i - before.lastIndexOf("\n") };
      }
    } else if (c === 93 || c === 125) depth--;
  }
  return undefined;
}
