// Reserve: holdings, allocation against targets, runway, the last budget payment and buy-back,
// and the reserve's history over recent blocks as charts.

import type { ApiPromise } from '@polkadot/api';
import { useEffect, useState } from 'preact/hooks';

import { atl, ausd, rpc } from '../chain';
import { Bars, Card, ErrorBox, LineChart, useBlockSeries, useChain, useLive } from '../ui';

interface ReserveStatus {
  atl: string; stable: string; lp: string; lpSupply: string; polAtl: string; polStable: string; polShare: string;
  allocation: { stable: string; pol: string; atl: string }; targets: { stable: string; pol: string; atl: string };
  budgetPerDay: string; arrears: string; runwayDays: number | null; floor: string; period: number; periodStartedAt: number;
  nextPeriodAt: number; volume: string; circulating: string; velocity: string; spotPrice: string; averagePrice: string;
  lastBudget: { period: number; at: number; paid: string; shortfall: string } | null;
  lastBuyback: { period: number; at: number; stableSpent: string; atlBought: string; destination: string } | null;
  totalBoughtBack: string; totalBurned: string; totalBudgetPaid: string;
}

/// One closed period: the budget it paid and the buy-back it made, if any.
interface Closed { period: number; at: number; paid: bigint; shortfall: bigint; bought: bigint; spent: bigint }

/// The last `count` closed periods, newest last, read from the chain's history: the reserve's
/// status at the block each period closed carries that close's budget payment and buy-back, and
/// the block before it says when the period before started.
async function closedPeriods(api: ApiPromise, status: ReserveStatus, count: number): Promise<{ rows: Closed[]; pruned: boolean }> {
  const statusAt = async (block: number) =>
    rpc<ReserveStatus>(api, 'reserve_status', [(await api.rpc.chain.getBlockHash(block)).toHex()]);
  const out: Closed[] = [];
  let closedAt = status.periodStartedAt;
  while (out.length < count && closedAt > 0) {
    let at: ReserveStatus, before: ReserveStatus;
    try {
      [at, before] = await Promise.all([statusAt(closedAt), statusAt(closedAt - 1)]);
    } catch {
      // The node no longer keeps that block's state (it prunes all but recent blocks unless it
      // is an archive node): the periods read so far are shown.
      return { rows: out.reverse(), pruned: true };
    }
    const budget = at.lastBudget?.period === at.period - 1 ? at.lastBudget : null;
    const buyback = at.lastBuyback?.period === at.period - 1 ? at.lastBuyback : null;
    out.push({
      period: at.period - 1, at: closedAt, paid: BigInt(budget?.paid ?? 0), shortfall: BigInt(budget?.shortfall ?? 0),
      bought: BigInt(buyback?.atlBought ?? 0), spent: BigInt(buyback?.stableSpent ?? 0),
    });
    if (before.periodStartedAt >= closedAt) break;
    closedAt = before.periodStartedAt;
  }
  return { rows: out.reverse(), pruned: false };
}

/// Bars per period: the budget paid and the aUSD a buy-back spent.
function PeriodBars({ rows, pruned }: { rows: Closed[]; pruned: boolean }) {
  if (rows.length === 0) {
    return <p class="muted" data-periods="none">{pruned
      ? 'This node no longer keeps the state of the blocks where periods closed (it is not an archive node): the last payment and buy-back are above.'
      : 'No period has closed yet: the budget is paid and the buy-back made when one does.'}</p>;
  }
  const max = Number(rows.reduce((m, r) => [m, r.paid, r.spent].reduce((a, b) => (b > a ? b : a)), 1n));
  const W = 640, H = 200, B = 28, gap = 8;
  const slot = (W - 20) / rows.length;
  const bar = Math.max(2, (slot - gap) / 2);
  const h = (v: bigint) => (Number(v) / max) * (H - B - 20);
  return (
    <figure class="chart" data-chart="periods">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="budget paid and bought back per period">
        <line x1="10" y1={H - B} x2={W - 10} y2={H - B} class="axis" />
        {rows.map((r, i) => {
          const x = 10 + i * slot + gap / 2;
          return (
            <g data-period={r.period} data-paid={r.paid.toString()} data-spent={r.spent.toString()}>
              <rect x={x} y={H - B - h(r.paid)} width={bar} height={h(r.paid)} fill="#d97706"><title>{`period ${r.period}: ${ausd(r.paid)} paid`}</title></rect>
              <rect x={x + bar} y={H - B - h(r.spent)} width={bar} height={h(r.spent)} fill="#7c3aed"><title>{`period ${r.period}: ${ausd(r.spent)} spent on ${atl(r.bought)}`}</title></rect>
              <text x={x + bar} y={H - 8} text-anchor="middle" class="tick">{r.period}</text>
            </g>
          );
        })}
      </svg>
      <figcaption>{pruned ? 'the periods whose closing block this node still keeps; ' : ''}per period, in aUSD: <span class="legend"><i style={{ background: '#d97706' }} />budget paid</span><span class="legend"><i style={{ background: '#7c3aed' }} />spent buying back ATL</span></figcaption>
    </figure>
  );
}

const num = (amount: string, decimals: number) => Number(BigInt(amount) / 10n ** BigInt(Math.max(0, decimals - 6))) / 1e6;

export function ReservePage() {
  const status = useLive((api) => rpc<ReserveStatus>(api, 'reserve_status'), []);
  const history = useBlockSeries((api, hash) => rpc<ReserveStatus>(api, 'reserve_status', [hash]), 60);
  const s = status.value;
  const { api } = useChain();
  const [periods, setPeriods] = useState<{ rows: Closed[]; pruned: boolean }>();
  // Read again when a period closes, not at every block.
  useEffect(() => {
    if (!s) return;
    let live = true;
    closedPeriods(api, s, 12).then((read) => live && setPeriods(read));
    return () => { live = false; };
  }, [s?.periodStartedAt]);
  const points = (pick: (r: ReserveStatus) => number) => history.map(([n, r]) => [n, pick(r)] as [number, number]);
  return (
    <div class="grid">
      {status.error && <ErrorBox error={status.error} />}
      {s && (
        <Card title="Holdings" id="holdings">
          <dl class="facts">
            <dt>aUSD</dt><dd data-fact="stable" data-units={s.stable}>{ausd(s.stable)}</dd>
            <dt>ATL</dt><dd data-fact="atl" data-units={s.atl}>{atl(s.atl)}</dd>
            <dt>Protocol-owned liquidity</dt><dd data-fact="pol">{atl(s.polAtl, 0)} + {ausd(s.polStable)} ({s.polShare}% of the pool)</dd>
            <dt>Runway</dt><dd data-fact="runway">{s.runwayDays === null ? 'no budget to pay' : `${s.runwayDays} days`}</dd>
            <dt>Budget</dt><dd data-fact="budget">{ausd(s.budgetPerDay)} a day{BigInt(s.arrears) > 0n ? `, ${ausd(s.arrears)} in arrears` : ''}</dd>
            <dt>Floor</dt><dd>{ausd(s.floor)}</dd>
            <dt>ATL price</dt><dd data-fact="price">{Number(s.spotPrice).toFixed(4)} aUSD spot, {Number(s.averagePrice).toFixed(4)} average</dd>
            <dt>Period</dt><dd>{s.period}, next closes at block #{s.nextPeriodAt}</dd>
          </dl>
        </Card>
      )}
      {s && (
        <Card title="Allocation against targets" id="allocation">
          <Bars id="allocation" rows={(['stable', 'pol', 'atl'] as const).map((k) => ({
            name: { stable: 'aUSD', pol: 'Liquidity', atl: 'ATL' }[k], value: Number(s.allocation[k]), mark: Number(s.targets[k]),
            text: `${Number(s.allocation[k]).toFixed(1)}% (target ${Number(s.targets[k]).toFixed(1)}%)`,
          }))} />
          <h3>Last budget payment</h3>
          <p data-fact="last-budget">{s.lastBudget ? `Period ${s.lastBudget.period} at #${s.lastBudget.at}: ${ausd(s.lastBudget.paid)} paid, ${ausd(s.lastBudget.shortfall)} short` : 'None yet: the budget is paid when a period closes.'}</p>
          <h3>Last buy-back</h3>
          <p data-fact="last-buyback">{s.lastBuyback ? `Period ${s.lastBuyback.period} at #${s.lastBuyback.at}: ${ausd(s.lastBuyback.stableSpent)} bought ${atl(s.lastBuyback.atlBought)} (${s.lastBuyback.destination})` : 'None yet.'}</p>
          <dl class="facts">
            <dt>Budget paid in all</dt><dd>{ausd(s.totalBudgetPaid)}</dd>
            <dt>Bought back in all</dt><dd>{atl(s.totalBoughtBack)}, {atl(s.totalBurned)} burnt</dd>
          </dl>
        </Card>
      )}
      <Card title="Holdings, recent blocks" id="holdings-chart">
        <LineChart id="holdings" label="aUSD held and in the pool" format={(y) => `${y.toFixed(0)}`}
          series={[
            { name: 'aUSD held', color: '#059669', points: points((r) => num(r.stable, 6)) },
            { name: 'aUSD in the pool', color: '#2563eb', points: points((r) => num(r.polStable, 6)) },
          ]} />
      </Card>
      <Card title="Budget payments and buy-backs, the last 12 periods" id="periods-chart">
        {periods ? <PeriodBars rows={periods.rows} pruned={periods.pruned} /> : <p class="muted">Reading the periods…</p>}
      </Card>
      <Card title="Budget paid and bought back in all, recent blocks" id="flows-chart">
        <LineChart id="flows" label="cumulative, aUSD and ATL" format={(y) => `${y.toFixed(0)}`}
          series={[
            { name: 'budget paid (aUSD)', color: '#d97706', points: points((r) => num(r.totalBudgetPaid, 6)) },
            { name: 'bought back (ATL)', color: '#7c3aed', points: points((r) => num(r.totalBoughtBack, 12)) },
          ]} />
      </Card>
      <Card title="Runway, recent blocks" id="runway-chart">
        {s?.runwayDays === null && history.every(([, r]) => r.runwayDays === null)
          ? <p class="muted" data-runway="none">No budget line is paid, so there is no runway to chart.</p>
          : <LineChart id="runway" label="days of budget the aUSD held pays" format={(y) => `${y.toFixed(0)} d`}
            series={[{ name: 'runway', color: '#dc2626', points: history.filter(([, r]) => r.runwayDays !== null).map(([n, r]) => [n, r.runwayDays as number]) }]} />}
      </Card>
    </div>
  );
}
