// Atelier Studio: connects to a node, keeps the chain's head live, and routes between the pages
// (`#/compute`, `#/provenance`, `#/market`, `#/governance`, `#/reserve`).

import type { ApiPromise } from '@polkadot/api';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';

import './style.css';
import { connect, nodeUrl } from './chain';
import { ComputePage } from './pages/compute';
import { GovernancePage } from './pages/governance';
import { MarketPage } from './pages/market';
import { ProvenancePage } from './pages/provenance';
import { ReservePage } from './pages/reserve';
import { useStore } from './store';
import { PAGES, route } from './router';
import { Chain, TxTray, type Head } from './ui';
import { accounts, loadAccounts, select, selected } from './wallet';

function AccountPicker() {
  const list = useStore(accounts);
  const current = useStore(selected);
  if (list.length === 0) {
    return <span class="account none">No account: install a wallet extension (polkadot.js, Talisman, SubWallet)</span>;
  }
  return (
    <label class="account">
      <span>Account</span>
      <select name="account" value={current?.address} onChange={(e) => select(list.find((a) => a.address === (e.target as HTMLSelectElement).value))}>
        {list.map((a) => <option value={a.address}>{a.name} ({a.source}) {a.address.slice(0, 6)}…</option>)}
      </select>
    </label>
  );
}

function App() {
  const [api, setApi] = useState<ApiPromise>();
  const [head, setHead] = useState<Head>();
  const [failure, setFailure] = useState<string>();
  const [chainName, setChainName] = useState('');
  const [where, setWhere] = useState(route());
  const url = nodeUrl();

  useEffect(() => {
    const onHash = () => setWhere(route());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    const failed = (error: unknown) => setFailure(`Cannot reach the node at ${url}: ${error instanceof Error ? error.message : error}. Start one with scripts/run-dev.sh, or open this page with ?rpc=ws://host:port.`);
    connect(url).then(async (connected) => {
      setApi(connected);
      // The heads first: the pages show as soon as the chain answers, whatever a wallet's
      // authorisation prompt is waiting for.
      unsubscribe = await connected.rpc.chain.subscribeNewHeads((header) => {
        setHead({ number: header.number.toNumber(), hash: header.hash.toHex() });
      });
      setChainName((await connected.rpc.system.chain()).toString());
      // A wallet that fails leaves the dev accounts and the others; the chain stays connected.
      await loadAccounts(connected).catch((error) => console.warn('accounts', error));
    }).catch(failed);
    return () => unsubscribe?.();
  }, [url]);

  return (
    <div class="app">
      <header>
        <h1>Atelier Studio</h1>
        <nav>
          {PAGES.map(([page, title]) => (
            <a href={`#/${page}`} class={where.page === page ? 'active' : ''} data-page-link={page}>{title}</a>
          ))}
        </nav>
        <div class="status">
          <AccountPicker />
          <span class="head" data-head={head?.number}>
            {failure ? 'offline' : head ? `${chainName} · #${head.number}` : `connecting to ${url}…`}
          </span>
        </div>
      </header>
      <main data-page={where.page}>
        {failure && <p class="error" role="alert">{failure}</p>}
        {api && head && (
          <Chain.Provider value={{ api, head }}>
            {where.page === 'compute' && <ComputePage params={where.params} />}
            {where.page === 'provenance' && <ProvenancePage params={where.params} />}
            {where.page === 'market' && <MarketPage params={where.params} />}
            {where.page === 'governance' && <GovernancePage params={where.params} />}
            {where.page === 'reserve' && <ReservePage />}
          </Chain.Provider>
        )}
      </main>
      <TxTray />
    </div>
  );
}

render(<App />, document.getElementById('app')!);
