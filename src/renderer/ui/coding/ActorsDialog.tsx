import type { TFunction } from 'i18next';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_TYPES, type Actor, type ActorType } from '../../../core/coding/actor';
import type { ActorDraft } from '../../storage/codingStore';
import { ConfirmDialog } from '../ConfirmDialog';
import './coding.css';
import { useModalDialog } from '../useModalDialog';

interface Props {
  open: boolean;
  actors: readonly Actor[];
  /** null creates a new actor. Resolves true once saved. */
  onSave(actorId: string | null, draft: ActorDraft): Promise<boolean>;
  onDelete(actor: Actor): Promise<boolean>;
  /** How many annotations deleting the actor would unlink (asked before confirming). */
  countLinked(actorId: string): Promise<number>;
  /** "Find annotations": every annotation linked to the actor, across the library. */
  onFindAnnotations?(actor: Actor): void;
  onClose(): void;
}

/** Aliases as typed in one field: separated by commas (Latin or Arabic ،), semicolons or line breaks. */
export function splitAliases(typed: string): string[] {
  return typed
    .split(/[,،;؛\n]/)
    .map((alias) => alias.trim())
    .filter(Boolean);
}

const typeName = (t: TFunction, type: ActorType | undefined) => (type ? t(`actorTypes.${type}`) : '—');

interface Editing {
  id: string | null;
  name: string;
  aliases: string;
  type: ActorType | '';
}
const EMPTY: Editing = { id: null, name: '', aliases: '', type: '' };

/** "Actors…": the registry (name, aliases, ACLED type) with add, edit and delete (confirmed, unlinking). */
export function ActorsDialog({
  open,
  actors,
  onSave,
  onDelete,
  countLinked,
  onFindAnnotations,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const nameInput = useRef<HTMLInputElement>(null);
  const [editing, setEditing] = useState<Editing>(EMPTY);
  const [pendingDelete, setPendingDelete] = useState<{ actor: Actor; linked: number } | null>(null);

  const dialog = useModalDialog(open, () => {
    setEditing(EMPTY);
  });

  const edit = (actor: Actor) => {
    setEditing({ id: actor.id, name: actor.name, aliases: actor.aliases.join(', '), type: actor.type ?? '' });
    nameInput.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await onSave(editing.id, {
      name: editing.name,
      aliases: splitAliases(editing.aliases),
      type: editing.type || undefined,
    });
    if (saved) setEditing(EMPTY);
  };

  const askDelete = async (actor: Actor) => {
    setPendingDelete({ actor, linked: await countLinked(actor.id) });
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="actors-heading"
      className="dialog actors-dialog"
      // React passes the confirmation's close event up its tree: only this dialog's own closing closes it.
      onClose={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      {open && (
        <>
          <h2 id="actors-heading">{t('actorsDialog.heading')}</h2>
          {actors.length === 0 ? (
            <p className="hint">{t('actorsDialog.noneYet')}</p>
          ) : (
            <div className="actors-table-frame">
              <table className="actors-table" aria-label={t('actorsDialog.registry')}>
                <thead>
                  <tr>
                    <th scope="col">{t('actorsDialog.name')}</th>
                    <th scope="col">{t('actorsDialog.aliases')}</th>
                    <th scope="col">{t('actorsDialog.type')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('actorsDialog.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {actors.map((actor) => (
                    <tr key={actor.id}>
                      <th scope="row">
                        <bdi>{actor.name}</bdi>
                      </th>
                      <td>
                        {actor.aliases.map((alias, index) => (
                          <span key={alias}>
                            {index > 0 ? t('coding.aliasSeparator') : ''}
                            <bdi>{alias}</bdi>
                          </span>
                        ))}
                      </td>
                      <td>{typeName(t, actor.type)}</td>
                      <td className="row-actions">
                        <button
                          type="button"
                          onClick={() => edit(actor)}
                          aria-label={t('actorsDialog.editActor', { name: actor.name })}
                        >
                          {t('actorsDialog.edit')}
                        </button>
                        {onFindAnnotations && (
                          <button
                            type="button"
                            onClick={() => onFindAnnotations(actor)}
                            aria-label={t('linkedAnnotations.findForActor', { name: actor.name })}
                          >
                            {t('linkedAnnotations.find')}
                          </button>
                        )}
                        <button
                          type="button"
                          className="danger"
                          onClick={() => void askDelete(actor)}
                          aria-label={t('actorsDialog.deleteActor', { name: actor.name })}
                        >
                          {t('actorsDialog.delete')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <form className="dialog-form actor-form" onSubmit={submit} aria-labelledby="actor-form-heading">
            <h3 id="actor-form-heading">
              {editing.id
                ? t('actorsDialog.editHeading', { name: editing.name || t('actorsDialog.thisActor') })
                : t('actorsDialog.addHeading')}
            </h3>
            <label>
              {t('actorsDialog.name')}
              <input
                ref={nameInput}
                value={editing.name}
                dir="auto"
                required
                onChange={(event) => setEditing({ ...editing, name: event.target.value })}
              />
            </label>
            <label>
              {t('actorsDialog.aliasesField')}
              <input
                value={editing.aliases}
                dir="auto"
                onChange={(event) => setEditing({ ...editing, aliases: event.target.value })}
              />
            </label>
            <label>
              {t('actorsDialog.type')}
              <select
                value={editing.type}
                onChange={(event) => setEditing({ ...editing, type: event.target.value as ActorType | '' })}
              >
                <option value="">{t('actorsDialog.notSet')}</option>
                {ACTOR_TYPES.map((type) => (
                  <option key={type.key} value={type.key}>
                    {type.inter}. {t(`actorTypes.${type.key}`)}
                  </option>
                ))}
              </select>
            </label>
            <div className="dialog-actions">
              {editing.id && (
                <button type="button" onClick={() => setEditing(EMPTY)}>
                  {t('actorsDialog.cancelEditing')}
                </button>
              )}
              <button type="submit">
                {editing.id ? t('actorsDialog.saveActor') : t('actorsDialog.addActor')}
              </button>
              <button type="button" onClick={onClose}>
                {t('actorsDialog.close')}
              </button>
            </div>
          </form>
          <ConfirmDialog
            message={
              pendingDelete
                ? t('actorsDialog.confirmDelete', {
                    name: pendingDelete.actor.name,
                    count: pendingDelete.linked,
                  })
                : null
            }
            confirmLabel={t('actorsDialog.confirm')}
            onConfirm={() => {
              const target = pendingDelete?.actor;
              setPendingDelete(null);
              if (target) void onDelete(target);
            }}
            onCancel={() => setPendingDelete(null)}
          />
        </>
      )}
    </dialog>
  );
}
