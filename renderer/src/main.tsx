import '@fontsource/arimo/400.css';
import '@fontsource/arimo/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('Elemen #root tidak ditemukan');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
