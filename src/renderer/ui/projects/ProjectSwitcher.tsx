import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../core/projects/project';
import { useModalDialog } from '../useModalDialog';

interface Props {
  projects: readonly Project[];
  currentId: string;
  nameOf(project: Project): string;
  onSwitch(id: string): void;
  onCreate(name: string): void;
  onRename(name: string): void;
  onDelete(): void;
  onLabels(): void;
}

/** The library's project bar: which project the window works in, and its actions. */
export function ProjectSwitcher({
  projects,
  currentId,
  nameOf,
  onSwitch,
  onCreate,
  onRename,
  onDelete,
  onLabels,
}: Props) {
  const { t } = useTranslation();
  const [naming, setNaming] = useState<'new' | 'rename' | null>(null);
  const current = projects.find((project) => project.id === currentId);
  return (
    <section className="project-bar" aria-label={t('projects.region')}>
      <label className="project-choice">
        {t('projects.project')}
        <select value={currentId} onChange={(event) => onSwitch(event.target.value)}>
          {projects.map((project) => (
            <option key={project.id} value={project.id}>
              {nameOf(project)}
            </option>
          ))}
        </select>
      </label>
      <div className="project-actions">
        <button type="button" onClick={() => setNaming('new')}>
          {t('projects.newProject')}
        </button>
        <button type="button" onClick={onLabels}>
          {t('projects.labels')}
        </button>
        <button type="button" onClick={() => setNaming('rename')} disabled={!current}>
          {t('projects.rename')}
        </button>
        <button type="button" className="danger" onClick={onDelete} disabled={projects.length <= 1}>
          {t('projects.delete')}
        </button>
      </div>
      <ProjectNameDialog
        mode={naming}
        initial={naming === 'rename' && current ? nameOf(current) : ''}
        onSubmit={(name) => {
          if (naming === 'new') onCreate(name);
          else onRename(name);
          setNaming(null);
        }}
        onClose={() => setNaming(null)}
      />
    </section>
  );
}

/** "New project" / "Rename project": one name field. */
function ProjectNameDialog({
  mode,
  initial,
  onSubmit,
  onClose,
}: {
  mode: 'new' | 'rename' | null;
  initial: string;
  onSubmit(name: string): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const dialog = useModalDialog(mode !== null, () => {
    setName(initial);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) onSubmit(name);
  };
  return (
    <dialog ref={dialog} aria-labelledby="project-name-heading" className="dialog" onClose={onClose}>
      {mode !== null && (
        <form onSubmit={submit} className="dialog-form">
          <h2 id="project-name-heading">
            {t(mode === 'rename' ? 'projects.renameHeading' : 'projects.newHeading')}
          </h2>
          <label>
            {t('projects.name')}
            <input value={name} onChange={(event) => setName(event.target.value)} dir="auto" required />
          </label>
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('projects.cancel')}
            </button>
            <button type="submit" disabled={!name.trim()}>
              {t(mode === 'rename' ? 'projects.save' : 'projects.create')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
