import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, vi } from 'vitest';
import { wipeDevice } from '../../src/db';
import { defaultLanguage, initI18n } from '../../src/i18n';

// CI runs these beside the e2e suite on two cores: a screen may take longer than
// Testing Library's default second to show what a test waits for.
configure({ asyncUtilTimeout: 5000 });

beforeAll(async () => {
  await initI18n();
});

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  localStorage.clear();
  await i18next.changeLanguage(defaultLanguage);
  await wipeDevice();
});
