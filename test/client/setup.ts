import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, vi } from 'vitest';
import { wipeDevice } from '../../src/db';
import { defaultLanguage, initI18n } from '../../src/i18n';

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
