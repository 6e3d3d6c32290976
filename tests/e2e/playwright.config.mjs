// End-to-end tests against the release build in `dist/`, in Debian's Chromium (Playwright
// never downloads a browser here). Run through the README's test command.
import { defineConfig } from '@playwright/test';

export const PORT = 8091;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // Every test runs under the strict Content-Security-Policy the app is deployed with.
    command: `node serve.mjs --port ${PORT} --csp`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
