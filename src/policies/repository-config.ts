// Reads the repository config (`.netreach.yaml`, DESIGN §5): `version: 1` and `assertions`, each
// `{name, from, to, ports?, expect}` with peers written like NetworkPolicy peers. Every problem is
// an error diagnostic naming file, line and field; an assertion with one is left out and the
// caller fails the check (a guardrail that silently does nothing is worse than none).
import type { Diagnostic, DiagnosticCode } from '../model/diagnostic.js';
import type { Assertion, AssertionPeer } from '../model/guardrail.js';
import type { IpRange } from '../model/ip.js';
import type { DocumentPath, ManifestFile } from '../model/manifest.js';
import type { PortMatch } from '../model/ports.js';
import { isRecord } from '../manifests/is-record.js';
import { createDocumentParser } from '../manifests/parse-documents.js';
import { findUnknownFields } from '../manifests/schema/find-unknown-fields.js';
import { META_SHAPES } from '../manifests/schema/meta-shapes.js';
import { nearestName } from '../manifests/schema/nearest-name.js';
import { leaves, type Shape } from '../manifests/schema/shape.js';
import { parseCidr } from '../net/cidr.js';
import { subtractIpSets } from '../net/ip-set.js';
import { readLabelSelector } from './label-selector.js';

export interface RepositoryConfig {
  /** The config's path, as its diagnostics and assertions name it. */
  readonly file: string;
  /** The assertions that could be read, in the file's order. */
  readonly assertions: readonly Assertion[];
  /** Errors, each naming file, line and field; any of them fails the check. */
  readonly diagnostics: readonly Diagnostic[];
}

const PEER_SHAPE = {
  podSelector: META_SHAPES.labelSelector,
  namespaceSelector: META_SHAPES.labelSelector,
  ipBlock: leaves('cidr except'),
} satisfies Shape;
const PORT_SHAPE = leaves('protocol port endPort');
/** `from` and `to` are one peer or a list of them, checked apart. */
const CONFIG_SHAPE = {
  version: 'any',
  assertions: [{ ...leaves('name from to expect'), ports: [PORT_SHAPE] }],
} satisfies Shape;

class ConfigError extends Error {
  constructor(
    readonly code: DiagnosticCode,
    readonly path: DocumentPath,
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

export function readRepositoryConfig(file: ManifestFile): RepositoryConfig {
  const parsed = createDocumentParser({ keepPositions: () => true })(file);
  const diagnostics: Diagnostic[] = parsed.diagnostics.filter((d) => d.severity === 'error');
  const documents = parsed.documents.filter((d) => d.value !== null && d.value !== undefined);
  const [doc] = documents;
  const error = (e: ConfigError): Diagnostic => ({
    code: e.code,
    severity: 'error',
    file: file.path,
    line: doc?.lineOf(e.path) ?? 1,
    message: e.message,
    fix: e.fix,
  });
  if (doc === undefined) {
    if (diagnostics.length === 0)
      diagnostics.push(
        error(new ConfigError('INVALID_FIELD', [], 'the config is empty', 'write version: 1 and a list of assertions')),
      );
    return { file: file.path, assertions: [], diagnostics };
  }
  if (documents.length > 1)
    diagnostics.push({
      ...error(
        new ConfigError(
          'INVALID_FIELD',
          [],
          'the config has more than one YAML document; only the first is read',
          'keep one document (remove the --- lines)',
        ),
      ),
      line: documents[1]?.line ?? 1,
    });
  const root = doc.value;
  if (!isRecord(root))
    return {
      file: file.path,
      assertions: [],
      diagnostics: [
        ...diagnostics,
        error(
          new ConfigError(
            'INVALID_FIELD',
            [],
            'the config must be a mapping',
            'write version: 1 and assertions: [...]',
          ),
        ),
      ],
    };
  for (const field of findUnknownFields(root, CONFIG_SHAPE))
    diagnostics.push(error(unknownField(field.path, field.known)));
  if (root.version !== 1)
    diagnostics.push(
      error(
        new ConfigError(
          'INVALID_FIELD',
          ['version'],
          `version is ${JSON.stringify(root.version ?? null)}`,
          'write version: 1',
        ),
      ),
    );
  const list = root.assertions ?? [];
  if (!Array.isArray(list))
    return {
      file: file.path,
      assertions: [],
      diagnostics: [
        ...diagnostics,
        error(
          new ConfigError(
            'INVALID_FIELD',
            ['assertions'],
            'assertions must be a list',
            'write assertions as a list of {name, from, to, ports, expect}',
          ),
        ),
      ],
    };
  const assertions: Assertion[] = [];
  const names = new Map<string, number>();
  list.forEach((raw, i) => {
    const at: DocumentPath = ['assertions', i];
    try {
      const assertion = readAssertion(raw, at, file.path, doc.lineOf(at));
      const first = names.get(assertion.name);
      if (first !== undefined)
        throw new ConfigError(
          'DUPLICATE_NAME',
          [...at, 'name'],
          `assertions[${i}].name "${assertion.name}" is also the name of assertions[${first}]`,
          'give every assertion its own name: reports and status checks refer to it by name',
        );
      names.set(assertion.name, i);
      // Unknown fields inside were reported above; the assertion is not half-read.
      if (findUnknownFields(raw, CONFIG_SHAPE.assertions[0]).length > 0) return;
      assertions.push(assertion);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      diagnostics.push(error(e));
    }
  });
  return { file: file.path, assertions, diagnostics };
}

function unknownField(path: DocumentPath, known: readonly string[]): ConfigError {
  const name = String(path[path.length - 1]);
  const meant = nearestName(name, known);
  return new ConfigError(
    'UNKNOWN_FIELD',
    path,
    `unknown field ${pathText(path)}`,
    meant === undefined
      ? `remove or rename it; the fields allowed here are ${known.join(', ')}`
      : `did you mean ${meant}?`,
  );
}

function pathText(path: DocumentPath): string {
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('');
}

function readAssertion(raw: unknown, at: DocumentPath, file: string, line: number): Assertion {
  const where = pathText(at);
  if (!isRecord(raw))
    throw new ConfigError('INVALID_FIELD', at, `${where} must be a mapping`, 'write {name, from, to, ports, expect}');
  const { name, expect } = raw;
  if (typeof name !== 'string' || name.trim() === '')
    throw new ConfigError(
      'INVALID_FIELD',
      [...at, 'name'],
      `${where}.name is missing or not a string`,
      'give the assertion a name, e.g. name: payments is closed to other namespaces',
    );
  if (expect !== 'allow' && expect !== 'deny')
    throw new ConfigError(
      'INVALID_FIELD',
      [...at, 'expect'],
      `${where}.expect is ${JSON.stringify(expect ?? null)}`,
      'write expect: allow or expect: deny',
    );
  const from = readPeers(raw.from, [...at, 'from']);
  const to = readPeers(raw.to, [...at, 'to']);
  let ports: Assertion['ports'] = 'all';
  if (raw.ports !== undefined && raw.ports !== null) {
    if (!Array.isArray(raw.ports))
      throw new ConfigError(
        'INVALID_FIELD',
        [...at, 'ports'],
        `${where}.ports must be a list`,
        'write ports: [{protocol: TCP, port: 443}]',
      );
    if (raw.ports.length > 0) ports = raw.ports.map((p, i) => readPort(p, [...at, 'ports', i]));
  }
  return { name, from, to, ports, expect, file, line };
}

function readPeers(raw: unknown, at: DocumentPath): AssertionPeer[] {
  if (raw === undefined || raw === null)
    throw new ConfigError(
      'INVALID_PEER',
      at,
      `${pathText(at)} is missing`,
      `write ${String(at[at.length - 1])} as a peer, e.g. {namespaceSelector: {}} for every pod`,
    );
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length === 0)
    throw new ConfigError(
      'INVALID_PEER',
      at,
      `${pathText(at)} is an empty list`,
      'list at least one peer; {namespaceSelector: {}} is every pod',
    );
  return list.map((peer, i) => readPeer(peer, Array.isArray(raw) ? [...at, i] : at));
}

function readPeer(raw: unknown, at: DocumentPath): AssertionPeer {
  if (!isRecord(raw))
    throw new ConfigError(
      'INVALID_PEER',
      at,
      `${pathText(at)} must be a mapping`,
      'use podSelector, namespaceSelector or ipBlock',
    );
  const unknown = findUnknownFields(raw, PEER_SHAPE)[0];
  if (unknown !== undefined) throw unknownField([...at, ...unknown.path], unknown.known);
  const has = (k: string) => raw[k] !== undefined && raw[k] !== null;
  if (has('ipBlock') && (has('podSelector') || has('namespaceSelector')))
    throw new ConfigError(
      'INVALID_PEER',
      at,
      `${pathText(at)} has an ipBlock together with a selector`,
      'put the ipBlock in a peer of its own (a list item)',
    );
  if (!has('ipBlock') && !has('podSelector') && !has('namespaceSelector'))
    throw new ConfigError(
      'INVALID_PEER',
      at,
      `${pathText(at)} has none of podSelector, namespaceSelector and ipBlock`,
      'for every pod, write {namespaceSelector: {}}',
    );
  if (has('ipBlock')) return readIpBlock(raw.ipBlock, [...at, 'ipBlock']);
  const selector = (key: 'podSelector' | 'namespaceSelector') => {
    const s = readLabelSelector(raw[key]);
    if (typeof s === 'string')
      throw new ConfigError('INVALID_SELECTOR', [...at, key], `${pathText([...at, key])}: ${s}`, 'fix the selector');
    return s;
  };
  return {
    kind: 'pods',
    namespaces: has('namespaceSelector') ? selector('namespaceSelector') : undefined,
    pods: selector('podSelector'),
  };
}

function readIpBlock(raw: unknown, at: DocumentPath): AssertionPeer {
  if (!isRecord(raw) || typeof raw.cidr !== 'string')
    throw new ConfigError('INVALID_CIDR', at, `${pathText(at)} needs a cidr`, 'write ipBlock: {cidr: 0.0.0.0/0}');
  const cidr = parseCidr(raw.cidr);
  if (cidr === undefined)
    throw new ConfigError(
      'INVALID_CIDR',
      [...at, 'cidr'],
      `${pathText(at)}.cidr "${raw.cidr}" is not a valid CIDR`,
      'write an address and a prefix length: 0–32 for IPv4, 0–128 for IPv6',
    );
  const rawExcept = raw.except ?? [];
  if (!Array.isArray(rawExcept))
    throw new ConfigError(
      'INVALID_CIDR',
      [...at, 'except'],
      `${pathText(at)}.except must be a list of CIDRs`,
      'write except as a list',
    );
  const excepts: IpRange[] = [];
  const texts: string[] = [];
  rawExcept.forEach((text, i) => {
    const except = typeof text === 'string' ? parseCidr(text) : undefined;
    const inside =
      except !== undefined &&
      except.range.family === cidr.range.family &&
      except.range.first >= cidr.range.first &&
      except.range.last <= cidr.range.last;
    if (except === undefined || !inside)
      throw new ConfigError(
        'INVALID_CIDR',
        [...at, 'except', i],
        `${pathText(at)}.except "${String(text)}" is not a CIDR inside ${cidr.canonical}`,
        'list only ranges inside the cidr in except',
      );
    excepts.push(except.range);
    texts.push(except.canonical);
  });
  return {
    kind: 'ipBlock',
    ips: subtractIpSets([cidr.range], excepts),
    text: texts.length === 0 ? cidr.canonical : `${cidr.canonical} except ${texts.join(', ')}`,
  };
}

const IANA_SVC_NAME = /^(?=.*[a-z])(?!.*--)[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?$/;

function readPort(raw: unknown, at: DocumentPath): PortMatch {
  const where = pathText(at);
  if (!isRecord(raw))
    throw new ConfigError('INVALID_PORT', at, `${where} must be a mapping`, 'write {protocol: TCP, port: 443}');
  const protocol = raw.protocol ?? 'TCP';
  if (protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP')
    throw new ConfigError(
      'INVALID_PORT',
      [...at, 'protocol'],
      `${where}.protocol ${JSON.stringify(protocol)} is not TCP, UDP or SCTP`,
      'use TCP, UDP or SCTP (upper case)',
    );
  const { port, endPort } = raw;
  const isPort = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 65535;
  if (port === undefined || port === null) {
    if (endPort !== undefined)
      throw new ConfigError(
        'INVALID_PORT',
        [...at, 'endPort'],
        `${where}.endPort is set without port`,
        'set port to the first port of the range',
      );
    return { kind: 'range', protocol, first: 1, last: 65535 };
  }
  if (typeof port === 'string') {
    if (!IANA_SVC_NAME.test(port) || endPort !== undefined)
      throw new ConfigError(
        'INVALID_PORT',
        [...at, 'port'],
        `${where}.port "${port}" is not a valid port name (or has an endPort)`,
        'use a number from 1 to 65535 or a container port name, without endPort',
      );
    return { kind: 'named', protocol, name: port };
  }
  if (!isPort(port))
    throw new ConfigError(
      'INVALID_PORT',
      [...at, 'port'],
      `${where}.port ${JSON.stringify(port)} is outside 1–65535`,
      'use a port from 1 to 65535',
    );
  if (endPort === undefined || endPort === null) return { kind: 'range', protocol, first: port, last: port };
  if (!isPort(endPort) || endPort < port)
    throw new ConfigError(
      'INVALID_PORT',
      [...at, 'endPort'],
      `${where}.endPort ${JSON.stringify(endPort)} must be a port from ${port} to 65535`,
      'set endPort to the last port of the range',
    );
  return { kind: 'range', protocol, first: port, last: endPort };
}
