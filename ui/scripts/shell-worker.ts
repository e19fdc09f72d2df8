import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Emits sw.js: it precaches the app shell (index.html and the entry's JS and CSS) under a cache
 * named after the build, and never touches /api or /health answers.
 */
export function shellWorker(): Plugin {
  return {
    name: 'sahakum-shell-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const shell = ['/', '/icon.svg'];
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.isEntry) {
          shell.push('/' + file.fileName);
          for (const css of file.viteMetadata?.importedCss ?? []) shell.push('/' + css);
        }
      }
      const version = createHash('sha256').update(Object.keys(bundle).sort().join('\n')).digest('hex').slice(0, 12);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: workerSource(version, shell) });
    },
  };
}

function workerSource(version: string, shell: string[]): string {
  return `// generated at build time by scripts/shell-worker.ts
const CACHE = 'shell-${version}';
const SHELL = ${JSON.stringify(shell)};
const isPrivate = (url) => url.pathname.startsWith('/api/') || url.pathname.startsWith('/health');

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || isPrivate(url)) return;
  if (request.mode === 'navigate') {
    // the page itself: fresh when online, the cached shell when not
    event.respondWith(fetch(request).catch(() => caches.match('/')));
    return;
  }
  if (url.pathname.startsWith('/assets/') || SHELL.includes(url.pathname)) {
    // hashed file names never change content, so the first copy stays good
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request).then((answer) => {
      if (answer.ok) {
        const copy = answer.clone();
        caches.open(CACHE).then((cache) => cache.put(request, copy));
      }
      return answer;
    })));
  }
});
`;
}
