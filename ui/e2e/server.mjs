// Starts the real distribution (bin/sahakum) on a free port with a fresh data folder, and stops it.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const READY_WITHIN_MS = 360_000;

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/**
 * Starts the server, up to three tries: the launcher waits up to 120 s for the embedded MariaDB,
 * and gives up past that; on a loaded machine (2 cores shared with other builds) that can happen.
 */
export async function startServer(options) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (e) {
      if (attempt === 3) throw e;
      console.log(`e2e: ${e.message}; trying again`);
    }
  }
}

async function startOnce({ distribution, workDir, adminPassword }) {
  const launcher = resolve(distribution, 'bin/sahakum');
  if (!existsSync(launcher)) throw new Error(`no distribution at ${distribution}: run mvn package first`);
  const dataDir = join(workDir, 'data');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const port = await freePort();
  const log = createWriteStream(join(workDir, 'server.log'));
  const child = spawn(launcher, [], {
    cwd: workDir,
    detached: true,
    env: { ...process.env, SAHAKUM_HTTP_PORT: String(port), SAHAKUM_DATA_DIR: dataDir, SAHAKUM_ADMIN_PASSWORD: adminPassword },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  // the database's 120 s, then Payara Micro's own start, which takes 40 to 110 s on 2 busy cores
  while (Date.now() - started < READY_WITHIN_MS) {
    if (child.exitCode !== null) throw new Error(`the server stopped at start (exit ${child.exitCode}); see ${workDir}/server.log`);
    try {
      if ((await fetch(`${base}/health/ready`)).ok) {
        return { base, seconds: (Date.now() - started) / 1000, stop: () => stopServer(child) };
      }
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  stopServer(child);
  throw new Error(`the server was not ready within ${READY_WITHIN_MS / 1000} s; see ${workDir}/server.log`);
}

async function stopServer(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timeout = new Promise((r) => setTimeout(() => r('timeout'), 30_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}
