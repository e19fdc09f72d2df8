// The safety rules for deploy/container: the image, the compose topology and its HAProxy.
const SECRET_SETTINGS = /PASSWORD|SECRET|TOKEN|MASTER_KEY\b/;
const INTERPOLATED = /^\$\{[A-Z_]+(:?[-?][^}]*)?\}$/;

export function containerfileProblems(text, healthcheck) {
  const problems = [];
  const lines = text.replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const users = lines.filter((l) => /^USER\s/i.test(l)).map((l) => l.split(/\s+/)[1]);
  const lastUser = users.at(-1) ?? 'root';
  if (/^(root|0)(:|$)/.test(lastUser)) problems.push(`Containerfile: the server must not run as root (USER ${lastUser})`);
  const check = lines.find((l) => /^HEALTHCHECK\s/i.test(l));
  if (!check || !/healthcheck"?,?\s*"?ready/.test(check)) problems.push('Containerfile: HEALTHCHECK must call the health check on /health/ready');
  if (!/\/health\/%s|\/health\/(ready|live)/.test(healthcheck) || !/200/.test(healthcheck)) {
    problems.push('healthcheck: must ask /health/ready or /health/live and accept only 200');
  }
  for (const l of lines.filter((l) => /^(ENV|ARG)\s/i.test(l))) {
    for (const [, name, value] of l.matchAll(/([A-Z_]+)=("[^"]*"|\S+)/g)) {
      if (SECRET_SETTINGS.test(name) && value.replace(/"/g, '') !== '') problems.push(`Containerfile: ${name} has a value baked into the image`);
    }
  }
  if (!lines.some((l) => /^ENTRYPOINT\s/i.test(l))) problems.push('Containerfile: no ENTRYPOINT');
  return problems;
}

export function composeProblems(compose) {
  const problems = [];
  const services = compose.services ?? {};
  const apps = Object.entries(services).filter(([, s]) => s.image?.includes('sahakum'));
  if (apps.length < 2) problems.push('compose: at least two app nodes');
  const dbs = Object.entries(services).filter(([, s]) => /mariadb/.test(s.image ?? ''));
  if (dbs.length !== 3) problems.push(`compose: a Galera cluster of 3 database nodes (found ${dbs.length})`);
  for (const [name, s] of Object.entries(services)) {
    for (const [key, value] of Object.entries(s.environment ?? {})) {
      if (SECRET_SETTINGS.test(key) && !key.endsWith('_FILE') && !INTERPOLATED.test(String(value)) && value !== '') {
        problems.push(`compose: ${name}'s ${key} is written in the file; take it from .env`);
      }
    }
  }
  for (const [name, s] of apps) {
    if (s.read_only !== true) problems.push(`compose: ${name} needs read_only: true`);
    if (!(s.tmpfs ?? []).includes('/tmp')) problems.push(`compose: ${name} needs a tmpfs at /tmp`);
    if (!(s.cap_drop ?? []).includes('ALL')) problems.push(`compose: ${name} must drop ALL capabilities`);
    const keyFile = s.environment?.SAHAKUM_MASTER_KEY_FILE ?? '';
    const secret = keyFile.match(/^\/run\/secrets\/(.+)$/)?.[1];
    if (!secret || !(s.secrets ?? []).includes(secret) || !compose.secrets?.[secret]) {
      problems.push(`compose: ${name}'s master key must come from a compose secret`);
    }
    if (!/proxy/.test(s.environment?.SAHAKUM_DB_URL ?? '')) problems.push(`compose: ${name} must reach the database through HAProxy`);
  }
  return problems;
}

export function haproxyProblems(cfg) {
  const problems = [];
  const db = cfg.split(/^listen /m).find((s) => s.startsWith('db'));
  const servers = (db ?? '').split('\n').filter((l) => /^\s*server\s/.test(l));
  const primaries = servers.filter((l) => !/\sbackup(\s|$)/.test(l));
  if (servers.length !== 3 || primaries.length !== 1) {
    problems.push('haproxy.cfg: the database needs one node taking writes and the other two as backups');
  }
  if (!/option httpchk GET \/health\/ready/.test(cfg)) problems.push('haproxy.cfg: app nodes must be checked on /health/ready');
  return problems;
}
