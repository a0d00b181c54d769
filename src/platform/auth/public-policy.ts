import { anyone, type PolicyTable } from './policy.js';

/** The registry's reference data is public: anyone may read it, and only data packs change it. */
export const registryPolicy: PolicyTable<unknown, 'read'> = { read: anyone };
