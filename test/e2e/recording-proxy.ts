// The browser's only way out: an HTTP proxy on 127.0.0.1 that records every request the browser makes (HTTPS as the
// host it tunnels to, plain HTTP as its full URL) and lets through only the hosts it is given a route for. What the
// page, the content scripts and the extension's worker ask for all passes here, so the log is the whole traffic.
import { createServer, request } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

export interface RecordingProxy {
  port: number;
  /** Each request as an origin-and-path (`https://host:443` for a tunnel), in order, allowed or not. */
  readonly log: string[];
  close(): Promise<void>;
}

/** `routes` maps a `host:port` the browser asks for to the loopback port that serves it. */
export async function startRecordingProxy(routes: Record<string, number>): Promise<RecordingProxy> {
  const log: string[] = [];
  const server = createServer((req, res) => {
    const target = new URL(req.url ?? '');
    log.push(target.href);
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
    log.push(`https://${req.url}`);
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
    log,
    close: () => new Promise<void>((resolve) => {
      for (const tunnel of tunnels) tunnel.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
