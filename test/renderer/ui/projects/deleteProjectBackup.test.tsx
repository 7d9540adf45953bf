/**
 * Deleting a project takes a backup first, under its own reason ("before deleting a project"), written to the
 * browser's backups (the origin-private file system) and named so in the Backups dialog, in both languages.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { createInterfaceI18n } from '../../../../src/renderer/i18n/i18n';
import { type BackupTarget, browserBackups } from '../../../../src/renderer/platform/backupTarget';
import { AnnotationStore } from '../../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../../src/renderer/storage/database';
import { App } from '../../../../src/renderer/ui/App';
import type { BackupReason } from '../../../../src/shared/ipc';
import { browserPlatform } from '../../support/browserPlatform';
import { type Rendered, render } from '../../support/render';

let mounted: Rendered | null = null;
let db: SpanlightDatabase;
let store: AnnotationStore;

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem('spanlight.sampleSeeded', '1');
  db = new SpanlightDatabase(`delete-project-${crypto.randomUUID()}`);
  store = new AnnotationStore(db);
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
  await db.delete();
});

/** The real OPFS backups, recording the reason of each write. */
function recordingBackups(reasons: BackupReason[]): BackupTarget {
  const target = browserBackups();
  if (!target) throw new Error('This browser has no origin-private file system');
  return {
    ...target,
    write: (reason, content, counts) => {
      reasons.push(reason);
      return target.write(reason, content, counts);
    },
  };
}

describe('Deleting a project', () => {
  it('backs the library up "before deleting a project", and the Backups dialog says so', async () => {
    const reasons: BackupReason[] = [];
    const platform = browserPlatform({ backups: recordingBackups(reasons) });
    // An empty library is never backed up.
    await store.createDocument({ title: 'Kept', text: 'قالت قسد' });
    mounted = await render(<App store={store} platform={platform} />, 1300);
    await page.getByRole('button', { name: 'New project…' }).click();
    const naming = page.getByRole('dialog', { name: 'New project' });
    await naming.getByRole('textbox', { name: 'Project name' }).fill('Vehicles');
    await naming.getByRole('button', { name: 'Create project' }).click();
    await expect.element(page.getByRole('combobox', { name: 'Project' })).toHaveDisplayValue('Vehicles');

    await page.getByRole('button', { name: 'Delete project…' }).click();
    await page.getByRole('button', { name: 'Delete project', exact: true }).click();
    await expect.element(page.getByText('Project “Vehicles” deleted.')).toBeInTheDocument();
    expect(reasons).toContain('before-delete-project');
    expect(reasons).not.toContain('before-import');

    const backups = platform.backups;
    if (!backups) throw new Error('the platform has backups');
    const [newest] = await backups.list();
    expect(newest?.reason).toBe('before-delete-project');
    expect(newest?.name).toMatch(/-before-delete-project\.json$/);

    await page.getByRole('button', { name: 'Backups…' }).click();
    const list = page.getByRole('list', { name: 'Backups' });
    await expect.element(list.getByRole('listitem').first()).toHaveTextContent(/before deleting a project/);
  });

  it('names the reason in Arabic too', () => {
    expect(createInterfaceI18n('ar').t('backups.before-delete-project')).toBe('قبل حذف مشروع');
    expect(createInterfaceI18n('en').t('backups.before-delete-project')).toBe('before deleting a project');
  });
});
