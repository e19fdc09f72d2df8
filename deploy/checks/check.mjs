// Checks what this machine cannot run: the Kubernetes manifests against Kubernetes' own schema, and the
// safety settings every way of running Sahakum in a container must keep (non-root, read-only root
// filesystem, no capabilities, health checks on /health/ready and /health/live, the master key from a
// secret file, no password written into a file). Each rule is also tried against a broken copy, so a
// rule that can no longer fail fails the build.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments, parse } from 'yaml';
import { containerfileProblems, composeProblems, haproxyProblems } from './container-rules.mjs';
import { manifestProblems } from './k8s-rules.mjs';

const deploy = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (...path) => readFileSync(join(deploy, ...path), 'utf8');

async function schemaProblems(doc, file) {
  const [group, version] = doc.apiVersion.includes('/') ? doc.apiVersion.split('/') : ['core', doc.apiVersion];
  const path = group === 'core' ? `kubernetes-models/${version}/${doc.kind}` : `kubernetes-models/${group}/${version}/${doc.kind}`;
  let Model;
  try {
    Model = (await import(path))[doc.kind];
  } catch {
    return [`${file}: unknown kind ${doc.apiVersion} ${doc.kind}`];
  }
  try {
    new Model(doc).validate();
    return [];
  } catch (e) {
    return [`${file}: ${doc.kind} ${doc.metadata?.name}: ${e.message}`];
  }
}

const manifests = [];
for (const file of readdirSync(join(deploy, 'k8s')).filter((f) => f.endsWith('.yaml')).sort()) {
  for (const doc of parseAllDocuments(read('k8s', file))) {
    if (doc.errors.length) throw new Error(`k8s/${file}: ${doc.errors[0].message}`);
    if (doc.contents) manifests.push({ file: `k8s/${file}`, doc: doc.toJS() });
  }
}
const containerfile = read('container', 'Containerfile');
const healthcheck = read('container', 'healthcheck');
const compose = parse(read('container', 'compose.yaml'), { merge: true });
const haproxy = read('container', 'haproxy.cfg');

const problems = [];
for (const { file, doc } of manifests) problems.push(...(await schemaProblems(doc, file)));
problems.push(...manifestProblems(manifests));
problems.push(...containerfileProblems(containerfile, healthcheck));
problems.push(...composeProblems(compose));
problems.push(...haproxyProblems(haproxy));

// each rule must still be able to fail: break one setting at a time and expect a complaint
const clone = (value) => structuredClone(value);
const deployment = (list) => list.find((m) => m.doc.kind === 'Deployment').doc;
const container = (list) => deployment(list).spec.template.spec.containers[0];
const breakages = {
  'writable root filesystem': () => { const m = clone(manifests); container(m).securityContext.readOnlyRootFilesystem = false; return manifestProblems(m); },
  'running as root': () => { const m = clone(manifests); deployment(m).spec.template.spec.securityContext.runAsNonRoot = false; return manifestProblems(m); },
  'readiness on another path': () => { const m = clone(manifests); container(m).readinessProbe.httpGet.path = '/'; return manifestProblems(m); },
  'a password in the manifest': () => { const m = clone(manifests); container(m).env.push({ name: 'SAHAKUM_DB_PASSWORD', value: 'x' }); return manifestProblems(m); },
  'no disruption budget': () => manifestProblems(clone(manifests).filter((m) => m.doc.kind !== 'PodDisruptionBudget')),
  'an image that runs as root': () => containerfileProblems(containerfile.replace(/^USER .*$/m, 'USER root'), healthcheck),
  'an image without a health check': () => containerfileProblems(containerfile.replace(/^HEALTHCHECK[\s\S]*?CMD .*$/m, ''), healthcheck),
  'a writable app container': () => { const c = clone(compose); c.services.app1.read_only = false; return composeProblems(c); },
  'a password written into compose': () => { const c = clone(compose); c.services.app2.environment.SAHAKUM_DB_PASSWORD = 'x'; return composeProblems(c); },
  'writes spread over the database nodes': () => haproxyProblems(haproxy.replace(/ backup /g, ' ')),
  'a port that is not a number (schema)': () => { const m = clone(manifests); container(m).ports[0].containerPort = 'http'; return schemaProblems(deployment(m), 'k8s/deployment.yaml'); },
};
for (const [name, broken] of Object.entries(breakages)) {
  if ((await broken()).length === 0) problems.push(`the rule against ${name} did not notice it`);
}

if (problems.length) {
  console.error(`deploy checks: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`deploy checks: ${manifests.length} Kubernetes objects valid against the schema, the container file, `
  + `compose file and HAProxy file keep the safety rules; ${Object.keys(breakages).length} broken copies were caught`);
