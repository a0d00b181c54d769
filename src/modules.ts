import { accountsModule } from './accounts/index.js';
import { catalogueModule } from './catalogue/index.js';
import { commitmentsModule } from './commitments/index.js';
import { eventsModule } from './events/index.js';
import { instrumentsModule } from './instruments/index.js';
import { libraryModule } from './library/index.js';
import { matrixModule } from './matrix/index.js';
import { organizationsModule } from './organizations/index.js';
import { plansModule } from './plans/index.js';
import { reportsModule } from './reports/index.js';
import { statesModule } from './states/index.js';
import type { AnyRoute } from './platform/http/route.js';

/** The domain modules Senim is made of; each declares its routes and the records it audits. */
export const MODULES = [
  accountsModule,
  statesModule,
  organizationsModule,
  catalogueModule,
  instrumentsModule,
  eventsModule,
  reportsModule,
  commitmentsModule,
  matrixModule,
  plansModule,
  libraryModule,
] as const;

export const ROUTES: readonly AnyRoute[] = MODULES.flatMap((m) => m.routes);
