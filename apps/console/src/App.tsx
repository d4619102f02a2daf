import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AccountPage } from './pages/AccountPage';
import { ForumPage } from './pages/ForumPage';
import { HomePage } from './pages/HomePage';
import { NewForumPage } from './pages/NewForumPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { StaffLayout } from './pages/StaffLayout';

// The live console (with its consensus, survey and Berita Acara tabs) and the projector load on demand:
// the set-up pages do not need them, and the projector does not need the console.
const LiveConsolePage = lazy(() => import('./pages/LiveConsolePage').then((m) => ({ default: m.LiveConsolePage })));
const ProjectorPage = lazy(() => import('./pages/ProjectorPage').then((m) => ({ default: m.ProjectorPage })));

export function App() {
  return (
    <Routes>
      {/* Outside the staff layout: the projector has no login and no chrome. */}
      <Route path="projector/:id" element={<ProjectorPage />} />
      <Route element={<StaffLayout />}>
        <Route index element={<HomePage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="forums/new" element={<NewForumPage />} />
        <Route path="forums/:id" element={<ForumPage />} />
        <Route path="forums/:id/live" element={<LiveConsolePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
