import { describe, expect, it } from 'vitest';
import { defaultPushHosts, endpointProblem, isHostSuffix } from './endpoint';

const policy = { hosts: defaultPushHosts };

describe('a subscription endpoint the server may send to', () => {
  it.each([
    'https://fcm.googleapis.com/fcm/send/dPWu8:APA91b',
    'https://updates.push.services.mozilla.com/wpush/v2/gAAAAAB',
    'https://wns2-par02p.notify.windows.com/w/?token=BQYAAA',
    'https://web.push.apple.com/QGc2ZKb',
    'https://FCM.googleapis.com./fcm/send/x',
  ])('accepts %s', (endpoint) => {
    expect(endpointProblem(endpoint, policy)).toBeNull();
  });

  it.each([
    ['plain http', 'http://fcm.googleapis.com/fcm/send/x', 'https'],
    ['not a URL', 'fcm.googleapis.com/x', 'https'],
    ['javascript:', 'javascript:alert(1)', 'https'],
    ['an IPv4 address', 'https://10.0.0.5/push', 'address'],
    ['loopback', 'https://127.0.0.1/push', 'address'],
    ['IPv6 loopback', 'https://[::1]/push', 'address'],
    ['link-local', 'https://169.254.169.254/latest/meta-data', 'address'],
    ['a decimal IPv4', 'https://2130706433/push', 'address'],
    ['localhost', 'https://localhost/push', 'known'],
    ['an unknown host', 'https://push.example.com/x', 'known'],
    ['a look-alike suffix', 'https://evilfcm.googleapis.com.attacker.net/x', 'known'],
    ['a suffix without its dot', 'https://notfcm.googleapis.com/x', 'known'],
    ['another port', 'https://fcm.googleapis.com:8443/x', 'port'],
    ['credentials', 'https://user:pw@fcm.googleapis.com/x', 'credentials'],
  ])('refuses %s', (_, endpoint, why) => {
    expect(endpointProblem(endpoint, policy)).toContain(why);
  });

  it('accepts a test receiver on 127.0.0.1 only when a test asks, and only over loopback', () => {
    const test = { ...policy, loopbackForTests: true };
    expect(endpointProblem('http://127.0.0.1:4567/push/1', policy)).not.toBeNull();
    expect(endpointProblem('http://127.0.0.1:4567/push/1', test)).toBeNull();
    expect(endpointProblem('http://10.0.0.5:4567/push/1', test)).not.toBeNull();
  });

  it.each([
    ['push.apple.com', true],
    ['fcm.googleapis.com', true],
    ['127.0.0.1', false],
    ['localhost', false],
    ['*.example.com', false],
    ['example', false],
  ])('reads %s as a host suffix: %s', (value, ok) => {
    expect(isHostSuffix(value)).toBe(ok);
  });
});
