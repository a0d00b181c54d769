import { z } from 'zod';

// Ids are readable and stable, because other systems (the text engine, exports, links) cite them.

/** ISO 3166-1 alpha-3, historical codes allowed (SUN for the USSR). */
export const StateId = z
  .string()
  .regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as KAZ')
  .meta({ description: 'ISO 3166-1 alpha-3 code', examples: ['KAZ'] });

/** Organisations and their bodies are known by upper-case acronyms: CICA, UNSC, CICA-SOC. */
export const ActorAcronym = z
  .string()
  .regex(
    /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/,
    'expected an upper-case acronym such as CICA or CICA-SOC',
  )
  .max(24)
  .meta({ examples: ['CICA', 'UNSC', 'CICA-SOC'] });

export const OrganizationId = ActorAcronym.meta({
  description: 'Organisation acronym',
  examples: ['CICA'],
});
export const BodyId = ActorAcronym.meta({ description: 'Body acronym', examples: ['CICA-SOC'] });

/** Any actor of the record: a state, an organisation or a body. */
export const ActorId = ActorAcronym.meta({
  description: 'State, organisation or body id',
  examples: ['KAZ', 'CICA', 'CICA-SOC'],
});

/** Documents, events and catalogue entries carry lower-case slugs. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug such as almaty-act')
  .max(80);
