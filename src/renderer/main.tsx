import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { detectPlatform } from './platform/platform';
import { AnnotationStore } from './storage/annotationStore';
import { App } from './ui/App';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <App store={new AnnotationStore()} platform={detectPlatform()} />
  </StrictMode>,
);
