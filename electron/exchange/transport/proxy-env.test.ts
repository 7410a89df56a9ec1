import { describe, expect, it } from 'vitest';
import { proxyFor } from './proxy-env';

const url = (u: string) => new URL(u);

describe('proxyFor', () => {
  it('uses HTTPS_PROXY for https and HTTP_PROXY for http, either case, scheme optional', () => {
    expect(proxyFor(url('https://login.salesforce.com'), { HTTPS_PROXY: 'http://proxy:3128' })?.href).toBe('http://proxy:3128/');
    expect(proxyFor(url('https://login.salesforce.com'), { https_proxy: 'proxy:8080' })?.host).toBe('proxy:8080');
    expect(proxyFor(url('http://example.com'), { HTTPS_PROXY: 'http://proxy:3128' })).toBeUndefined();
    expect(proxyFor(url('http://example.com'), { HTTP_PROXY: 'http://p:1' })?.host).toBe('p:1');
  });

  it('honours NO_PROXY entries: host, domain suffix, leading dot, port, *', () => {
    const env = (NO_PROXY: string) => ({ HTTPS_PROXY: 'http://proxy:3128', NO_PROXY });
    const target = url('https://acme.my.salesforce.com');
    expect(proxyFor(target, env('salesforce.com'))).toBeUndefined();
    expect(proxyFor(target, env('.my.salesforce.com'))).toBeUndefined();
    expect(proxyFor(target, env('acme.my.salesforce.com:443'))).toBeUndefined();
    expect(proxyFor(target, env('acme.my.salesforce.com:8443'))?.host).toBe('proxy:3128');
    expect(proxyFor(target, env('*'))).toBeUndefined();
    expect(proxyFor(target, env('force.com, example.org'))?.host).toBe('proxy:3128');
    expect(proxyFor(target, env('mysalesforce.com'))?.host).toBe('proxy:3128');
  });

  it('never proxies loopback: the rehearsal emulator', () => {
    expect(proxyFor(url('http://127.0.0.1:5000'), { HTTP_PROXY: 'http://proxy:3128' })).toBeUndefined();
    expect(proxyFor(url('http://localhost:5000'), { HTTP_PROXY: 'http://proxy:3128' })).toBeUndefined();
  });
});
