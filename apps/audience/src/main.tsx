import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initLanguage } from './i18n/language';
import { matchRoute } from './lib/routes';
import { hasAnyAttendeeToken } from './lib/token-storage';
import { prefetchLiveForum } from './pages/live-forum-loader';
import './styles.css';

// A phone that registered before goes straight to the live forum: its code is fetched alongside the forum's details.
if (matchRoute(location.pathname).name === 'join' && hasAnyAttendeeToken()) prefetchLiveForum();

void initLanguage().then(() => {
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }
});
