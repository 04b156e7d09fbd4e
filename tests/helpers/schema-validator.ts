import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { cliJson } from "./cli.js";

const compiled = new Map<string, Promise<ValidateFunction>>();
/** One instance: it checks each schema against draft 2020-12's meta-schema, compiled once. */
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, code: { optimize: false } });

/**
 * A validator for the JSON Schema `coding-salary schema <name>` publishes (draft 2020-12,
 * strict, every error reported). Compiled once per test worker: compiling is the slow part.
 */
export function publishedSchema(name: string): Promise<ValidateFunction> {
  let validator = compiled.get(name);
  if (!validator) {
    validator = cliJson(["schema", name]).then((schema) => ajv.compile(schema));
    compiled.set(name, validator);
  }
  return validator;
}
