import '@talent/ui/styles.css';
import './applicant.css';
import { AuthProvider, applicantPortalMessages, I18nProvider, QueryProvider } from '@talent/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { router } from './router';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

createRoot(container).render(
  <StrictMode>
    <I18nProvider messages={applicantPortalMessages}>
      <QueryProvider>
        <AuthProvider kind="applicant">
          <RouterProvider router={router} />
        </AuthProvider>
      </QueryProvider>
    </I18nProvider>
  </StrictMode>,
);
