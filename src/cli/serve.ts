/**
 * `cocktail-reco serve --config FILE [--host H] [--port N]`: starts the API server and prints one line,
 * `listening on http://H:P`, once it accepts requests (`--port 0` takes a free port). SIGTERM and SIGINT stop it
 * gracefully: no new connection, the requests and analyses in flight finished, the storage closed.
 */
import { parseArgs } from 'node:util';
import { isConfigError, loadConfig } from '../server/config.js';
import { startServer, type RunningServer } from '../server/start-server.js';
import { isStorageUnavailableError, isStorageUrlError } from '../server/storage/storage-errors.js';

export const SERVE_USAGE = `  cocktail-reco serve --config FILE [--host H] [--port N]
      Run the v1 API server with the JSON configuration FILE (README "Run the API"). Prints
      "listening on http://H:P" once ready. Default host 127.0.0.1, port 8080; --port 0 takes a free port.
`;

/** A command line the serve command cannot use; the message says why. */
export class ServeUsageError extends Error {
  override readonly name = 'ServeUsageError';
}

/** The server could not start (bad configuration, storage unreachable, port taken); the message says why. */
export class ServeStartError extends Error {
  override readonly name = 'ServeStartError';
}

export interface ServeIo {
  stdout: (line: string) => void;
  env?: Readonly<Record<string, string | undefined>>;
}

export async function serve(args: string[], io: ServeIo): Promise<RunningServer> {
  let values: { config?: string | undefined; host?: string | undefined; port?: string | undefined };
  try {
    ({ values } = parseArgs({ args, options: { config: { type: 'string' }, host: { type: 'string' }, port: { type: 'string' } }, strict: true }));
  } catch (error) {
    throw new ServeUsageError((error as Error).message);
  }
  if (!values.config) throw new ServeUsageError('serve needs --config FILE.');
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new ServeUsageError(`--port must be a whole number from 0 to 65535, not ${values.port}.`);

  let server: RunningServer;
  try {
    const config = loadConfig(values.config, io.env ?? process.env);
    server = await startServer(config, { host: values.host ?? '127.0.0.1', port });
  } catch (error) {
    if (isConfigError(error) || isStorageUrlError(error) || isStorageUnavailableError(error)) throw new ServeStartError(error.message);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new ServeStartError(`The port ${port} is already taken.`);
    throw error;
  }
  const stop = () => void server.close().then(() => process.exit(0), () => process.exit(1));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  io.stdout(`listening on ${server.url}\n`);
  return server;
}
