import type { Page } from '@playwright/test';
import { type AckSign, watchAcknowledgement } from './inPage';

/**
 * Hears the app acknowledge an action, as early as possible. An in-page watcher (see watchAcknowledgement)
 * calls back into the test through a binding the moment the interface shows the action as saved; the test
 * may then kill Chromium from inside that callback, before anything else runs, so the acknowledgement and
 * the kill are a millisecond or two apart.
 */

const BINDING = '__spanlightCrashTestAcknowledged';
const TIMEOUT = 15_000;

interface Watch {
  /** Runs synchronously when the acknowledgement arrives: where a kill "at the acknowledgement" goes. */
  onAcknowledged?: () => void;
  resolve(): void;
  reject(error: Error): void;
}

export class AcknowledgementChannel {
  private readonly watches = new Map<number, Watch>();
  private nextToken = 1;

  private constructor(private readonly page: Page) {}

  /** Exposes the binding on `page` (once per page; it survives reloads). */
  static async attach(page: Page): Promise<AcknowledgementChannel> {
    const channel = new AcknowledgementChannel(page);
    await page.exposeBinding(BINDING, (_source, outcome: { token: number; error: string | null }) =>
      channel.heard(outcome),
    );
    return channel;
  }

  /**
   * Starts watching for `signs` (all of them) and returns a promise of the acknowledgement, which rejects
   * if the app reports an error instead or nothing comes within 15 s. Call before the trigger.
   */
  async watch(signs: AckSign[], onAcknowledged?: () => void): Promise<{ acknowledged: Promise<void> }> {
    const token = this.nextToken++;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const acknowledged = new Promise<void>((resolve, reject) => {
      this.watches.set(token, { onAcknowledged, resolve, reject });
      timer = setTimeout(() => {
        this.watches.delete(token);
        reject(
          new Error(`no acknowledgement within ${TIMEOUT / 1000} s (waited for ${JSON.stringify(signs)})`),
        );
      }, TIMEOUT);
    }).finally(() => clearTimeout(timer));
    // Rejections are the caller's business; a watch abandoned by a kill must not become unhandled.
    acknowledged.catch(() => {});
    await this.page.evaluate(watchAcknowledgement, { token, signs, binding: BINDING });
    return { acknowledged };
  }

  private heard({ token, error }: { token: number; error: string | null }): void {
    const watch = this.watches.get(token);
    if (!watch) return;
    this.watches.delete(token);
    if (error) {
      watch.reject(new Error(`the app reported: ${error}`));
      return;
    }
    watch.onAcknowledged?.();
    watch.resolve();
  }
}
