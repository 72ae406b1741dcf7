// The `local` chain: four validators (Alice, Bob, Charlie, Dave) as local processes. GRANDPA
// needs more than two thirds of them, so finality must go on when one of them fails.

import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';

import {
  HOOK_TIMEOUT_MS, connect, startValidators, stopNodes, waitForFinalized,
} from './lib/node.mjs';

const VALIDATORS = ['alice', 'bob', 'charlie', 'dave'];

describe('atelier-node --chain local (4 validators)', () => {
  const nodes = [];

  after(async () => {
    await stopNodes(nodes);
  }, { timeout: HOOK_TIMEOUT_MS });

  test('finalizes with four validators and keeps finalizing when one fails', async () => {
    await startValidators({ chain: 'local', names: VALIDATORS, nodes });
    const api = await connect(nodes[0]);
    try {
      const authorities = await api.query.babe.authorities();
      assert.equal(authorities.length, 4);

      const finalized = await waitForFinalized(api, 3, 180_000);

      // Dave fails hard.
      nodes[3].child.kill('SIGKILL');
      await nodes[3].exited;

      const later = await waitForFinalized(api, finalized + 3, 180_000);
      assert.ok(later >= finalized + 3, `finality went on without Dave: ${finalized} -> ${later}`);
      const peers = (await api.rpc.system.health()).peers.toNumber();
      assert.ok(peers >= 2, `Alice still sees Bob and Charlie (${peers} peers)`);
    } finally {
      await api.disconnect();
    }
  });
});
