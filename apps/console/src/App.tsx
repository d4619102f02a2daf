import { lazy } from 'react';
import { Route, Routes, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from './pages/NotFoundPage';

// Every page loads on demand: the projector (opened on a venue's Wi-Fi, 150 KB on the wire at most) needs none of
// the staff pages, and the set-up pages do not need the live console with its consensus, survey and Berita Acara tabs.
const StaffLayout = lazy(() => import('./pages/StaffLayout').then((m) => ({ default: m.StaffLayout })));
const HomePage = lazy(() => import('./pages/HomePage').then((m) => ({ default: m.HomePage })));
const AccountPage = lazy(() => import('./pages/AccountPage').then((m) => ({ default: m.AccountPage })));
const NewForumPage = lazy(() => import('./pages/NewForumPage').then((m) => ({ default: m.NewForumPage })));
const ForumPage = lazy(() => import('./pages/ForumPage').then((m) => ({ default: m.ForumPage })));
const LiveConsolePage = lazy(() => import('./pages/LiveConsolePage').then((m) => ({ default: m.LiveConsolePage })));
const FollowUpPage = lazy(() => import('./pages/FollowUpPage').then((m) => ({ default: m.FollowUpPage })));
const MembersPage = lazy(() => import('./pages/MembersPage').then((m) => ({ default: m.MembersPage })));
const ProjectorPage = lazy(() => import('./pages/ProjectorPage').then((m) => ({ default: m.ProjectorPage })));

/** The projector by the router's route (the dev server); the built app serves it from its own entry, projector.tsx. */
function ProjectorRoute() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  return <ProjectorPage id={id} projectorKey={params.get('key')} />;
}

export function App() {
  return (
    <Routes>
      {/* Outside the staff layout: the projector has no login and no chrome. */}
      <Route path="projector/:id" element={<ProjectorRoute />} />
      <Route element={<StaffLayout />}>
        <Route index element={<HomePage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="follow-ups" element={<FollowUpPage />} />
        <Route path="members" element={<MembersPage />} />
        <Route path="forums/new" element={<NewForumPage />} />
        <Route path="forums/:id" element={<ForumPage />} />
        <Route path="forums/:id/live" element={<LiveConsolePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
