// End to end on the real node: `atelier-node --dev` on a temporary base path, driven by an
// independent client (polkadot.js from npm), as a creator's wallet or a studio's script would.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { u8aToHex } from '@polkadot/util';
import { mnemonicGenerate } from '@polkadot/util-crypto';

import {
  DOLLAR, HOOK_TIMEOUT_MS, UNIT, devAccounts, devKeyring, rpc, sleep, startConnected, stopNode, stopNodes,
  submitFinalized, tempBasePath, waitForFinalized,
} from './lib/node.mjs';

const STABLECOIN = 1;

describe('atelier-node --dev', () => {
  const basePath = tempBasePath();
  let node;
  let api;
  let alice, bob, charlie;
  // Recorded before the restart, checked after it.
  let finalizedBeforeStop;
  let bobFreeBeforeStop;
  let charlieUsdBeforeStop;

  before(async () => {
    ({ alice, bob, charlie } = await devAccounts(['Alice', 'Bob', 'Charlie']));
    ({ node, api } = await startConnected({ basePath }));
  }, { timeout: HOOK_TIMEOUT_MS });

  after(async () => {
    await stopNodes([node], api);
  }, { timeout: HOOK_TIMEOUT_MS });

  test('produces and finalizes blocks, with chain properties wallets need', async () => {
    await waitForFinalized(api, 2);
    const properties = await api.rpc.system.properties();
    assert.equal(properties.tokenSymbol.unwrap()[0].toString(), 'ATL');
    assert.equal(properties.tokenDecimals.unwrap()[0].toNumber(), 12);
    assert.equal(properties.ss58Format.unwrap().toNumber(), 42);
    assert.equal((await api.rpc.system.chain()).toString(), 'Atelier Development');
    assert.equal(api.runtimeVersion.specName.toString(), 'atelier');
  });

  test('a signed transfer is finalized with its events, and balances move by amount + fee', async () => {
    const amount = 5n * UNIT;
    const before = {
      alice: (await api.query.system.account(alice.address)).data.free.toBigInt(),
      bob: (await api.query.system.account(bob.address)).data.free.toBigInt(),
    };

    const tx = api.tx.balances.transferKeepAlive(bob.address, amount);
    const { blockHash, events } = await submitFinalized(api, tx, alice);

    const names = events.map(({ event }) => `${event.section}.${event.method}`);
    assert.ok(names.includes('balances.Transfer'), names.join(', '));
    assert.ok(names.includes('system.ExtrinsicSuccess'), names.join(', '));
    const feeEvent = events.find(({ event }) => event.section === 'transactionPayment' &&
      event.method === 'TransactionFeePaid');
    assert.ok(feeEvent, 'the fee is reported');
    const fee = feeEvent.event.data.actualFee.toBigInt();
    assert.ok(fee > 0n);

    const apiAt = await api.at(blockHash);
    const alice1 = (await apiAt.query.system.account(alice.address)).data.free.toBigInt();
    const bob1 = (await apiAt.query.system.account(bob.address)).data.free.toBigInt();
    assert.equal(bob1, before.bob + amount);
    assert.equal(alice1, before.alice - amount - fee);
  });

  test('a stablecoin transfer moves aUSD and emits assets.Transferred', async () => {
    const amount = 250n * DOLLAR;
    const balanceOf = async (at, who) => {
      const account = await at.query.assets.account(STABLECOIN, who);
      return account.isSome ? account.unwrap().balance.toBigInt() : 0n;
    };
    const bobBefore = await balanceOf(api, bob.address);
    const charlieBefore = await balanceOf(api, charlie.address);

    const tx = api.tx.assets.transfer(STABLECOIN, charlie.address, amount);
    const { blockHash, events } = await submitFinalized(api, tx, bob);

    const transferred = events.find(({ event }) => event.section === 'assets' &&
      event.method === 'Transferred');
    assert.ok(transferred, 'assets.Transferred is emitted');
    assert.equal(transferred.event.data.amount.toBigInt(), amount);

    const apiAt = await api.at(blockHash);
    assert.equal(await balanceOf(apiAt, bob.address), bobBefore - amount);
    assert.equal(await balanceOf(apiAt, charlie.address), charlieBefore + amount);
  });

  test('payment_queryInfo quotes the fee of a transfer', async () => {
    const tx = api.tx.balances.transferKeepAlive(bob.address, UNIT);
    const info = await tx.paymentInfo(alice);
    assert.ok(info.partialFee.toBigInt() > 0n);
    assert.ok(info.partialFee.toBigInt() < UNIT / 1000n, `a transfer costs under 0.001 ATL`);
  });

  test('a transaction with a bad signature is rejected with a clear error', async () => {
    const tx = api.tx.balances.transferKeepAlive(bob.address, UNIT);
    const nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
    await tx.signAsync(alice, { nonce });
    // Flip one byte of the sr25519 signature.
    const bytes = tx.toU8a();
    const hex = u8aToHex(bytes);
    const signatureStart = hex.indexOf(u8aToHex(tx.signature.toU8a()).slice(2));
    assert.ok(signatureStart > 0, 'the signature is found in the encoding');
    const tampered = hex.slice(0, signatureStart) +
      (hex[signatureStart] === '0' ? '1' : '0') + hex.slice(signatureStart + 1);

    const response = await rpc(node, 'author_submitExtrinsic', [tampered]);
    assert.ok(response.error, JSON.stringify(response));
    assert.equal(response.error.code, 1010);
    assert.match(response.error.message, /Invalid Transaction/);
    assert.match(JSON.stringify(response.error.data), /bad signature/i);
  });

  test('a transaction from an account that cannot pay its fee is rejected', async () => {
    const pauper = devKeyring().addFromMnemonic(mnemonicGenerate());
    const tx = api.tx.balances.transferKeepAlive(bob.address, UNIT);
    await assert.rejects(
      tx.signAndSend(pauper),
      (error) => /1010/.test(error.message) && /Inability to pay some fees/i.test(error.message),
    );
  });

  test('malformed JSON-RPC requests get JSON-RPC error objects and the node keeps producing', async () => {
    const post = (body) => fetch(node.rpcUrl, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body,
    }).then((r) => r.json());

    const parseError = await post('{"jsonrpc":"2.0","id":1,"method":');
    assert.equal(parseError.error.code, -32700);

    const unknownMethod = await rpc(node, 'atelier_doesNotExist', []);
    assert.equal(unknownMethod.error.code, -32601);

    const badParams = await rpc(node, 'chain_getBlockHash', ['not a number']);
    assert.equal(badParams.error.code, -32602);

    const badExtrinsic = await rpc(node, 'author_submitExtrinsic', ['0xdeadbeef']);
    assert.ok(badExtrinsic.error, JSON.stringify(badExtrinsic));

    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    const deadline = Date.now() + 60_000;
    let now = best;
    while (now <= best + 1 && Date.now() < deadline) {
      await sleep(1000);
      now = (await api.rpc.chain.getHeader()).number.toNumber();
    }
    assert.ok(now > best + 1, `blocks keep coming after bad input (${best} -> ${now})`);
  });

  test('Prometheus metrics are served', async () => {
    const text = await fetch(`http://127.0.0.1:${node.prometheusPort}/metrics`).then((r) => r.text());
    assert.match(text, /substrate_block_height\{status="finalized"/);
  });

  test('height and balances survive a restart on the same base path', async () => {
    finalizedBeforeStop = await waitForFinalized(api, 1);
    const finalizedHead = await api.rpc.chain.getFinalizedHead();
    const atFinal = await api.at(finalizedHead);
    finalizedBeforeStop = (await api.rpc.chain.getHeader(finalizedHead)).number.toNumber();
    bobFreeBeforeStop = (await atFinal.query.system.account(bob.address)).data.free.toBigInt();
    const usd = await atFinal.query.assets.account(STABLECOIN, charlie.address);
    charlieUsdBeforeStop = usd.unwrap().balance.toBigInt();

    await api.disconnect();
    const { code, signal } = await stopNode(node);
    assert.ok(code === 0 || signal === 'SIGINT', `clean shutdown (code ${code}, signal ${signal})`);

    ({ node, api } = await startConnected({ basePath, name: 'restarted' }));

    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    assert.ok(best >= finalizedBeforeStop, `best ${best} >= finalized before stop ${finalizedBeforeStop}`);
    const oldHash = await api.rpc.chain.getBlockHash(finalizedBeforeStop);
    const atOld = await api.at(oldHash);
    assert.equal((await atOld.query.system.account(bob.address)).data.free.toBigInt(), bobFreeBeforeStop);
    assert.equal(
      (await atOld.query.assets.account(STABLECOIN, charlie.address)).unwrap().balance.toBigInt(),
      charlieUsdBeforeStop,
    );
    // And the chain goes on from there.
    await waitForFinalized(api, finalizedBeforeStop + 1);
  });
});
