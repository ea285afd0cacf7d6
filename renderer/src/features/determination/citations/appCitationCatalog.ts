import { loadCatalog } from '../../../../../shared/citations';
import { call } from '../../../api';
import { createCitationCatalog } from './createCitationCatalog';

/** One catalog per window, loaded on first use and shared by every rationale editor. */
export const appCitationCatalog = createCitationCatalog({
  builtIn: loadCatalog,
  loadLocal: () => call('catalog.local', {}),
  savePick: (catalogId) => call('catalog.recordPick', { catalogId }),
});
