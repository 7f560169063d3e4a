import { defineConfig, devices } from '@playwright/test';
import { deploymentAdmin } from './e2e/demo-accounts';

// The e2e suite drives Debian's Chromium (never a downloaded browser) against the built app
// served by the real server on an in-memory embedded database.
const port = Number(process.env.E2E_PORT ?? 8181);
// A second server for the first day of a real deployment (issue 14): no demo, an empty
// database on disk where `admin:create` made the only account before the server started.
const deploymentPort = port + 100;
const deploymentDir = `/tmp/parcours-e2e-deployment-${deploymentPort}`;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Another build directory lets a second checkout's build be tested beside a running one.
const staticDir = process.env.E2E_STATIC_DIR ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    locale: 'fr-FR',
    launchOptions: {
      executablePath: chromium,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    {
      name: 'phone',
      testIgnore: /first-day\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 360, height: 640 } },
    },
    {
      name: 'deployment',
      testMatch: /first-day\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        baseURL: `http://localhost:${deploymentPort}`,
      },
    },
  ],
  webServer: [
    {
      command: 'node --import tsx src/server/main.ts',
      url: `http://localhost:${port}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: {
        PORT: String(port),
        PARCOURS_DATA_DIR: 'memory://',
        PARCOURS_STATIC_DIR: staticDir,
        LOG_LEVEL: 'warn',
      },
    },
    {
      command:
        `rm -rf ${deploymentDir} && printf '%s\\n' '${deploymentAdmin.password}' | ` +
        `node --import tsx src/server/admin-create.ts --email ${deploymentAdmin.email} ` +
        `--name '${deploymentAdmin.name}' && node --import tsx src/server/main.ts`,
      url: `http://localhost:${deploymentPort}/api/health`,
      reuseExistingServer: false,
      timeout: 90_000,
      env: {
        PORT: String(deploymentPort),
        PARCOURS_DATA_DIR: deploymentDir,
        PARCOURS_DEMO: '0',
        PARCOURS_STATIC_DIR: staticDir,
        LOG_LEVEL: 'warn',
      },
    },
  ],
});
