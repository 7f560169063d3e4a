// Stands in for vite-plugin-pwa's `virtual:pwa-register/react`, which only Vite builds have.
// Tests that exercise the update prompt replace it with vi.mock.
import { useState } from 'react';

export function useRegisterSW() {
  return {
    needRefresh: useState(false),
    offlineReady: useState(false),
    updateServiceWorker: () => Promise.resolve(),
  };
}
