import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { detectPlatform } from './platform/platform';
import { AnnotationStore } from './storage/annotationStore';
import { snapshotBeforeUpgrade, upgradePending } from './storage/backupBeforeUpgrade';
import { App } from './ui/App';
import { rememberedProject } from './ui/projects/useProjects';
import { prefetchFirstPage } from './ui/useWorkspace';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const platform = detectPlatform();

/**
 * Shown while an older library is backed up, before the window (and its language preference) is there: in both
 * interface languages. Text only, from the code: nothing imported reaches it.
 */
function showUpgradeNotice(root: HTMLElement): void {
  const english = document.createElement('p');
  english.lang = 'en';
  english.textContent = 'Backing up the library before upgrading it for this version of Spanlight…';
  const arabic = document.createElement('p');
  arabic.lang = 'ar';
  arabic.dir = 'rtl';
  arabic.textContent = 'جارٍ أخذ نسخة احتياطية من المكتبة قبل ترقيتها لهذا الإصدار من Spanlight…';
  const notice = document.createElement('div');
  notice.setAttribute('role', 'status');
  notice.className = 'upgrade-notice';
  notice.append(english, arabic);
  root.replaceChildren(notice);
}

async function start(root: HTMLElement) {
  // One look at the library's version at start: the snapshot below (which reads the whole library) only when
  // this version is about to upgrade it.
  const upgrading = await upgradePending().catch(() => false);
  if (upgrading) {
    showUpgradeNotice(root);
    // A library written by an older Spanlight is backed up as it is before this version upgrades it (where
    // there are backups: not in browser mode, where reading the whole library would only be thrown away).
    try {
      const snapshot = platform.backups ? await snapshotBeforeUpgrade() : null;
      if (snapshot && platform.backups)
        await platform.backups.write('before-upgrade', snapshot.content, snapshot.counts);
    } catch {
      // The upgrade itself is all or nothing; a failed snapshot must not keep the researcher out.
    }
  }
  root.replaceChildren();
  const store = new AnnotationStore();
  // The library is opened and its first rows read while React renders the window for the first time (the
  // project as useProjects will choose it).
  store.projectId = rememberedProject();
  prefetchFirstPage(store);
  createRoot(root).render(
    <StrictMode>
      <App store={store} platform={platform} upgrading={upgrading} />
    </StrictMode>,
  );
}

void start(container);
