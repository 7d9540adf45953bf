import { useEffect } from 'react';
import type { ArticleDomMap } from './articleDomMap';
import { layOutProgressively } from './progressiveLayout';

/** Lays the article out for good once it is on screen, a few paragraphs per idle period (renders nothing). */
export function ProgressiveLayoutPlugin({ map }: { map: ArticleDomMap | null }): null {
  useEffect(() => {
    if (!map) return;
    let stop = () => {};
    // Two frames: the article and its first highlights are painted before any of this work starts.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        stop = layOutProgressively(map.root);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      stop();
    };
  }, [map]);
  return null;
}
