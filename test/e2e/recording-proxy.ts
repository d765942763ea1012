// The browser's only way out: an HTTP proxy on 127.0.0.1 that records every request the browser makes (HTTPS as the
// host it tunnels to, plain HTTP as its full URL with its headers) and lets through only the hosts it is given a
// route for. What the page, the content scripts and the extension's worker ask for all passes here, so the record
// is the whole traffic.
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

export interface ProxiedRequest {
  /** `https://host:443` for a tunnel, the full URL of a plain HTTP request. */
  url: string;
  /** A plain HTTP request's headers (a tunnel's are encrypted). */
  headers?: IncomingHttpHeaders;
}

export interface RecordingProxy {
  port: number;
  /** Each request, in order, allowed or not. */
  readonly requests: ProxiedRequest[];
  close(): Promise<void>;
}

/** `routes` maps a `host:port` the browser asks for to the loopback port that serves it. */
export async function startRecordingProxy(routes: Record<string, number>): Promise<RecordingProxy> {
  const requests: ProxiedRequest[] = [];
  const server = createServer((req, res) => {
    const target = new URL(req.url ?? '');
    requests.push({ url: target.href, headers: req.headers });
    const port = routes[target.host];
    if (!port) return void res.writeHead(502).end();
    const upstream = request(
      { host: '127.0.0.1', port, path: target.pathname + target.search, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  const tunnels = new Set<{ destroy(): void }>();
  server.on('connect', (req, socket, head) => {
    tunnels.add(socket);
    socket.on('close', () => tunnels.delete(socket));
    requests.push({ url: `https://${req.url}` });
    const port = routes[req.url ?? ''];
    if (!port) return void socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    const upstream = connect(port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise<void>((resolve) => {
      for (const tunnel of tunnels) tunnel.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
