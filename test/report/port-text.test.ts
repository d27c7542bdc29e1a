// Port sets said the short way (DESIGN §5, issue 10): never a complement spelt out as ranges.
import { describe, expect, it } from 'vitest';
import type { PortSet } from '../../src/model/ports.js';
import { formatPorts, listPorts, portsPhrase, portsSuffix } from '../../src/report/port-text.js';

const ALL = [1, 65535] as const;
const allBut = (port: number): PortSet => ({
  TCP: [
    [1, port - 1],
    [port + 1, 65535],
  ],
  UDP: [ALL],
  SCTP: [ALL],
});

describe('ports the short way', () => {
  it('every port reads as nothing, every TCP port as TCP', () => {
    expect(formatPorts({ TCP: [ALL], UDP: [ALL], SCTP: [ALL] })).toBe('');
    expect(formatPorts({ TCP: [ALL] })).toBe('TCP');
  });
  it('a few ports are listed per protocol, TCP before UDP before SCTP', () => {
    expect(
      formatPorts({
        UDP: [[53, 53]],
        TCP: [
          [8080, 8080],
          [9090, 9100],
        ],
      }),
    ).toBe('TCP 8080,9090-9100; UDP 53');
  });
  it('all but one port is "every port except TCP 9555" (#10)', () => {
    expect(formatPorts(allBut(9555))).toBe('every port except TCP 9555');
  });
  it('one protocol with a hole is "TCP except 80" (#10)', () => {
    expect(
      formatPorts({
        TCP: [
          [1, 79],
          [81, 65535],
        ],
      }),
    ).toBe('TCP except 80');
  });
  it('every port but a few of each protocol is one complement, its protocols joined by "and" (#10)', () => {
    expect(
      formatPorts({
        TCP: [
          [1, 52],
          [54, 65535],
        ],
        UDP: [
          [1, 52],
          [54, 65535],
        ],
        SCTP: [ALL],
      }),
    ).toBe('every port except TCP 53 and UDP 53');
  });
  it('a hole in one of several whole protocols is the complement, never "TCP; UDP; SCTP except 9003"', () => {
    expect(
      formatPorts({
        TCP: [ALL],
        UDP: [ALL],
        SCTP: [
          [1, 9002],
          [9004, 65535],
        ],
      }),
    ).toBe('every port except SCTP 9003');
  });
  it('a complement after a destination reads "on every port except …", a list as ":TCP 80"', () => {
    expect(portsSuffix(allBut(80))).toBe(' on every port except TCP 80');
    expect(portsSuffix({ TCP: [[80, 80]] })).toBe(':TCP 80');
    expect(portsSuffix({ TCP: [ALL], UDP: [ALL], SCTP: [ALL] })).toBe('');
  });
  it('as a phrase of its own, every port is "every port" and nothing is "no port"', () => {
    expect(portsPhrase({ TCP: [ALL], UDP: [ALL], SCTP: [ALL] })).toBe('every port');
    expect(portsPhrase({})).toBe('no port');
  });
  it('tables that compare exact sets still spell every range out', () => {
    expect(listPorts(allBut(8080))).toBe('TCP 1-8079,8081-65535; UDP; SCTP');
  });
});
