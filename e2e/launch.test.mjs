// A live network from the production chain-spec template, as docs/launch.md describes a launch:
// `build-spec --chain production-template`, the accounts replaced, `build-spec --raw`, and a
// validator started on the raw spec.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { cryptoWaitReady } from '@polkadot/util-crypto';

import {
  HOOK_TIMEOUT_MS, devKeyring, nodeBinary, rpc, sleep, startConnected, stopNodes, tempBasePath,
} from './lib/node.mjs';

describe('a live network from the production chain-spec template', () => {
  const dir = tempBasePath('atelier-launch-');
  let template;
  let founder;
  let node;
  let api;

  before(async () => {
    await cryptoWaitReady();
    // A founder the launch names in place of a placeholder.
    founder = devKeyring().addFromUri('//LaunchFounder');
  }, { timeout: HOOK_TIMEOUT_MS });

  after(async () => {
    await stopNodes([node], api);
  }, { timeout: HOOK_TIMEOUT_MS });

  test('the template is a live chain with named founders and attestors and no sudo key', () => {
    template = JSON.parse(execFileSync(nodeBinary(), ['build-spec', '--chain', 'production-template'], {
      maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'],
    }).toString());
    assert.equal(template.chainType, 'Live');
    assert.equal(template.id, 'atelier_template');
    const patch = template.genesis.runtimeGenesis.patch;
    assert.equal(patch.sudo.key, null);
    assert.equal(patch.session.keys.length, 3);
    assert.equal(patch.validators.validators.length, 3);
    assert.equal(patch.attestation.attestors.length, 2);
    const seeds = patch.reputation.founders.reduce((sum, [, seed]) => sum + seed, 0);
    assert.ok(seeds >= 10_000, `the founders' seeds (${seeds}) make up the minimum electorate`);
    assert.equal(patch.reputation.seedHorizon, 2 * seeds);
  });

  test('with a founder replaced, its raw spec runs: the founders vote from the first block', async () => {
    // The launch replaces a placeholder founder (Ferdie's well-known key) with its own account.
    const patch = template.genesis.runtimeGenesis.patch;
    const ferdie = devKeyring().addFromUri('//Ferdie').address;
    const replace = (who) => (who === ferdie ? founder.address : who);
    patch.reputation.founders = patch.reputation.founders.map(([who, seed]) => [replace(who), seed]);
    patch.balances.balances = patch.balances.balances.map(([who, amount]) => [replace(who), amount]);
    patch.assets.accounts = patch.assets.accounts.map(([id, who, amount]) => [id, replace(who), amount]);
    const edited = join(dir, 'atelier.json');
    // A launch names its network.
    template.name = 'Atelier';
    template.id = 'atelier';
    writeFileSync(edited, JSON.stringify(template));
    const raw = join(dir, 'atelier-raw.json');
    writeFileSync(raw, execFileSync(nodeBinary(), ['build-spec', '--chain', edited, '--raw'], {
      maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'],
    }));

    // One of the three validators (its key is the placeholder's: Alice's) authors its slots:
    // alone, without peers, so it forces authoring; a live chain needs a network key, which a
    // real validator generates once (`key generate-node-key`).
    ({ node, api } = await startConnected({
      basePath: tempBasePath(),
      args: ['--chain', raw, '--alice', '--validator', '--force-authoring', '--unsafe-force-node-key-generation'],
    }));
    const deadline = Date.now() + 120_000;
    while ((await api.rpc.chain.getHeader()).number.toNumber() < 1 && Date.now() < deadline) await sleep(1_000);
    assert.ok((await api.rpc.chain.getHeader()).number.toNumber() >= 1, `no block; node log: ${node.logPath}`);

    assert.ok((await api.query.sudo.key()).isNone);
    assert.equal((await api.query.reputation.totalSeed()).toNumber(), 10_000);
    assert.equal((await api.query.reputation.seeds(founder.address)).toNumber(), 2_500);
    assert.equal((await api.query.reputation.seeds(ferdie)).toNumber(), 0);
    const one = devKeyring().addFromUri('//One').address;
    assert.equal((await api.query.attestation.attestors(one)).unwrap().status.toString(), 'Active');
    const answer = await rpc(node, 'reputation_of', [founder.address]);
    assert.equal(answer.error, undefined, JSON.stringify(answer.error));
    assert.equal(answer.result.seed, 2_500);
  });
});
