import { useCallback, useEffect, useState } from 'react';

export type Message = { kind: 'status' | 'error'; text: string };
export type Say = (kind: Message['kind'], text: string) => void;

/**
 * The app's one message line: confirmations (role status) fade after a while; errors (role alert) stay until
 * the next message so they cannot be missed.
 */
export function useMessages() {
  const [message, setMessage] = useState<Message | null>(null);

  useEffect(() => {
    if (message?.kind !== 'status') return;
    const timer = setTimeout(() => setMessage((current) => (current === message ? null : current)), 6000);
    return () => clearTimeout(timer);
  }, [message]);

  const say: Say = useCallback((kind, text) => setMessage({ kind, text }), []);
  const report = useCallback((error: unknown) => {
    setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
  }, []);

  return { message, say, report };
}
