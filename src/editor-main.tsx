import './app/app.css';
import './editor/editor.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isLanguage } from './i18n/languages';
import { EditorApp } from './editor/editor-app';
import { browserStorage, loadCopy } from './editor/working-copy/storage';
import { wasOpenInThisTab } from './editor/working-copy/tab-session';

const root = document.getElementById('root');
if (!root) {
  throw new Error('editor.html must contain <div id="root"></div> for the editor to mount into');
}

const storage = browserStorage();
const language = new URL(window.location.href).searchParams.get('lang');
createRoot(root).render(
  <StrictMode>
    <EditorApp
      storage={storage}
      restored={wasOpenInThisTab() ? loadCopy(storage) : null}
      initialLanguage={isLanguage(language) ? language : 'pl'}
    />
  </StrictMode>,
);
