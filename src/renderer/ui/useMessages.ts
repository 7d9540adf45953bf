import type { TFunction } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { translateError } from '../i18n/storageErrors';

export type Message = { kind: 'status' | 'error'; text: string };
export type Say = (kind: Message['kind'], text: string) => void;

/**
 * The app's one message line: confirmations (role status) fade after a while; errors (role alert) stay until
 * the next message so they cannot be missed. A reported error is said in the interface language where storage
 * (or core) is known to write it (i18n/storageErrors.ts), as it is otherwise.
 */
export function useMessages(t: TFunction) {
  const [message, setMessage] = useState<Message | null>(null);

  useEffect(() => {
    if (message?.kind !== 'status') return;
    const timer = setTimeout(() => setMessage((current) => (current === message ? null : current)), 6000);
    return () => clearTimeout(timer);
  }, [message]);

  const say: Say = useCallback((kind, text) => setMessage({ kind, text }), []);
  const report = useCallback(
    (error: unknown) => setMessage({ kind: 'error', text: translateError(t, error) }),
    [t],
  );

  return { message, say, report };
}
