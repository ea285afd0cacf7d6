import type { BlobStorage } from './blobStorage';

/**
 * Writes go to the primary driver; reads try the primary, then the fallbacks (content not yet migrated), then the
 * primary once more: a migration may copy a blob to the primary and delete it from the fallback between the first
 * two looks.
 */
export function createStorageChain(primary: BlobStorage, fallbacks: readonly BlobStorage[]): BlobStorage {
  if (fallbacks.length === 0) return primary;
  const order = [primary, ...fallbacks, primary];
  const locate = async (sha256: string) => {
    for (const driver of order) {
      const info = await driver.stat(sha256);
      if (info) return { driver, info };
    }
    return null;
  };
  return {
    name: [primary, ...fallbacks].map((d) => d.name).join('+'),
    put: (bytes) => primary.put(bytes),
    stat: async (sha256) => (await locate(sha256))?.info ?? null,
    async *read(sha256, range) {
      const found = await locate(sha256);
      yield* (found?.driver ?? primary).read(sha256, range);
    },
    list: (after, limit) => primary.list(after, limit),
    async delete(sha256) {
      for (const driver of [primary, ...fallbacks]) await driver.delete(sha256);
    },
  };
}
