import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startApp } from './app/start-app';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const { controller } = await startApp();
createRoot(root).render(
  <StrictMode>
    <App controller={controller} />
  </StrictMode>,
);
