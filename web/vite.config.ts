/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dev server proxies the gateway's paths, so the app runs on the same origin as /api just as it
// does when the gateway serves it (session cookie and CSRF need no CORS). RENOS_GATEWAY_URL moves it.
const gateway = process.env.RENOS_GATEWAY_URL ?? 'http://127.0.0.1:8080';
const proxied = ['/api', '/v3/api-docs', '/oauth2', '/login/oauth2', '/actuator'];

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: gateway, changeOrigin: false }])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The bundle budget check (scripts/check-bundle-size.mjs) reads which chunks a first load needs.
    manifest: true,
    sourcemap: false,
    target: 'es2022',
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    // Generous margins: the build machines are shared and slow (2 cores, many builds at once).
    testTimeout: 30_000,
  },
});
