import {
  createCatalogSearch,
  type CatalogEntry,
  type CatalogSearch,
  type RankedEntry,
} from '../../../../../shared/citations';

export interface LocalCatalog {
  entries: CatalogEntry[];
  recentIds: string[];
}

export interface CaseSearchContext {
  urDecisionDate: string | null;
  bodyPartHint: string[];
}

export interface CitationCatalog {
  /** Loads the reviewer's own entries and recent picks once; searching before it resolves uses the built-in catalog. */
  ready(): Promise<void>;
  search(query: string, ctx: CaseSearchContext): RankedEntry[];
  recordPick(catalogId: string): void;
  addEntry(entry: CatalogEntry): void;
}

export interface CitationCatalogDeps {
  builtIn: () => CatalogEntry[];
  loadLocal: () => Promise<LocalCatalog>;
  savePick: (catalogId: string) => Promise<unknown>;
  limit?: number;
}

const MAX_RECENT = 50;

/** The whole catalog in memory in the renderer: built-in entries plus the reviewer's own, ranked by the shared search. */
export function createCitationCatalog(deps: CitationCatalogDeps): CitationCatalog {
  let builtIn: CatalogEntry[] | null = null;
  let local: CatalogEntry[] = [];
  let recentIds: string[] = [];
  let searcher: CatalogSearch | null = null;
  let loading: Promise<void> | null = null;

  const engine = () => {
    builtIn ??= deps.builtIn();
    searcher ??= createCatalogSearch([...builtIn, ...local]);
    return searcher;
  };

  return {
    ready() {
      loading ??= deps.loadLocal().then(
        (loaded) => {
          local = loaded.entries;
          recentIds = [...new Set([...recentIds, ...loaded.recentIds])].slice(0, MAX_RECENT);
          searcher = null;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    search(query, ctx) {
      return engine().search(query, {
        urDecisionDate: ctx.urDecisionDate,
        bodyPartHint: ctx.bodyPartHint,
        recentIds,
        limit: deps.limit ?? 20,
      });
    },
    recordPick(catalogId) {
      recentIds = [catalogId, ...recentIds.filter((id) => id !== catalogId)].slice(0, MAX_RECENT);
      // A lost pick only weakens the boost; it never blocks the reviewer.
      deps.savePick(catalogId).catch(() => {});
    },
    addEntry(entry) {
      local = [...local.filter((e) => e.id !== entry.id), entry];
      searcher = null;
    },
  };
}
