// Obscura end-to-end tests: @playwright/test driving Debian's Chromium (never a downloaded one).
// The test command starts the server and passes its address in BASE_URL.
import { defineConfig } from '@playwright/test';

const baseURL = process.env.BASE_URL ?? 'http://127.0.0.1:3000';

// cluster.spec.ts starts its own processes and nginx (run by .ci/test with CLUSTER=1, alone).
const cluster = process.env.CLUSTER === '1';

export default defineConfig({
  testDir: './tests',
  testMatch: cluster ? /cluster\.spec\.ts$/ : /.*\.spec\.ts$/,
  testIgnore: cluster ? [] : [/cluster\.spec\.ts$/],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    { name: 'mobile', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, grep: /@mobile/ },
  ],
});
