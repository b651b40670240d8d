import {
  memo,
  useCallback,
  useDeferredValue,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { AnatomyIndex } from '../state/anatomy-index';
import { useViewerStore } from '../state/use-viewer-store';
import { buildSearchEntries } from './build-search-entries';
import { createMuscleSearch } from './create-muscle-search';
import type { SearchEntry } from './search-entry';

export interface MuscleBrowserProps {
  /** The catalog to browse. */
  anatomy: AnatomyIndex;
}

const kindLabel: Record<SearchEntry['kind'], string> = {
  muscle: 'Muscle',
  group: 'Group',
  region: 'Region',
};

/** Moves focus between the list's buttons with the arrow keys (and back up to the search box). */
const onListKey = (event: KeyboardEvent<HTMLElement>, input: HTMLInputElement | null) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const buttons = Array.from(
    event.currentTarget.querySelectorAll<HTMLButtonElement>('button.browser-item'),
  );
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
  event.preventDefault();
  if (next < 0) input?.focus();
  else buttons[Math.min(next, buttons.length - 1)]?.focus();
};

interface BrowserItemProps {
  entry: SearchEntry;
  showKind: boolean;
  onChoose: (entry: SearchEntry, add: boolean) => void;
}

/**
 * One entry. It reads only whether its own muscles are all selected, so a selection re-renders
 * the entries whose state changed, not the whole catalog.
 */
const BrowserItem = memo(function BrowserItem({ entry, showKind, onChoose }: BrowserItemProps) {
  const selected = useViewerStore(
    (s) =>
      entry.muscleIds.length > 0 &&
      entry.muscleIds.every((id) => s.scene.selection[id] !== undefined),
  );
  return (
    <li>
      <button
        type="button"
        className="browser-item"
        aria-pressed={entry.kind === 'muscle' ? selected : undefined}
        onClick={(event) => onChoose(entry, event.shiftKey)}
      >
        <span className="browser-item__name">{entry.name}</span>
        <span className="browser-item__meta">
          {showKind && <span className={`tag tag--${entry.kind}`}>{kindLabel[entry.kind]}</span>}
          {entry.kind === 'muscle' && showKind && (
            <span className="browser-item__region">{entry.region}</span>
          )}
          {!entry.hasMesh && <span className="tag tag--missing">not in 3D model</span>}
        </span>
      </button>
    </li>
  );
});

/**
 * The muscle browser: fuzzy search by name, synonym, nickname, group and region; without a
 * query, the catalog by region. Choosing an entry selects it and turns the camera to it;
 * Shift adds to the selection.
 */
export function MuscleBrowser({ anatomy }: MuscleBrowserProps) {
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const input = useRef<HTMLInputElement>(null);
  const entries = useMemo(() => buildSearchEntries(anatomy), [anatomy]);
  const search = useMemo(() => createMuscleSearch(entries), [entries]);
  const results = useMemo(() => search(deferredQuery), [search, deferredQuery]);
  const byRegion = useMemo(
    () =>
      anatomy.catalog.regions.map((region) => ({
        region,
        muscles: entries.filter(
          (e) => e.kind === 'muscle' && anatomy.muscles.get(e.id)?.region === region.id,
        ),
      })),
    [anatomy, entries],
  );

  const choose = useCallback(
    (entry: SearchEntry, add: boolean) => {
      const store = useViewerStore.getState();
      const shown = entry.muscleIds.filter((id) => anatomy.muscles.get(id)?.hasMesh);
      if (shown.length > 0) {
        store.select(shown, { mode: add ? 'add' : 'replace' });
        store.focusOn(shown);
      }
      store.inspect(entry.kind === 'region' ? (shown[0] ?? null) : entry.id);
    },
    [anatomy],
  );

  const item = (entry: SearchEntry, showKind: boolean) => (
    <BrowserItem
      key={`${entry.kind}-${entry.id}`}
      entry={entry}
      showKind={showKind}
      onChoose={choose}
    />
  );

  return (
    <section className="browser" aria-label="Muscle browser">
      <div className="browser__search">
        <label htmlFor="browser-search" className="visually-hidden">
          Search muscles
        </label>
        <input
          id="browser-search"
          ref={input}
          type="search"
          className="input"
          placeholder="Search muscles, groups, regions…"
          value={query}
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              event.currentTarget
                .closest('.browser')
                ?.querySelector<HTMLButtonElement>('button.browser-item')
                ?.focus();
            } else if (event.key === 'Enter') {
              // The list may still show the previous query (it renders deferred): search afresh.
              const best = search(event.currentTarget.value)[0];
              if (best) choose(best, event.shiftKey);
            }
          }}
        />
      </div>
      <div className="browser__results" onKeyDown={(event) => onListKey(event, input.current)}>
        {deferredQuery.trim() !== '' ? (
          results.length > 0 ? (
            <ul className="browser__list" aria-label={`${results.length} results`}>
              {results.map((entry) => item(entry, true))}
            </ul>
          ) : (
            <p className="browser__empty">No muscle matches “{deferredQuery}”.</p>
          )
        ) : (
          byRegion.map(({ region, muscles }) =>
            muscles.length === 0 ? null : (
              <details key={region.id} className="browser__region">
                <summary>
                  {region.name} <span className="browser__count">{muscles.length}</span>
                </summary>
                <ul className="browser__list">{muscles.map((entry) => item(entry, false))}</ul>
              </details>
            ),
          )
        )}
      </div>
    </section>
  );
}
