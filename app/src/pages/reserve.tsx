// Reserve: holdings, allocation against targets, runway, the last budget payment and buy-back,
// and the reserve's history over recent blocks as charts.

import { atl, ausd, rpc } from '../chain';
import { Bars, Card, ErrorBox, LineChart, useBlockSeries, useLive } from '../ui';

interface ReserveStatus {
  atl: string; stable: string; lp: string; lpSupply: string; polAtl: string; polStable: string; polShare: string;
  allocation: { stable: string; pol: string; atl: string }; targets: { stable: string; pol: string; atl: string };
  budgetPerDay: string; arrears: string; runwayDays: number | null; floor: string; period: number; periodStartedAt: number;
  nextPeriodAt: number; volume: string; circulating: string; velocity: string; spotPrice: string; averagePrice: string;
  lastBudget: { period: number; at: number; paid: string; shortfall: string } | null;
  lastBuyback: { period: number; at: number; stableSpent: string; atlBought: string; destination: string } | null;
  totalBoughtBack: string; totalBurned: string; totalBudgetPaid: string;
}

const num = (amount: string, decimals: number) => Number(BigInt(amount) / 10n ** BigInt(Math.max(0, decimals - 6))) / 1e6;

export function ReservePage() {
  const status = useLive((api) => rpc<ReserveStatus>(api, 'reserve_status'), []);
  const history = useBlockSeries((api, hash) => rpc<ReserveStatus>(api, 'reserve_status', [hash]), 60);
  const s = status.value;
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
      <Card title="Budget paid and bought back, recent blocks" id="flows-chart">
        <LineChart id="flows" label="cumulative, aUSD and ATL" format={(y) => `${y.toFixed(0)}`}
          series={[
            { name: 'budget paid (aUSD)', color: '#d97706', points: points((r) => num(r.totalBudgetPaid, 6)) },
            { name: 'bought back (ATL)', color: '#7c3aed', points: points((r) => num(r.totalBoughtBack, 12)) },
          ]} />
      </Card>
      <Card title="Runway, recent blocks" id="runway-chart">
        <LineChart id="runway" label="days of budget the aUSD held pays" format={(y) => `${y.toFixed(0)} d`}
          series={[{ name: 'runway', color: '#dc2626', points: history.filter(([, r]) => r.runwayDays !== null).map(([n, r]) => [n, r.runwayDays as number]) }]} />
      </Card>
    </div>
  );
}
