/** The version of every JSON document's shape (`schemaVersion`); its own module, so writing JSON does not build the schemas. */
export const SCHEMA_VERSION = 2;
