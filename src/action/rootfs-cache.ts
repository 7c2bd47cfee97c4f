/** The chroot driver's rootfs cache on @actions/cache; none where the cache service is absent (local runs). */
import * as cache from '@actions/cache';
import type { RootfsCache } from '../drivers/chroot-rootfs';

export function actionsRootfsCache(): RootfsCache | undefined {
  if (!cache.isFeatureAvailable()) return undefined;
  return {
    async restore(file, key) {
      return (await cache.restoreCache([file], key)) === key;
    },
    async save(file, key) {
      await cache.saveCache([file], key);
    },
  };
}
