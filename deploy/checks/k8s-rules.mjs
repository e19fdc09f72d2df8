// The safety rules for deploy/k8s: what the schema allows but Sahakum must not do.
const SECRET_SETTINGS = /PASSWORD|SECRET|TOKEN/;

function matches(selector, labels) {
  return Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);
}

export function manifestProblems(manifests) {
  const problems = [];
  const of = (kind) => manifests.filter((m) => m.doc.kind === kind).map((m) => m.doc);
  const [deployment] = of('Deployment');
  if (!deployment) return ['k8s: no Deployment'];
  const pod = deployment.spec.template.spec;
  const labels = deployment.spec.template.metadata.labels;
  const podSecurity = pod.securityContext ?? {};
  if (podSecurity.runAsNonRoot !== true) problems.push('k8s: the pod must set runAsNonRoot: true');
  if (!(podSecurity.runAsUser > 0)) problems.push('k8s: the pod must run as a non-zero user id');
  if (pod.automountServiceAccountToken !== false) problems.push('k8s: the app needs no API token (automountServiceAccountToken: false)');
  if ((deployment.spec.replicas ?? 1) < 2) problems.push('k8s: at least 2 replicas, so a node can die');

  for (const c of pod.containers) {
    const sc = c.securityContext ?? {};
    if (sc.readOnlyRootFilesystem !== true) problems.push(`k8s: container ${c.name} needs readOnlyRootFilesystem: true`);
    if (sc.allowPrivilegeEscalation !== false) problems.push(`k8s: container ${c.name} needs allowPrivilegeEscalation: false`);
    if (!(sc.capabilities?.drop ?? []).includes('ALL')) problems.push(`k8s: container ${c.name} must drop ALL capabilities`);
    if (c.readinessProbe?.httpGet?.path !== '/health/ready') problems.push(`k8s: ${c.name}'s readiness probe must ask /health/ready`);
    if (c.livenessProbe?.httpGet?.path !== '/health/live') problems.push(`k8s: ${c.name}'s liveness probe must ask /health/live`);
    if (c.startupProbe?.httpGet?.path !== '/health/ready') problems.push(`k8s: ${c.name} needs a start-up probe on /health/ready (migrations take time)`);
    for (const e of c.env ?? []) {
      if (SECRET_SETTINGS.test(e.name) && e.value !== undefined) problems.push(`k8s: ${e.name} is written in the manifest; take it from a Secret`);
    }
    const keyFile = (c.env ?? []).find((e) => e.name === 'SAHAKUM_MASTER_KEY_FILE')?.value;
    const keyMount = (c.volumeMounts ?? []).find((m) => keyFile?.startsWith(`${m.mountPath}/`));
    const keyVolume = pod.volumes?.find((v) => v.name === keyMount?.name);
    if (!keyVolume?.secret) problems.push(`k8s: ${c.name}'s SAHAKUM_MASTER_KEY_FILE must be a file of a mounted Secret`);
    const writable = new Set((c.volumeMounts ?? []).filter((m) => !m.readOnly).map((m) => m.mountPath));
    for (const path of ['/var/lib/sahakum', '/tmp']) {
      if (!writable.has(path)) problems.push(`k8s: ${c.name} needs a writable volume at ${path} (the root is read-only)`);
    }
  }
  for (const map of of('ConfigMap')) {
    for (const key of Object.keys(map.data ?? {})) {
      if (SECRET_SETTINGS.test(key)) problems.push(`k8s: ${key} is in a ConfigMap; it belongs in a Secret`);
    }
  }
  const budgets = of('PodDisruptionBudget');
  if (!budgets.some((b) => matches(b.spec.selector?.matchLabels, labels))) problems.push('k8s: no PodDisruptionBudget selects the app');
  if (!of('Service').some((s) => matches(s.spec.selector, labels))) problems.push('k8s: no Service selects the app');
  return problems;
}
