import { anyone, type PolicyTable } from '../platform/auth/policy.js';

/** The matrix and the statistics are open to all; what each caller sees in them follows the reports' own visibility. */
export const matrixPolicy: PolicyTable<unknown, 'read'> = { read: anyone };
