// The library's schemas (src/library/library.schema.ts → language.ts) reach the server's row types
// in src/platform/db/tables.ts, which name Node's Buffer for stored files. The web app has no Node
// types and never sees those rows, so only the name is given here, to let the schemas type-check.
// Remove once src/library/language.ts no longer imports from the database's row types.
type Buffer = Uint8Array;
