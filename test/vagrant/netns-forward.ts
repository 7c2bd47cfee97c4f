/**
 * Makes a loopback service of this process (the fake GitHub API) reachable from inside the test's
 * network namespace, where 127.0.0.1 is the namespace's own loopback: a forwarder started in the
 * namespace listens on its 127.0.0.1 and relays each connection over a Unix socket (a path, which
 * no network namespace hides) to this process, which relays it on to the service. The host's
 * network is not touched; the forwarder is ours and stopped by PID.
 */
import { spawn } from 'node:child_process';
import { createConnection, createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import type { LibvirtHost } from './libvirt-host';

export interface NetnsForward {
  /** `url` with its host and port as seen from inside the namespace. */
  url: string;
  stop(): Promise<void>;
}

// Runs inside the namespace: 127.0.0.1:<any free port> → the Unix socket in argv[1].
const FORWARDER = `
const net = require('node:net');
const server = net.createServer((client) => {
  const upstream = net.connect(process.argv[1]);
  client.on('error', () => upstream.destroy());
  upstream.on('error', () => client.destroy());
  client.pipe(upstream).pipe(client);
});
server.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));
process.on('SIGTERM', () => process.exit(0));
`;

const relay = (a: Socket, b: Socket): void => {
  a.on('error', () => b.destroy());
  b.on('error', () => a.destroy());
  a.pipe(b).pipe(a);
};

/** Forwards `url` (http://127.0.0.1:PORT of this process) into the namespace; `dir` holds the socket. */
export async function forwardIntoNetns(host: LibvirtHost, url: string, dir: string): Promise<NetnsForward> {
  const target = new URL(url);
  const socketPath = join(dir, 'netns-forward.sock');
  const bridge = createServer((socket) => relay(socket, createConnection(Number(target.port), target.hostname)));
  await new Promise<void>((resolve) => bridge.listen(socketPath, resolve));
  const argv = host.inNetns([process.execPath, '-e', FORWARDER, socketPath]);
  const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    child.on('exit', (code) => reject(new Error(`the forwarder in ${host.netns} exited ${code}`)));
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await new Promise<void>((resolve) => bridge.close(() => resolve()));
  };
  return { url: `http://127.0.0.1:${port}${target.pathname === '/' ? '' : target.pathname}`, stop };
}
