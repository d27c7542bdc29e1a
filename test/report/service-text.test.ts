// Services named where they select the destination (issue 10): "…:TCP 8080 (service pod-3, port http)".
import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../../src/model/endpoint.js';
import { compareRevisions } from '../../src/diff/compare-revisions.js';
import { DEFAULT_EVALUATION_OPTIONS } from '../../src/engine/options.js';
import { renderDiffText } from '../../src/report/text.js';
import { serviceNote } from '../../src/report/service-text.js';
import { deployment, file, namespace, policy } from '../helpers/manifests.js';

const api: Endpoint = {
  type: 'workload',
  id: 'shop/api',
  namespace: 'shop',
  name: 'api',
  kind: 'Deployment',
  services: [
    { service: 'api', name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' },
    { service: 'api', name: 'metrics', port: 9090, targetPort: 9090, protocol: 'TCP' },
  ],
};

describe('service names', () => {
  it('names the Service and port that forward into the ports of a sentence', () => {
    expect(serviceNote(api, { TCP: [[8080, 8080]] })).toBe(' (service api, port http)');
    expect(serviceNote(api, { TCP: [[1, 65535]] })).toBe(' (service api, ports http, metrics)');
  });
  it('says nothing for ports no Service forwards to, or a protocol it does not use', () => {
    expect(serviceNote(api, { TCP: [[443, 443]] })).toBe('');
    expect(serviceNote(api, { UDP: [[8080, 8080]] })).toBe('');
  });
  it('resolves a named targetPort on the selected workload, and the sentence carries it', () => {
    const service = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'b-svc', namespace: 'y' },
      spec: { selector: { app: 'b' }, ports: [{ name: 'web', port: 80, targetPort: 'http' }] },
    };
    const world = [
      namespace('x'),
      namespace('y'),
      deployment('x', 'a', { app: 'a' }),
      deployment('y', 'b', { app: 'b' }, [{ name: 'http', containerPort: 8080 }]),
      service,
    ];
    const deny = policy('y', 'deny', { podSelector: {}, policyTypes: ['Ingress'] });
    const allow = policy('y', 'allow', { podSelector: {}, ingress: [{ ports: [{ port: 'http' }] }] });
    const report = compareRevisions(
      { label: 'base', files: [file('c.yaml', [...world, deny])] },
      { label: 'head', files: [file('c.yaml', [...world, deny, allow])] },
      DEFAULT_EVALUATION_OPTIONS,
    );
    expect([...renderDiffText(report, { verbose: true })].join('')).toContain(
      'x/a can now reach y/b:TCP 8080 (service b-svc, port web)\n',
    );
  });
});
