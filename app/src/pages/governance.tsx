// Reputation and governance: an account's score, its parts and tier; staking; the open
// referenda with the voter's weight, a vote cast or removed.

import { useState } from 'preact/hooks';
import { decodeAddress } from '@polkadot/util-crypto';
import { u8aToString } from '@polkadot/util';

import { atl, findEvent, parseUnits, rpc, send } from '../chain';
import { Bars, Card, ErrorBox, Field, Input, useAccount, useAction, useChain, useLive } from '../ui';

interface Reputation {
  score: number; tier: number; creation: number; maturing: number; seed: number; stakePoints: number;
  countedStakePoints: number; penalties: number; staked: string; unbonding: string;
  nextTierAt: number | null; nextTierNeeds: number | null; item: number | null;
}
interface Referendum { index: number; track: number; deciding: boolean; ayes: number; nays: number; voted: 'aye' | 'nay' | null; votedWeight: number }
interface Voter { weight: number; electorate: number; freeVoteSlots: number; open: Referendum[] }

export function GovernancePage({ params }: { params: URLSearchParams }) {
  const account = useAccount();
  const [lookup, setLookup] = useState(params.get('account') ?? '');
  const who = lookup.trim() || account?.address || '';
  let valid = true;
  try { decodeAddress(who); } catch { valid = false; }
  return (
    <div class="grid">
      <Card title="Reputation" id="reputation">
        <Field label="Account" hint="empty: the selected account"><Input name="reputation-account" value={lookup} onInput={setLookup} placeholder={account?.address} /></Field>
        {who && !valid && <ErrorBox error="Not an address: paste an SS58 address" />}
        {who && valid && <ReputationOf address={who} />}
      </Card>
      <StakeCard />
      <Referenda />
    </div>
  );
}

function ReputationOf({ address }: { address: string }) {
  const rep = useLive((api) => rpc<Reputation>(api, 'reputation_of', [address]), [address]);
  const r = rep.value;
  if (rep.error) return <ErrorBox error={rep.error} />;
  if (!r) return <p class="muted">Loading…</p>;
  const total = Math.max(1, r.creation + r.countedStakePoints + r.maturing + r.seed);
  const pct = (v: number) => (v / total) * 100;
  return (
    <div data-reputation={address}>
      <p class="big"><span data-fact="score">{r.score}</span> points · tier <span data-fact="tier">{r.tier}</span></p>
      <p class="muted">{r.nextTierAt === null ? 'The top tier.' : `${r.nextTierNeeds} more points to tier ${r.tier + 1} (at ${r.nextTierAt}).`}{r.item === null ? ' No reputation item yet.' : ` Reputation item #${r.item}.`}</p>
      <Bars id="parts" rows={[
        { name: 'Creation', value: pct(r.creation), text: `${r.creation}` },
        { name: 'Stake (counted)', value: pct(r.countedStakePoints), text: `${r.countedStakePoints} of ${r.stakePoints}` },
        { name: 'Maturing', value: pct(r.maturing), text: `${r.maturing}` },
        { name: 'Founder’s seed', value: pct(r.seed), text: `${r.seed}` },
        { name: 'Penalties', value: pct(r.penalties), text: r.penalties ? `−${r.penalties}` : '0' },
      ]} />
      <dl class="facts">
        <dt>Staked</dt><dd data-fact="staked" data-planck={r.staked}>{atl(r.staked)}</dd>
        <dt>Unbonding</dt><dd>{atl(r.unbonding)}</dd>
      </dl>
      <p class="muted small">Stake counts up to twice the creation; creation is credited for what compute, licensing and sales paid the protocol, and matures before it counts.</p>
    </div>
  );
}

function StakeCard() {
  const { api } = useChain();
  const account = useAccount();
  const [amount, setAmount] = useState('1000');
  const [done, setDone] = useState<string>();
  const action = useAction();
  const run = (stake: boolean) => action.runAs(async (account) => {
    const value = parseUnits(amount, 12);
    if (value === 0n) throw new Error('An amount above zero');
    const tx = stake ? api.tx.reputation.stake(value) : api.tx.reputation.unstake(value);
    const { events } = await send(api, account, tx, stake ? 'stake' : 'unstake');
    const staked = findEvent(events, 'reputation', stake ? 'Staked' : 'Unbonding');
    setDone(stake ? `Staked; ${atl(String(staked?.staked ?? 0))} in all.` : `Unbonding until block ${staked?.unlocksAt}.`);
  });
  return (
    <Card title="Stake" id="stake">
      <Field label="Amount, ATL"><Input name="stake-amount" value={amount} onInput={setAmount} /></Field>
      <div class="actions">
        <button class="primary" name="stake" disabled={action.busy || !account} onClick={() => run(true)}>Stake</button>
        <button name="unstake" disabled={action.busy || !account} onClick={() => run(false)}>Unstake</button>
        <button name="withdraw" disabled={action.busy || !account} onClick={() => action.runAs(async (account) => {
          const { events } = await send(api, account, api.tx.reputation.withdrawUnbonded(), 'withdraw unbonded');
          setDone(`Withdrew ${atl(String(findEvent(events, 'reputation', 'Withdrawn')?.amount ?? 0))}.`);
        })}>Withdraw unbonded</button>
      </div>
      {done && <p class="ok" data-staked>{done}</p>}
      <ErrorBox error={action.error} />
      <p class="muted small">Staked ATL is held; an unstake unbonds over the unbonding period. A vote locks its stake until the vote is removed.</p>
    </Card>
  );
}

function Referenda() {
  const { api } = useChain();
  const account = useAccount();
  const action = useAction();
  const voter = useLive((api) => (account ? rpc<Voter>(api, 'governance_voter', [account.address]) : Promise.resolve(undefined)), [account?.address]);
  const tracks = new Map<number, string>(
    (api.consts.referenda.tracks as unknown as [{ toNumber(): number }, { name: { toU8a?: (bare?: boolean) => Uint8Array; toString(): string } }][])
      .map(([id, info]) => [id.toNumber(), trackName(info.name)]),
  );
  const v = voter.value;
  const vote = (index: number, aye: boolean | null) => action.runAs(async (account) => {
    const tx = aye === null ? api.tx.governance.removeVote(index) : api.tx.governance.vote(index, aye);
    await send(api, account, tx, aye === null ? `remove vote #${index}` : `vote ${aye ? 'aye' : 'nay'} #${index}`);
  });
  return (
    <Card title="Open referenda" id="referenda" wide>
      {voter.error && <ErrorBox error={voter.error} />}
      {v && <p>Your vote weighs <strong data-fact="weight">{v.weight}</strong> points of an electorate of {v.electorate}.{v.weight === 0 && ' Stake ATL and create to earn weight.'}</p>}
      {v?.open.length === 0 && <p class="muted">No referendum is open.</p>}
      {v && v.open.length > 0 && (
        <table class="table">
          <thead><tr><th>#</th><th>Track</th><th>Tally</th><th>Your vote</th><th /></tr></thead>
          <tbody>
            {v.open.map((r) => {
              const total = Math.max(1, r.ayes + r.nays);
              return (
                <tr data-referendum={r.index} data-voted={r.voted ?? 'none'}>
                  <td>{r.index}</td>
                  <td>{tracks.get(r.track) ?? r.track}{r.deciding ? ' · deciding' : ' · preparing'}</td>
                  <td>
                    <span class="tally"><span class="ayes" style={{ width: `${(r.ayes / total) * 100}%` }} /></span>
                    <span data-ayes={r.ayes}>{r.ayes} aye</span> · <span data-nays={r.nays}>{r.nays} nay</span>
                  </td>
                  <td data-fact="voted">{r.voted ? `${r.voted} (${r.votedWeight})` : '—'}</td>
                  <td class="actions">
                    {r.voted === null ? (
                      <>
                        <button name="aye" disabled={action.busy || !account} onClick={() => vote(r.index, true)}>Aye</button>
                        <button name="nay" disabled={action.busy || !account} onClick={() => vote(r.index, false)}>Nay</button>
                      </>
                    ) : (
                      <button name="remove-vote" disabled={action.busy || !account} onClick={() => vote(r.index, null)}>Remove vote</button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <ErrorBox error={action.error} />
    </Card>
  );
}

/// A track's name: its bytes up to the first zero.
function trackName(name: { toU8a?: (bare?: boolean) => Uint8Array; toString(): string }): string {
  // Bare: without the length prefix a variable-length type carries.
  const bytes = name.toU8a ? name.toU8a(true) : new Uint8Array();
  const end = bytes.indexOf(0);
  const text = u8aToString(end >= 0 ? bytes.subarray(0, end) : bytes).replace(/_/g, ' ');
  return text || name.toString();
}
