import { registry } from './0001-registry.js';
import { accounts } from './0002-accounts.js';
import { cbmReporting } from './0003-cbm-reporting.js';
import { plans } from './0004-plans.js';
import { reminders } from './0005-reminders.js';
import { mailOutbox } from './0006-mail-outbox.js';
import { reportAttachments } from './0007-report-attachments.js';
import { library } from './0008-library.js';
import { libraryFoldedVocabulary } from './0009-library-folded-vocabulary.js';

export interface Migration {
  readonly id: string;
  readonly sql: string;
}

/** Applied in this order, each once, each in its own transaction. Never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  registry,
  accounts,
  cbmReporting,
  plans,
  reminders,
  mailOutbox,
  reportAttachments,
  library,
  libraryFoldedVocabulary,
];
