import { Route, Routes } from 'react-router';
import { ForumPage } from './pages/ForumPage';
import { HomePage } from './pages/HomePage';
import { LiveConsolePage } from './pages/LiveConsolePage';
import { NewForumPage } from './pages/NewForumPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ProjectorPage } from './pages/ProjectorPage';
import { StaffLayout } from './pages/StaffLayout';

export function App() {
  return (
    <Routes>
      {/* Outside the staff layout: the projector has no login and no chrome. */}
      <Route path="projector/:id" element={<ProjectorPage />} />
      <Route element={<StaffLayout />}>
        <Route index element={<HomePage />} />
        <Route path="forums/new" element={<NewForumPage />} />
        <Route path="forums/:id" element={<ForumPage />} />
        <Route path="forums/:id/live" element={<LiveConsolePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
