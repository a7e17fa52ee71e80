// Browser end-to-end tests: Playwright driving Debian's chromium (no browser downloads here) against
// a real gateway serving the built app. gateway-service's StaffWebAppBrowserIT starts that gateway
// and runs `npx playwright test` with the variables below; see web/README.md to run it by hand.
import { defineConfig } from '@playwright/test';

const env = (name: string, fallback?: string): string => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`${name} is not set (the gateway's StaffWebAppBrowserIT sets it)`);
  return value;
};

export default defineConfig({
  testDir: 'e2e',
  // Screenshots, traces and the page's console of a failing test land here (target/, not the source tree).
  outputDir: env('RENOS_E2E_OUTPUT', 'target/e2e-results'),
  // One browser at a time: the build machines are small and shared.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  // Generous: 2 shared cores, a cold gateway and chromium's first start.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: env('RENOS_E2E_BASE_URL', 'http://127.0.0.1:8080'),
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    screenshot: 'only-on-failure',
    // Recording a trace costs a slow machine dearly; RENOS_E2E_TRACE=true keeps one of each failing test.
    trace: process.env.RENOS_E2E_TRACE === 'true' ? 'retain-on-failure' : 'off',
    launchOptions: {
      executablePath: env('RENOS_CHROMIUM', '/usr/bin/chromium'),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
  },
});
