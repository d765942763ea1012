/**
 * `npm start`: the demo on the real API server, offline (demo/server/start-demo-server.ts), after the pages are
 * built. Options: `--port N` (default 5173), `--host H` (default 127.0.0.1).
 */
import { parseArgs } from 'node:util';
import { startDemoServer } from '../demo/server/start-demo-server.js';

const { values } = parseArgs({ options: { port: { type: 'string', default: '5173' }, host: { type: 'string', default: '127.0.0.1' } } });
const server = await startDemoServer({ host: values.host, port: Number(values.port) });
process.once('SIGTERM', () => void server.close());
process.once('SIGINT', () => void server.close());
console.log(`listening on ${server.url}: open ${server.url}/ and paste a listed link`);
