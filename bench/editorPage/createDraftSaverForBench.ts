import type { ItemChange } from '../../renderer/src/features/determination/ItemEditor';
import { createSaveQueue, type SaveQueue } from '../../renderer/src/features/determination/saveQueue';

/** The app's debounced autosave path, with the IPC call replaced by serialising the document. */
export function createDraftSaverForBench(): { queue: SaveQueue; onChange: (change: ItemChange) => void } {
  const queue = createSaveQueue(400);
  return {
    queue,
    onChange: (change) => queue.schedule('item', async () => JSON.stringify(change.readRationale?.())),
  };
}
