// End to end: the treasury reserve on a real dev node, through polkadot.js and JSON-RPC. Genesis
// gives the reserve the ATL/aUSD pool; `reserve_status` shows its holdings, POL share, targets,
// prices and period. Root (the sudo key on dev) shortens the period to 10 blocks and gives Dave a
// budget line of aUSD a day; fee shares arrive; at the period's end the budget is paid first (the
// line's rate over the period's 10 blocks, not a day's amount: issue 25, attack 4) and the inflow
// converted, with the events saying how much and at which prices. A line above what a month of
// one treasury spend allows is refused even to Root (attack 3). Then Eve dumps ATL into the pool:
// the spot price leaves the average's band, and the next period refuses to trade, saying why. A
// grant in aUSD that would take the reserve below its runway floor is not paid.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  DEV_FAST, DOLLAR, HOOK_TIMEOUT_MS, RESERVE, UNIT, devAccounts, eventData, rpc, sleep, startConnected, stopNodes,
  submitInBlock as submit,
} from './lib/node.mjs';

const STABLE = 1;

describe('reserve: budget first, guarded conversion, status over JSON-RPC', () => {
  let node;
  let api;
  let k;

  const status = async () => {
    const reply = await rpc(node, 'reserve_status', []);
    assert.equal(reply.error, undefined, JSON.stringify(reply.error));
    return reply.result;
  };
  const usd = async (who, at) => {
    const account = await (at ? await api.at(at) : api).query.assets.account(STABLE, who);
    return account.isSome ? account.unwrap().balance.toBigInt() : 0n;
  };
  // The number of the block `blockHash` names.
  const numberOf = async (blockHash) => (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
  // Waits for the first period to close after block `after` (a period closes in the first block
  // of the next, before its transactions) and returns the status then and that block's events.
  const periodClosed = async (after) => {
    for (let i = 0; i < 120; i += 1) {
      const s = await status();
      if (s.periodStartedAt > after) {
        const hash = await api.rpc.chain.getBlockHash(s.periodStartedAt);
        const events = await (await api.at(hash)).query.system.events();
        const parent = (await api.rpc.chain.getHeader(hash)).parentHash;
        return { s, events, hash, parent };
      }
      await sleep(1_000);
    }
    throw new Error(`no period closed after block ${after}`);
  };
  const reserveEvents = (events) =>
    events.filter(({ event }) => event.section === 'reserve').map(({ event }) => ({
      method: event.method,
      // Named fields, camelCased as polkadot.js names call arguments.
      data: Object.fromEntries(event.data.names.map((name, i) => [
        name.replace(/_([a-z])/g, (_, c) => c.toUpperCase()),
        event.data[i].toJSON(),
      ])),
    }));

  before(async () => {
    k = await devAccounts(['Alice', 'Bob', 'Dave', 'Eve']);
    ({ node, api } = await startConnected({ args: DEV_FAST }));
  }, { timeout: HOOK_TIMEOUT_MS });

  after(async () => {
    await stopNodes([node], api);
  }, { timeout: HOOK_TIMEOUT_MS });

  test('genesis gives the reserve the pool, and reserve_status shows it', async () => {
    // Block 1's first act samples the pool price.
    while ((await api.rpc.chain.getHeader()).number.toNumber() < 1) await sleep(500);
    const s = await status();
    // The reserve owns the whole pool but the 100 LP units locked at its creation.
    assert.equal(BigInt(s.lp) + 100n, BigInt(s.lpSupply));
    assert.ok(Number(s.polShare) > 99.99, s.polShare);
    assert.equal(s.spotPrice, '1.000000000');
    assert.equal(s.averagePrice, '1.000000000');
    assert.equal(s.stable, String(500_000n * DOLLAR));
    assert.deepEqual(s.targets, { stable: '50.0000', pol: '30.0000', atl: '20.0000' });
    assert.equal(s.period, 0);
    assert.equal(s.nextPeriodAt, 14_400);
    assert.equal(s.runwayDays, null, 'no budget yet');
    // The pool quotes from the first block (polkadot.js's view of asset conversion).
    const reserves = await api.call.assetConversionApi.getReserves({ Native: null }, { WithId: STABLE });
    assert.ok(reserves.isSome);
  });

  test('the budget is paid first at the period end, its daily rate over the period, then the inflow is converted', async () => {
    // Root: ten-block periods, and 2 880 aUSD a day to Dave (2 aUSD for every 10 blocks).
    await submit(api, api.tx.sudo.sudo(api.tx.governance.setParameter({ Reserve: { Period: [null, 10] } })), k.alice);
    await submit(api, api.tx.sudo.sudo(api.tx.reserve.setBudgetLine(k.dave.address, 2_880n * DOLLAR)), k.alice);
    const sudoError = (events) => {
      const result = eventData(api, events, 'sudo', 'Sudid').sudoResult;
      assert.ok(result.isErr);
      return api.registry.findMetaError(result.asErr.asModule).name;
    };
    // A budget line below the stablecoin's minimum is refused with the pallet's error.
    const { events: refused } = await submit(api, api.tx.sudo.sudo(api.tx.reserve.setBudgetLine(k.eve.address, 1n)), k.alice);
    assert.equal(sudoError(refused), 'BelowMinimum');
    // Attack 3: a line that would drain the stablecoin is refused, to Root too: thirty days of
    // the whole budget stay within one treasury spend (100 000).
    const { events: drain } = await submit(api, api.tx.sudo.sudo(api.tx.reserve.setBudgetLine(k.eve.address, 1_000_000n * DOLLAR)), k.alice);
    assert.equal(sudoError(drain), 'OverSpendLimit');
    // A signed account cannot set the budget.
    await assert.rejects(submit(api, api.tx.reserve.setBudgetLine(k.eve.address, 100n * DOLLAR), k.eve), /BadOrigin/);
    // Fee shares arrive (a transfer stands for them): 10 000 ATL.
    const { blockHash } = await submit(api, api.tx.balances.transferKeepAlive(RESERVE, 10_000n * UNIT), k.bob);
    const { s, events, hash, parent } = await periodClosed(await numberOf(blockHash));
    const ours = reserveEvents(events);
    const names = ours.map((e) => e.method);
    assert.deepEqual(names.slice(0, 2), ['PeriodClosed', 'BudgetPaid'], JSON.stringify(ours));
    // Attack 4: a ten-block period pays ten blocks of the daily rate, not a day's 2 880 aUSD.
    const paid = ours.find((e) => e.method === 'BudgetPaid').data;
    assert.equal(BigInt(paid.paid), 2n * DOLLAR);
    assert.equal(BigInt(paid.shortfall), 0n);
    assert.equal(await usd(k.dave.address, hash), await usd(k.dave.address, parent) + 2n * DOLLAR);
    const converted = ours.find((e) => e.method === 'Converted');
    assert.ok(converted, `converted: ${JSON.stringify(ours)}`);
    // Half the inflow, sold within 2% of the spot price; the event carries the prices.
    assert.equal(BigInt(converted.data.atlSold), 5_000n * UNIT);
    assert.ok(BigInt(converted.data.stableReceived) > 4_850n * DOLLAR);
    assert.ok(BigInt(converted.data.spot) > 0n && BigInt(converted.data.average) > 0n);
    assert.equal(s.lastBudget.paid, String(2n * DOLLAR));
    assert.equal(s.budgetPerDay, String(2_880n * DOLLAR));
    // The runway is in days of budget: about 500 000 / 2 880.
    assert.ok(s.runwayDays > 150 && s.runwayDays < 200, `runway ${s.runwayDays}`);
  });

  test('a price dumped into the pool is refused by the guard, and the period says why', async () => {
    // Eve sells 300 000 ATL: the spot falls by about 40%, the hour-long average barely moves.
    await submit(
      api,
      api.tx.assetConversion.swapExactTokensForTokens([{ Native: null }, { WithId: STABLE }], 300_000n * UNIT, 1n, k.eve.address, true),
      k.eve,
    );
    // Then fee shares arrive, for the period to convert.
    const { blockHash } = await submit(api, api.tx.balances.transferKeepAlive(RESERVE, 1_000n * UNIT), k.bob);
    const reserveAtl = (await api.query.system.account(RESERVE)).data.free.toBigInt();
    const { s, events } = await periodClosed(await numberOf(blockHash));
    const skipped = reserveEvents(events).filter((e) => e.method === 'StepSkipped').map((e) => [e.data.step, e.data.reason]);
    assert.deepEqual(skipped, [['Conversion', 'Guard'], ['BuyBack', 'Guard']]);
    assert.ok(Number(s.spotPrice) < 0.7 && Number(s.averagePrice) > 0.9, `${s.spotPrice} vs ${s.averagePrice}`);
    // The reserve did not trade: its ATL is what it held (the inflow included).
    assert.equal((await api.query.system.account(RESERVE)).data.free.toBigInt(), reserveAtl);
  });

  test('a grant in aUSD below the runway floor is not paid; one above it is', async () => {
    // 3 000 aUSD a day to Dave, and a runway of 150 days: a floor of 450 000 aUSD (so that
    // the reserve's aUSD above it is less than one treasury spend may ask).
    await submit(api, api.tx.sudo.sudo(api.tx.reserve.setBudgetLine(k.dave.address, 3_000n * DOLLAR)), k.alice);
    const buyBack = {
      velocityBelow: 1_000_000, discount: 30_000, maxPerDay: 10_000n * DOLLAR, runwayDays: 150, destination: 'Burn',
    };
    await submit(api, api.tx.sudo.sudo(api.tx.governance.setParameter({ Reserve: { BuyBack: [null, buyBack] } })), k.alice);
    const s = await status();
    assert.equal(s.floor, String(450_000n * DOLLAR));
    const spendable = BigInt(s.stable) - BigInt(s.floor);
    const spend = (amount) => api.tx.sudo.sudo(api.tx.treasury.spend({ WithId: STABLE }, amount, k.eve.address, null));
    let { events } = await submit(api, spend(spendable + 1_000n * DOLLAR), k.alice);
    const tooMuch = eventData(api, events, 'treasury', 'AssetSpendApproved').index.toNumber();
    await assert.rejects(submit(api, api.tx.treasury.payout(tooMuch), k.eve), /treasury.PayoutError/);
    ({ events } = await submit(api, spend(1_000n * DOLLAR), k.alice));
    const fine = eventData(api, events, 'treasury', 'AssetSpendApproved').index.toNumber();
    const eveBefore = await usd(k.eve.address);
    await submit(api, api.tx.treasury.payout(fine), k.eve);
    assert.equal(await usd(k.eve.address), eveBefore + 1_000n * DOLLAR);
  });

  test('oracle_metrics shows the chain metrics and each period steering; Root fixes and freezes the targets', async () => {
    const metrics = async (at) => {
      const reply = await rpc(node, 'oracle_metrics', at ? [at] : []);
      assert.equal(reply.error, undefined, JSON.stringify(reply.error));
      return reply.result;
    };
    // Governance adds a style; a signed account cannot.
    await submit(api, api.tx.sudo.sudo(api.tx.provenance.addStyle('ukiyo-e')), k.alice);
    await assert.rejects(submit(api, api.tx.provenance.addStyle('spam'), k.eve), /BadOrigin/);
    // Bob stakes: an active account, counted in the block's period.
    const { blockHash } = await submit(api, api.tx.reputation.stake(1_000n * UNIT), k.bob);
    const m = await metrics(blockHash);
    assert.ok(m.engaged >= 1, JSON.stringify(m));
    assert.deepEqual(m.styles.map((st) => st.name), ['ukiyo-e']);
    assert.equal(m.mode, 'rules');
    assert.deepEqual(m.base.targets, { stable: '50.0000', pol: '30.0000', atl: '20.0000' });
    assert.equal(m.base.grants, '10.0000');
    assert.ok(Array.isArray(m.leaders) && /^\d+$/.test(m.totalGranted), JSON.stringify(m));
    // A period closes and reports what it read and did.
    const { s } = await periodClosed(await numberOf(blockHash));
    const closed = await metrics(await api.rpc.chain.getBlockHash(s.periodStartedAt));
    assert.ok(closed.last, JSON.stringify(closed));
    assert.equal(closed.last.mode, 'rules');
    assert.ok(['up', 'down', 'neutral', 'unknown'].includes(closed.last.demandSignal));
    assert.ok(closed.periodsAveraged >= 1);
    // Every close runs the grants line, and says what it read.
    assert.equal(closed.grants.period, closed.last.period, JSON.stringify(closed.grants));
    assert.equal(closed.grants.share, '10.0000');
    assert.ok(['up', 'down', 'neutral', 'unknown'].includes(closed.last.grantsSignal));
    // Root fixes the targets: in force at once, in both methods.
    const targets = { stable: 600_000, pol: 300_000, atl: 100_000 };
    const fixed = { Fixed: { targets, discount: 20_000, grants: 150_000 } };
    await submit(api, api.tx.sudo.sudo(api.tx.reserve.setSteering(fixed)), k.alice);
    const now = await metrics();
    assert.equal(now.mode, 'fixed');
    assert.deepEqual(now.steered, {
      targets: { stable: '60.0000', pol: '30.0000', atl: '10.0000' }, discount: '2.0000', grants: '15.0000',
    });
    assert.deepEqual((await status()).targets, now.steered.targets);
    // Fixed targets that do not add up, or a grants share above its range, are refused by
    // name; a signed account cannot steer.
    for (const [bad, error] of [
      [{ targets: { ...targets, atl: 0 }, discount: 20_000, grants: 100_000 }, 'TargetsNotWhole'],
      [{ targets, discount: 20_000, grants: 250_000 }, 'GrantsOutsideRange'],
    ]) {
      const { events } = await submit(api, api.tx.sudo.sudo(api.tx.reserve.setSteering({ Fixed: bad })), k.alice);
      const result = eventData(api, events, 'sudo', 'Sudid').sudoResult;
      assert.equal(api.registry.findMetaError(result.asErr.asModule).name, error);
    }
    await assert.rejects(submit(api, api.tx.reserve.setSteering('Frozen'), k.eve), /BadOrigin/);
    await submit(api, api.tx.sudo.sudo(api.tx.reserve.setSteering('Frozen')), k.alice);
    assert.equal((await metrics()).mode, 'frozen');
  });
});
