import { createECDH, createPublicKey, randomBytes, verify, type ECDH } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
// http_ece: the RFC 8188 content coding web-push itself encrypts with; a test dependency.
import { decrypt } from 'http_ece';

/** One push as the test push service received it, decrypted and checked. */
export interface Received {
  path: string;
  payload: unknown;
  headers: IncomingMessage['headers'];
  /** The VAPID JWT's claims, once its ES256 signature checked against its `k`. */
  claims: { aud: string; exp: number; sub: string };
  /** The `k` of the Authorization header: the server's VAPID public key. */
  vapidKey: string;
}

/** A browser's subscription to the test service: its own P-256 key pair and auth secret,
 *  as a browser draws them, so that only it can read what is pushed to it. */
export interface TestSubscription {
  endpoint: string;
  expirationTime: null;
  keys: { p256dh: string; auth: string };
  ecdh: ECDH;
}

/**
 * A push service on 127.0.0.1 for tests: decrypts each push (RFC 8291, aes128gcm) with the
 * subscription's private key, checks the VAPID header (RFC 8292), and answers what the test
 * says: 201 by default, or 410, 500, or never (a hang).
 */
export class TestPushService {
  readonly received: Received[] = [];
  /** What the next pushes get, per subscription path: a status, or 'hang'. */
  readonly answers = new Map<string, number | 'hang'>();
  private readonly subscriptions = new Map<string, TestSubscription>();
  private server!: Server;

  static async start(): Promise<TestPushService> {
    const service = new TestPushService();
    service.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const path = request.url ?? '';
        const answer = service.answers.get(path) ?? 201;
        if (answer === 'hang') return; // never answers: the sender's timeout must end it
        try {
          service.received.push(service.read(path, request.headers, Buffer.concat(chunks)));
        } catch (error) {
          response.writeHead(400).end(String(error));
          return;
        }
        response.writeHead(answer).end();
      });
    });
    await new Promise<void>((resolve) => service.server.listen(0, '127.0.0.1', resolve));
    return service;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  subscribe(name: string): TestSubscription {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const subscription = {
      endpoint: `${this.origin}/push/${name}`,
      expirationTime: null,
      keys: {
        p256dh: ecdh.getPublicKey().toString('base64url'),
        auth: randomBytes(16).toString('base64url'),
      },
      ecdh,
    };
    this.subscriptions.set(`/push/${name}`, subscription);
    return subscription;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private read(path: string, headers: IncomingMessage['headers'], body: Buffer): Received {
    const subscription = this.subscriptions.get(path);
    if (!subscription) throw new Error(`no subscription at ${path}`);
    if (headers['content-encoding'] !== 'aes128gcm') throw new Error('not aes128gcm');
    const plain = decrypt(body, {
      version: 'aes128gcm',
      privateKey: subscription.ecdh,
      authSecret: subscription.keys.auth,
    });
    const match = /^vapid t=([^,]+), k=(.+)$/.exec(headers.authorization ?? '');
    if (!match) throw new Error('no VAPID authorization');
    const [, jwt, vapidKey] = match as unknown as [string, string, string];
    const [head, claims, signature] = jwt.split('.') as [string, string, string];
    const raw = Buffer.from(vapidKey, 'base64url');
    const key = createPublicKey({
      key: {
        kty: 'EC',
        crv: 'P-256',
        x: raw.subarray(1, 33).toString('base64url'),
        y: raw.subarray(33, 65).toString('base64url'),
      },
      format: 'jwk',
    });
    const signed = verify(
      'sha256',
      Buffer.from(`${head}.${claims}`),
      { key, dsaEncoding: 'ieee-p1363' },
      Buffer.from(signature, 'base64url'),
    );
    if (!signed) throw new Error('VAPID signature does not verify');
    return {
      path,
      payload: JSON.parse(plain.toString('utf8')),
      headers,
      claims: JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as Received['claims'],
      vapidKey,
    };
  }
}
