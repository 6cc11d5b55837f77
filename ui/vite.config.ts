/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vite'

// Tauri loads the dev server at a fixed port and builds from ui/dist.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
    // The Fluent files live in ../locales and are bundled at build time.
    fs: { allow: ['.', '../locales'] },
    watch: { ignored: ['**/src-tauri/**', '**/target/**'] },
  },
  // Client (browser) builds of Svelte for the rune modules under test.
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
})
