// A collector killed (SIGKILL) in the middle of many sends and restarted on the same data loses no
// response it acknowledged with a 2xx and counts nothing twice. PGlite (data folder) and PostgreSQL.
import { expect } from 'chai';
import { describe, it } from 'node:test';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { exampleResponse } from '../../src/collector/example.js';
import { freshDataDir, freshPostgres, realFramework } from './harness.js';

const RATERS = 120;

function startChild(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/collector/fixtures/serve.ts'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`the collector did not start: ${stderr}`)); }, 60_000);
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve({ child, url: `${JSON.parse(line).url}/api/v1` });
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`the collector exited (${code}): ${stderr}`)); });
  });
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

async function json(url: string, init: RequestInit & { token?: string; body?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const res = await fetch(url, { ...init, headers });
  return { status: res.status, body: await res.json() as any };
}

async function killDuringSends(env: Record<string, string>) {
  let { child, url } = await startChild(env);
  try {
    const setup = await json(`${url}/360s`, {
      method: 'POST',
      body: JSON.stringify({ leaderName: 'Kill Test', closesOn: '2099-01-31', groups: [{ id: 'peer', invited: RATERS }] }),
    });
    expect(setup.status).to.equal(201);
    const { id, tokens } = setup.body;
    const acknowledged = new Set<string>();
    let killed = false;
    // 120 raters, 20 at a time; the collector is killed once 30 sends are acknowledged.
    const queue = [...tokens.raters] as Array<{ token: string }>;
    const worker = async () => {
      for (let r = queue.shift(); r; r = queue.shift()) {
        const body = JSON.stringify(exampleResponse(realFramework, id, { respondent: 'rater', relationship: 'peer' }, acknowledged.size));
        try {
          const res = await fetch(`${url}/responses`, { method: 'POST', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${r.token}` } });
          if (res.status === 201) acknowledged.add(r.token);
          await res.arrayBuffer();
        } catch {
          // The connection died with the server: this send was not acknowledged.
        }
        if (acknowledged.size >= 30 && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 20 }, worker));
    expect(killed).to.equal(true);
    await stopChild(child, 'SIGKILL');
    expect(acknowledged.size).to.be.at.least(30).and.below(RATERS);

    ({ child, url } = await startChild(env));
    // Every acknowledged link is used; its response was kept.
    for (const token of acknowledged) expect((await json(`${url}/me`, { token })).status).to.equal(409);
    const after = await json(`${url}/progress`, { token: tokens.facilitator });
    expect(after.body.responded).to.be.at.least(acknowledged.size);
    // Every other rater sends (again): each is stored once, or refused as already received.
    let stored = 0;
    for (const r of tokens.raters as Array<{ token: string }>) {
      if (acknowledged.has(r.token)) continue;
      const res = await json(`${url}/responses`, { method: 'POST', token: r.token, body: JSON.stringify(exampleResponse(realFramework, id, { respondent: 'rater', relationship: 'peer' }, 7)) });
      expect([201, 409]).to.include(res.status);
      if (res.status === 201) stored++;
    }
    const final = await json(`${url}/progress`, { token: tokens.facilitator });
    expect(final.body.responded).to.equal(RATERS);
    expect(after.body.responded + stored).to.equal(RATERS);
    const unused = await json(`${url}/invitations/unused`, { token: tokens.facilitator });
    expect(unused.body.invitations).to.deep.equal([]);
  } finally {
    await stopChild(child, 'SIGTERM');
  }
}

describe('a collector killed during sends', () => {
  it('PGlite: nothing acknowledged is lost, nothing is counted twice', { timeout: 180_000 }, async () => {
    const { dataDir, drop } = freshDataDir();
    try {
      await killDuringSends({ LPC_DATA_DIR: dataDir, DATABASE_URL: '' });
    } finally {
      drop();
    }
  });

  it('PostgreSQL: nothing acknowledged is lost, nothing is counted twice', { timeout: 180_000 }, async () => {
    const db = await freshPostgres();
    try {
      await killDuringSends({ DATABASE_URL: db.url });
    } finally {
      await db.drop();
    }
  });
});
