// The `local` chain: four validators (Alice, Bob, Charlie, Dave) as local processes. GRANDPA
// needs more than two thirds of them, so finality must go on when one of them fails.

import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';

import {
  HOOK_TIMEOUT_MS, connect, sleep, startNode, startValidators, stopNodes, waitForFinalized,
} from './lib/node.mjs';

const VALIDATORS = ['alice', 'bob', 'charlie', 'dave'];

/// How long the next block imported takes to be finalized, in milliseconds (the figure in
/// docs/build.md).
async function timeToFinality(api) {
  const number = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
  while ((await api.rpc.chain.getHeader()).number.toNumber() < number) await sleep(100);
  const imported = Date.now();
  await waitForFinalized(api, number, 180_000, 100);
  return Date.now() - imported;
}

describe('atelier-node --chain local (4 validators)', () => {
  const nodes = [];

  after(async () => {
    await stopNodes(nodes);
  }, { timeout: HOOK_TIMEOUT_MS });

  test('finalizes with four validators, keeps finalizing when one fails and when it returns', async (t) => {
    await startValidators({ chain: 'local', names: VALIDATORS, nodes });
    const api = await connect(nodes[0]);
    try {
      const authorities = await api.query.babe.authorities();
      assert.equal(authorities.length, 4);

      const finalized = await waitForFinalized(api, 3, 180_000);
      const normal = await timeToFinality(api);
      t.diagnostic(`time to finality, four validators: ${normal} ms`);

      // Dave fails hard.
      const dave = nodes[3];
      dave.child.kill('SIGKILL');
      await dave.exited;

      const later = await waitForFinalized(api, finalized + 3, 180_000);
      assert.ok(later >= finalized + 3, `finality went on without Dave: ${finalized} -> ${later}`);
      const peers = (await api.rpc.system.health()).peers.toNumber();
      assert.ok(peers >= 2, `Alice still sees Bob and Charlie (${peers} peers)`);
      t.diagnostic(`time to finality, three of four validators: ${await timeToFinality(api)} ms`);

      // Dave comes back on his own database and keys: he syncs and votes again.
      nodes[3] = await startNode({ basePath: dave.basePath, name: 'dave', args: dave.args });
      const restarted = await connect(nodes[3]);
      try {
        const head = (await api.rpc.chain.getHeader()).number.toNumber();
        await waitForFinalized(restarted, head, 180_000);
      } finally {
        await restarted.disconnect();
      }
      t.diagnostic(`time to finality, Dave restarted: ${await timeToFinality(api)} ms`);
    } finally {
      await api.disconnect();
    }
  });
});
