/**
 * A small fake of the GitHub REST API on 127.0.0.1 (GITHUB_API_URL points at it): issue comments
 * listed, created and updated, every request recorded. `forbid` answers writes with 403, as
 * GitHub does for a token without pull-requests: write.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  body?: { body?: string };
  authorization?: string;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments: FakeComment[] = [];
  forbid = false;
  private server?: Server;
  private nextId = 1000;

  /** Starts listening; returns the API URL. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** A comment someone else wrote (e.g. a user quoting the marker). */
  seed(comment: Omit<FakeComment, 'id'>): FakeComment {
    const made = { ...comment, id: this.nextId++ };
    this.comments.push(made);
    return made;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const url = new URL(req.url ?? '/', 'http://x');
    const body = raw ? (JSON.parse(raw) as { body?: string }) : undefined;
    this.requests.push({ method: req.method ?? '', path: url.pathname, body, authorization: req.headers.authorization });
    const send = (status: number, value: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (list && req.method === 'GET') return send(200, this.comments.filter((c) => c.issue === Number(list[1])));
    if ((list && req.method === 'POST') || (one && req.method === 'PATCH')) {
      if (this.forbid) return send(403, { message: 'Resource not accessible by integration' });
    }
    if (list && req.method === 'POST') {
      const comment = { id: this.nextId++, issue: Number(list[1]), body: body?.body ?? '', user: { login: 'github-actions[bot]', type: 'Bot' } };
      this.comments.push(comment);
      return send(201, comment);
    }
    if (one && req.method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(one[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = body?.body ?? '';
      return send(200, comment);
    }
    send(404, { message: 'Not Found' });
  }
}
