// End-to-end tests against the release build in `dist/`, in Debian's Chromium (Playwright
// never downloads a browser here). Run through the README's test command.
import { defineConfig } from '@playwright/test';

export const PORT = 8091;

/** How the tests launch Debian's Chromium: as root, with no network beyond this machine. */
export const LAUNCH = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // Playwright's own list of features it turns off, but for ThirdPartyStoragePartitioning:
    // browsers give an embedded explorer storage of its own (partitioned by the embedding
    // site), and the tests must see what readers' browsers do.
    '--disable-features=AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,LensOverlay,MediaRouter,PaintHolding,AvoidCorsURLLoaderRestartOnRedirect,OptimizationHints,NetworkTimeServiceQuerying,AimEnabled,PreconnectToSearch',
  ],
};

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
    launchOptions: LAUNCH,
  },
  webServer: {
    // Every test runs under the strict Content-Security-Policy the app is deployed with.
    command: `node serve.mjs --port ${PORT} --csp`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
