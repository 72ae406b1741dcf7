// Market: list an output; buy one with the royalty preview shown before signing (who gets what,
// to the unit) and, once bought, what the chain's events say was paid; claim accrued royalties
// per model.

import type { EventRecord } from '@polkadot/types/interfaces';
import { useState } from 'preact/hooks';

import { STABLE_ASSET, assetDecimals, assetOf, camel, formatAsset, parseUnits, parseWhole, rpc, send, type Asset } from '../chain';
import { Address, Card, ErrorBox, Field, Input, Select, useAccount, useAction, useChain, useLive } from '../ui';

interface Listing { output: number; id: number; seller: string; asset: Asset; price: string }
type Payout = { account: string; amount: string } | { shareholdersOf: number; amount: string };
interface Preview { price: string; sellerProceeds: string; reserve: string; payouts: Payout[] }
/// A movement of money in a sale's block, as its event says.
interface Paid { event: string; from: string; to: string; amount: string; asset: Asset }

const assetKey = (asset: Asset) => (asset === 'Native' ? 'Native' : `Asset:${asset.Asset}`);
const assetFromKey = (key: string): Asset => (key === 'Native' ? 'Native' : { Asset: Number(key.split(':')[1]) });

/// The transfers among a transaction's events: `balances.Transfer` (ATL) and
/// `assets.Transferred` (aUSD and other assets), in the order the chain emitted them.
export function transfersIn(events: EventRecord[]): Paid[] {
  const out: Paid[] = [];
  for (const { event } of events) {
    const names = event.meta.fields.map((f) => camel(f.name.unwrapOr(undefined)?.toString() ?? ''));
    const data = Object.fromEntries(event.data.map((v, i) => [names[i], v.toString()]));
    if (event.section === 'balances' && event.method === 'Transfer') {
      out.push({ event: 'balances.Transfer', from: data.from, to: data.to, amount: data.amount, asset: 'Native' });
    } else if (event.section === 'assets' && event.method === 'Transferred') {
      out.push({ event: 'assets.Transferred', from: data.from, to: data.to, amount: data.amount, asset: { Asset: Number(data.assetId) } });
    }
  }
  return out;
}

export function MarketPage({ params }: { params: URLSearchParams }) {
  const account = useAccount();
  const [buying, setBuying] = useState<Listing>();
  const [bought, setBought] = useState<{ listing: Listing; paid: Paid[]; sold: Record<string, string>; block: number }>();
  const listings = useLive(async (api) => {
    const entries = await api.query.royalties.listings.entries();
    return entries.map(([k, v]) => {
      const json = v.toJSON() as { id: number; seller: string; asset: unknown; price: number | string };
      return { output: Number(k.args[0].toString()), id: Number(json.id), seller: json.seller, asset: assetOf(json.asset), price: BigInt(json.price).toString() };
    }).sort((a, b) => a.output - b.output);
  }, []);
  return (
    <div class="grid">
      <ListOutput initial={params.get('output') ?? ''} />
      <Card title="For sale" id="listings" wide>
        {listings.error && <ErrorBox error={listings.error} />}
        {listings.value?.length === 0 && <p class="muted">Nothing is listed.</p>}
        {listings.value && listings.value.length > 0 && (
          <table class="table">
            <thead><tr><th>Output</th><th>Seller</th><th>Price</th><th /></tr></thead>
            <tbody>
              {listings.value.map((l) => (
                <tr data-listing={l.output}>
                  <td><a href={`#/provenance?kind=output&id=${l.output}`}>Output {l.output}</a></td>
                  <td><Address address={l.seller} /></td>
                  <td data-price={l.price}>{formatAsset(l.price, l.asset, 12)}</td>
                  <td>
                    {account?.address === l.seller
                      ? <Unlist output={l.output} />
                      : <button name="review" onClick={() => { setBuying(l); setBought(undefined); }}>Review purchase</button>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      {buying && <BuyPanel key={`${buying.output}-${buying.id}`} listing={buying} onBought={(paid, sold, block) => { setBought({ listing: buying, paid, sold, block }); setBuying(undefined); }} onCancel={() => setBuying(undefined)} />}
      {bought && <PaidCard {...bought} />}
      <Accrued />
    </div>
  );
}

function ListOutput({ initial }: { initial: string }) {
  const { api } = useChain();
  const account = useAccount();
  const [output, setOutput] = useState(initial);
  const [asset, setAsset] = useState('Native');
  const [price, setPrice] = useState('10000');
  const [done, setDone] = useState<string>();
  const action = useAction();
  const submit = () => action.runAs(async (account) => {
    const id = parseWhole(output, 'Output', 0, 2 ** 32 - 1);
    const chosen = assetFromKey(asset);
    const amount = parseUnits(price, assetDecimals(chosen));
    if (amount === 0n) throw new Error('A price above zero');
    await send(api, account, api.tx.royalties.list(id, chosen, amount), `list output ${id}`);
    setDone(`Output ${id} is listed for ${formatAsset(amount, chosen)}.`);
  });
  return (
    <Card title="List an output" id="list">
      <div class="form">
        <Field label="Output"><Input name="list-output" value={output} onInput={setOutput} /></Field>
        <Field label="Paid in"><Select name="list-asset" value={asset} onChange={setAsset} options={[['Native', 'ATL'], [`Asset:${STABLE_ASSET}`, 'aUSD']]} /></Field>
        <Field label="Price"><Input name="list-price" value={price} onInput={setPrice} /></Field>
      </div>
      <button class="primary" name="list" disabled={action.busy || !account} onClick={submit}>List</button>
      {done && <p class="ok" data-listed>{done}</p>}
      <ErrorBox error={action.error} />
    </Card>
  );
}

function Unlist({ output }: { output: number }) {
  const { api } = useChain();
  const action = useAction();
  return (
    <span>
      <button name="unlist" disabled={action.busy} onClick={() => action.runAs(async (account) => {
        await send(api, account, api.tx.royalties.unlist(output), `unlist output ${output}`);
      })}>Unlist</button>
      <ErrorBox error={action.error} />
    </span>
  );
}

/// The royalty preview of a listing, read from the chain at every block, and the purchase signed
/// only from it: the listing's id and price are what the buyer agrees to.
function BuyPanel({ listing, onBought, onCancel }: {
  listing: Listing; onBought: (paid: Paid[], sold: Record<string, string>, block: number) => void; onCancel: () => void;
}) {
  const { api } = useChain();
  const account = useAccount();
  const preview = useLive((api) => rpc<Preview | null>(api, 'royalties_preview', [listing.output, listing.price]), [listing.output, listing.price]);
  const action = useAction();
  const p = preview.value;
  const buy = () => action.runAs(async (account) => {
    const tx = api.tx.royalties.buy(listing.output, listing.id, listing.asset, listing.price);
    const { events, blockNumber } = await send(api, account, tx, `buy output ${listing.output}`);
    const sold = events.find(({ event }) => event.section === 'royalties' && event.method === 'Sold');
    const names = sold?.event.meta.fields.map((f) => camel(f.name.unwrapOr(undefined)?.toString() ?? '')) ?? [];
    const soldData = sold ? Object.fromEntries(sold.event.data.map((v, i) => [names[i], v.toString()])) : {};
    onBought(transfersIn(events), soldData, blockNumber);
  });
  return (
    <Card title={`Buy output ${listing.output}`} id="preview" wide>
      <p>Price <strong data-fact="price">{formatAsset(listing.price, listing.asset, 12)}</strong> to <Address address={listing.seller} />. Before you sign, this is who gets what:</p>
      {preview.error && <ErrorBox error={preview.error} />}
      {p === null && <p class="muted">This output has no royalty policy.</p>}
      {p && (
        <table class="table" data-preview>
          <thead><tr><th>Recipient</th><th>Amount</th><th>Smallest units</th></tr></thead>
          <tbody>
            <tr data-payout="seller"><td>Seller <Address address={listing.seller} /></td><td>{formatAsset(p.sellerProceeds, listing.asset, 12)}</td><td class="num" data-amount={p.sellerProceeds}>{p.sellerProceeds}</td></tr>
            {p.payouts.map((payout) => {
              const who = 'account' in payout ? payout.account : `model-${payout.shareholdersOf}`;
              return (
                <tr data-payout={who}>
                  <td>{'account' in payout ? <>Royalty to <Address address={payout.account} /></> : <>Shareholders of model {payout.shareholdersOf}</>}</td>
                  <td>{formatAsset(payout.amount, listing.asset, 12)}</td>
                  <td class="num" data-amount={payout.amount}>{payout.amount}</td>
                </tr>
              );
            })}
            <tr data-payout="reserve"><td>The reserve</td><td>{formatAsset(p.reserve, listing.asset, 12)}</td><td class="num" data-amount={p.reserve}>{p.reserve}</td></tr>
          </tbody>
          <tfoot><tr><td>Total</td><td>{formatAsset(p.price, listing.asset, 12)}</td><td class="num">{p.price}</td></tr></tfoot>
        </table>
      )}
      <div class="actions">
        <button class="primary" name="confirm-buy" disabled={action.busy || !p || p.price !== listing.price || !!preview.error || !account} onClick={buy}>Sign and buy</button>
        <button name="cancel" onClick={onCancel}>Cancel</button>
      </div>
      <ErrorBox error={action.error} />
    </Card>
  );
}

function PaidCard({ listing, paid, sold, block }: { listing: Listing; paid: Paid[]; sold: Record<string, string>; block: number }) {
  return (
    <Card title={`Bought output ${listing.output}`} id="paid" wide>
      <p>In block #{block}: the chain’s <code>royalties.Sold</code> says price <strong data-sold-price={sold.price}>{formatAsset(sold.price ?? '0', listing.asset, 12)}</strong>, royalties <strong data-sold-royalties={sold.royalties}>{formatAsset(sold.royalties ?? '0', listing.asset, 12)}</strong>. Paid, as the transfer events say:</p>
      <table class="table" data-paid>
        <thead><tr><th>From</th><th>To</th><th>Amount</th><th>Smallest units</th></tr></thead>
        <tbody>
          {paid.map((t) => (
            <tr data-transfer={t.to}>
              <td><Address address={t.from} /></td><td><Address address={t.to} /></td>
              <td>{formatAsset(t.amount, t.asset, 12)}</td><td class="num" data-amount={t.amount}>{t.amount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

/// The royalties that accrued to the selected account, per model and asset, each claimable.
function Accrued() {
  const { api } = useChain();
  const account = useAccount();
  const action = useAction();
  const [claimed, setClaimed] = useState<string>();
  const accrued = useLive(async (api) => {
    if (!account) return [];
    const entries = await api.query.royalties.accrued.entries(account.address);
    const rows = await Promise.all(entries.map(async ([k, v]) => {
      const [, asset, model] = k.args;
      const json = v.toJSON() as { amount: number | string; epoch: number };
      // An accrual of an epoch before its pot's was burned with the pot (an upheld violation).
      const pot = (await api.query.royalties.pots(model, asset)).toJSON() as { epoch: number } | null;
      return {
        asset: assetOf(asset.toJSON()), model: Number(model.toString()), amount: BigInt(json.amount).toString(),
        burned: (pot?.epoch ?? 0) !== json.epoch,
      };
    }));
    return rows.filter((r) => r.amount !== '0');
  }, [account?.address]);
  return (
    <Card title="Your accrued royalties" id="accrued" wide>
      {accrued.value?.length === 0 && <p class="muted">Nothing has accrued to this account.</p>}
      {accrued.value && accrued.value.length > 0 && (
        <table class="table">
          <thead><tr><th>Model</th><th>Accrued</th><th /></tr></thead>
          <tbody>
            {accrued.value.map((r) => (
              <tr data-accrued={`${r.model}-${assetKey(r.asset)}`}>
                <td>Model {r.model}</td>
                <td class="num" data-amount={r.amount}>{r.burned ? <s title="burned with the model's pot after an upheld violation">{formatAsset(r.amount, r.asset, 12)}</s> : formatAsset(r.amount, r.asset, 12)}</td>
                <td>{r.burned ? <span class="muted" data-burned>burned: the model’s pot was burned after an upheld violation</span> : <button name="claim" disabled={action.busy} onClick={() => action.runAs(async (account) => {
                  const { events } = await send(api, account, api.tx.royalties.claim(account.address, r.asset, r.model), `claim model ${r.model}`);
                  const event = events.find(({ event }) => event.section === 'royalties' && event.method === 'Claimed');
                  const burned = events.some(({ event }) => event.section === 'royalties' && event.method === 'PotBurned');
                  setClaimed(event ? `Claimed ${formatAsset(event.event.data[3].toString(), r.asset, 12)} from model ${r.model}.`
                    : burned ? `Nothing paid: model ${r.model} has a violation upheld, and its pot was burned.` : 'Nothing was paid.');
                })}>Claim</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {claimed && <p class="ok" data-claimed>{claimed}</p>}
      <ErrorBox error={action.error} />
    </Card>
  );
}
