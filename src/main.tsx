import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/app.css';
import { App } from './app/app';
import { AppProviders, createQueryClient } from './app/providers';
// Last, so that at equal weight the print rules win over the screen styles.
import './app/print.css';

const root = document.getElementById('root');
if (!root) {
  throw new Error('index.html must contain <div id="root"></div> for the app to mount into');
}

const queryClient = createQueryClient();

createRoot(root).render(
  <StrictMode>
    <AppProviders client={queryClient}>
      <App />
    </AppProviders>
  </StrictMode>,
);
