import { Route, Routes } from 'react-router';
import { Layout } from './components/layout.js';
import { AccountPage } from './pages/account-page.js';
import { AccountsPage } from './pages/accounts-page.js';
import { CataloguePage } from './pages/catalogue-page.js';
import { HomePage } from './pages/home-page.js';
import { InstrumentPage } from './pages/instrument-page.js';
import { InstrumentsPage } from './pages/instruments-page.js';
import { InvitationPage } from './pages/invitation-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { OrganizationPage } from './pages/organization-page.js';
import { OrganizationsPage } from './pages/organizations-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { StatePage } from './pages/state-page.js';
import { StatesPage } from './pages/states-page.js';
import { TimelinePage } from './pages/timeline-page.js';
import { DashboardPage } from './pages/matrix/dashboard-page.js';
import { MatrixPage } from './pages/matrix/matrix-page.js';
import { CyclePage } from './pages/reports/cycle-page.js';
import { CyclesPage } from './pages/reports/cycles-page.js';
import { ReportEditorPage } from './pages/reports/report-editor-page.js';
import { ReportViewPage } from './pages/reports/report-view-page.js';
import { CommitmentsPage } from './pages/plans/commitments-page.js';
import { PlanFormPage } from './pages/plans/plan-form-page.js';
import { PlanOfCbmsPage } from './pages/plans/plan-of-cbms-page.js';
import { PlanPage } from './pages/plans/plan-page.js';
import { PlansPage } from './pages/plans/plans-page.js';
import { GlossaryPage } from './pages/library/glossary-page.js';
import { ReaderPage } from './pages/library/reader-page.js';
import { SearchPage } from './pages/library/search-page.js';
import { SuggestionsPage } from './pages/library/suggestions-page.js';
import { UploadPage } from './pages/library/upload-page.js';

/** Every page has its own URL, so each can be linked to, bookmarked and reloaded. */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="organizations" element={<OrganizationsPage />} />
        <Route path="organizations/:id" element={<OrganizationPage />} />
        <Route path="organizations/:id/catalogue" element={<CataloguePage />} />
        <Route path="states" element={<StatesPage />} />
        <Route path="states/:id" element={<StatePage />} />
        <Route path="instruments" element={<InstrumentsPage />} />
        <Route path="instruments/:id" element={<InstrumentPage />} />
        <Route path="timeline" element={<TimelinePage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="invitations/:token" element={<InvitationPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="admin/accounts" element={<AccountsPage />} />
        <Route path="reports" element={<CyclesPage />} />
        <Route path="reports/view/:id" element={<ReportViewPage />} />
        <Route path="reports/:cycleId" element={<CyclePage />} />
        <Route path="reports/:cycleId/:state" element={<ReportEditorPage />} />
        <Route path="matrix" element={<MatrixPage />} />
        <Route path="dashboard" element={<DashboardPage />} />
        <Route path="plans" element={<PlansPage />} />
        <Route path="plans/new" element={<PlanFormPage />} />
        <Route path="plans/:id" element={<PlanPage />} />
        <Route path="plans/:id/edit" element={<PlanFormPage />} />
        <Route path="plan-of-cbms" element={<PlanOfCbmsPage />} />
        <Route path="commitments" element={<CommitmentsPage />} />
        <Route path="library" element={<SearchPage />} />
        <Route path="library/new" element={<UploadPage />} />
        <Route path="library/suggestions" element={<SuggestionsPage />} />
        <Route path="library/glossary" element={<GlossaryPage />} />
        <Route path="library/:id" element={<ReaderPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
