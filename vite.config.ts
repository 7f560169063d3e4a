import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const themeColor = '#0b5c57';

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      strategies: 'generateSW',
      // Updates are offered, never forced (DESIGN §6 "Service worker"); the app registers the
      // worker itself through virtual:pwa-register/react, so no inline script is injected
      // (the server's CSP allows only 'self' scripts).
      registerType: 'prompt',
      injectRegister: false,
      includeManifestIcons: false, // the glob below already precaches public/
      manifest: {
        id: '/',
        name: 'Parcours',
        short_name: 'Parcours',
        description:
          'Le parcours d’intégration des travailleurs sociaux nouvellement recrutés, disponible même sans réseau.',
        lang: 'fr',
        dir: 'ltr',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        theme_color: themeColor,
        background_color: '#f6f7f4',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-192.png',
            sizes: '192x192',
            type: 'image/png',
            purpose: 'maskable',
          },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The app shell and every locale chunk, so that an offline start works in any language.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        // Push notifications (issue 17): shown for every push, opening the screen they name.
        // The welcome content's files kept offline (issue 18), range requests included; the
        // denylist above keeps /api/files/ out of the navigation fallback, and the glob no
        // media in the precache (they are kept on demand, src/db/offline-files.ts).
        importScripts: ['/push-sw.js', '/files-sw.js'],
        // No runtimeCaching: nothing from /api is cached on the way, only the files a person
        // chose to keep on her device.
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    rolldownOptions: {
      output: {
        // Locale chunks named after their language, so bundle reports read at a glance.
        chunkFileNames(chunk) {
          const locale = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(chunk.facadeModuleId ?? '');
          return locale
            ? `assets/locale-${locale[1]}-${locale[2]}-[hash].js`
            : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
