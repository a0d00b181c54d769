import type { BODY_KINDS, EVENT_TYPES, INSTRUMENT_KINDS } from '../../../src/packs/pack.schema.js';
import type { ACCOUNT_ROLES } from '../../../src/accounts/account.schema.js';

// The closed lists of the record, so each dictionary must name every one of them.
export type BodyKind = (typeof BODY_KINDS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];
export type AccountRole = (typeof ACCOUNT_ROLES)[number];
