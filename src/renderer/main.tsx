import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { detectPlatform } from './platform/platform';
import { AnnotationStore } from './storage/annotationStore';
import { snapshotBeforeUpgrade } from './storage/backupBeforeUpgrade';
import { App } from './ui/App';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const platform = detectPlatform();

async function start(root: HTMLElement) {
  // A library written by an older Spanlight is backed up as it is before this version upgrades it.
  try {
    const snapshot = await snapshotBeforeUpgrade();
    if (snapshot && platform.backups)
      await platform.backups.write('before-upgrade', snapshot.content, snapshot.counts);
  } catch {
    // The upgrade itself is all or nothing; a failed snapshot must not keep the researcher out.
  }
  createRoot(root).render(
    <StrictMode>
      <App store={new AnnotationStore()} platform={platform} />
    </StrictMode>,
  );
}

void start(container);
