import '@talent/ui/styles.css';
import './employer.css';
import { AuthProvider, employerPortalMessages, I18nProvider, QueryProvider } from '@talent/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { router } from './router';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

createRoot(container).render(
  <StrictMode>
    <I18nProvider messages={employerPortalMessages}>
      <QueryProvider>
        <AuthProvider kind="employer">
          <RouterProvider router={router} />
        </AuthProvider>
      </QueryProvider>
    </I18nProvider>
  </StrictMode>,
);
