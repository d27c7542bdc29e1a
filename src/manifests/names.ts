// The name formats the API server accepts (RFC 1123). Names end up in sentences, links and
// comments, so anything else is refused rather than shown.

const DNS_LABEL = /^(?=.{1,63}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Namespace names. */
export function isDnsLabel(name: string): boolean {
  return DNS_LABEL.test(name);
}

/** Names of most other objects. */
export function isDnsSubdomain(name: string): boolean {
  return DNS_SUBDOMAIN.test(name);
}
