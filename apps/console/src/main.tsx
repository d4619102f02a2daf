import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { setupI18n } from './i18n/setup-i18n';
import './styles/app.css';
import './styles/projector.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void setupI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      <Suspense fallback={null}>
        <BrowserRouter basename="/console">
          <App />
        </BrowserRouter>
      </Suspense>
    </StrictMode>,
  ),
);
