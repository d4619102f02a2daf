import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupI18n } from './i18n/setup-i18n';
import { projectorAddress } from './lib/projector-address';
import { ProjectorPage } from './pages/ProjectorPage';
import './styles/app.css';
import './styles/projector.css';

// The projector's own entry: it only renders the forum, so it loads without the staff pages' router and routes
// (the api serves projector.html for /console/projector/…), which keeps it within 150 KB on a venue's Wi-Fi.
const root = document.getElementById('root');
if (!root) throw new Error('projector.html has no #root element');
const { forumId, projectorKey } = projectorAddress(location.pathname, location.search);

void setupI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      <ProjectorPage id={forumId} projectorKey={projectorKey} />
    </StrictMode>,
  ),
);
