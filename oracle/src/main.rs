//! `atelier-oracle`: the reference oracle operator. It runs beside a node and an inference
//! service, and each round of `pallet-oracle-operators`:
//!
//! 1. draws the round's evaluation set from the hash of the block that opened it (the round
//!    records it: any node keeps block hashes, however it prunes state);
//! 2. evaluates its models through the inference service (the compute market's contract,
//!    `docs/inference-service.md`), and reads ATL's price from a venue if it has one;
//! 3. commits to the values in the commit window, and reveals them in the reveal window.
//!
//! What it committed to (the values and their salt) is written to its state file before the
//! commitment is sent, so a restart between the commit and the reveal opens it.
//! `docs/oracle.md` is the operator's guide.

mod chain;

use atelier_oracle_eval::{eval, eval::Evaluator, http};
use atelier_primitives::{currency::UNIT, models::ModelId, oracle::FeedKey};
use atelier_runtime::{Runtime, RuntimeCall};
use chain::Chain;
use clap::Parser;
use codec::{Decode, Encode};
use pallet_oracle_operators::{
	commitment, Commitments, CurrentRound, OperatorOf, Operators, Reveals, Round, Value, ValuesOf,
};
use sp_core::{crypto::Ss58Codec, sr25519, Get, Pair, H256};
use sp_runtime::{AccountId32, BoundedVec};
use std::time::Duration;

/// The most values one reveal carries (the runtime's `MaxKeys`).
type MaxKeys = <Runtime as pallet_oracle_operators::Config>::MaxKeys;

#[derive(Parser, Debug)]
#[command(name = "atelier-oracle", version, about)]
struct Cli {
	/// The node's JSON-RPC endpoint (HTTP).
	#[arg(long, default_value = "http://127.0.0.1:9944")]
	rpc: String,
	/// The operator's secret URI or seed (prefer `ATELIER_ORACLE_SURI`: other local users can
	/// read a process's arguments).
	#[arg(long)]
	suri: Option<String>,
	/// The inference service the evaluations run on.
	#[arg(long, default_value = "http://127.0.0.1:8090")]
	inference_endpoint: String,
	/// The service's bearer token (prefer `ATELIER_INFERENCE_TOKEN`).
	#[arg(long)]
	inference_token: Option<String>,
	/// A model to evaluate each round (repeatable).
	#[arg(long = "model")]
	models: Vec<u32>,
	/// Also evaluate the period's most demanded models (which the reserve's grants line pays),
	/// as `oracle_metrics` lists them.
	#[arg(long)]
	leaders: bool,
	/// Prompts in each round's evaluation set.
	#[arg(long, default_value_t = 8)]
	prompts: u32,
	/// The most compute units a prompt may use.
	#[arg(long, default_value_t = 768)]
	units: u64,
	/// A venue's ATL price: an HTTP URL answering JSON with `usd`, dollars per ATL.
	#[arg(long)]
	atl_price_url: Option<String>,
	/// Registers as an operator with this bond (whole ATL) if it is not one.
	#[arg(long)]
	bond: Option<u64>,
	/// How often to look at the chain, in milliseconds.
	#[arg(long, default_value_t = 1_000)]
	poll_ms: u64,
	/// Evaluates the current round once (or `--round`'s), prints the values it would commit as
	/// JSON, and exits.
	#[arg(long)]
	dry_run: bool,
	/// With `--dry-run`: the round to evaluate (its set is drawn from the block that opened it),
	/// to check what honest operators reported in a past round.
	#[arg(long, requires = "dry_run")]
	round: Option<u32>,
	/// Reports every value this many percent off (for drills and tests of the slashing: an
	/// operator that does is slashed).
	#[arg(long, allow_hyphen_values = true)]
	misreport: Option<i64>,
	/// Where the round's committed values and salt are kept until revealed (default:
	/// `$HOME/.local/state/atelier-oracle/<account>.scale`).
	#[arg(long)]
	state_file: Option<std::path::PathBuf>,
}

/// What was committed to: the round, the block it opened in, the values and their salt.
type Committed = (u32, u32, ValuesOf<Runtime>, [u8; 32]);

/// What the operator did in the current round.
#[derive(Default)]
struct RoundState {
	/// The round and the block it opened in (a reopened round is a new one to the operator).
	round: Option<(u32, u32)>,
	/// The values committed to, with their salt, and the best block when the commitment was
	/// last sent.
	committed: Option<(ValuesOf<Runtime>, [u8; 32], u32)>,
	/// The reveal is in a block.
	revealed: bool,
	/// The best block when the reveal was last sent.
	reveal_sent: Option<u32>,
	/// The round was given up (too late to commit, or nothing to report).
	skipped: bool,
}

struct Operator {
	cli: Cli,
	chain: Chain,
	pair: sr25519::Pair,
	who: AccountId32,
	evaluator: Evaluator,
	state: RoundState,
	state_file: std::path::PathBuf,
}

fn main() {
	let cli = Cli::parse();
	if let Err(e) = run(cli) {
		eprintln!("atelier-oracle: {e}");
		std::process::exit(1);
	}
}

fn run(mut cli: Cli) -> Result<(), String> {
	let suri = cli
		.suri
		.take()
		.or_else(|| std::env::var("ATELIER_ORACLE_SURI").ok())
		.ok_or("no operator key: set ATELIER_ORACLE_SURI (or --suri)")?;
	let pair =
		sr25519::Pair::from_string(&suri, None).map_err(|e| format!("the operator key: {e:?}"))?;
	let token = cli
		.inference_token
		.take()
		.or_else(|| std::env::var("ATELIER_INFERENCE_TOKEN").ok());
	let evaluator = Evaluator {
		service: http::Url::parse(&cli.inference_endpoint)?,
		token,
		prompts: cli.prompts,
		units: cli.units,
	};
	let chain = Chain::connect(&cli.rpc)?;
	let who = AccountId32::from(pair.public());
	let state_file = cli.state_file.clone().unwrap_or_else(|| {
		let home = std::env::var("HOME").unwrap_or_else(|_| ".".into());
		std::path::Path::new(&home)
			.join(".local/state/atelier-oracle")
			.join(format!("{}.scale", who.to_ss58check()))
	});
	let mut operator =
		Operator { cli, chain, pair, who, evaluator, state: RoundState::default(), state_file };
	if operator.cli.dry_run {
		return operator.dry_run();
	}
	println!("atelier-oracle: operator {} on {}", operator.who.to_ss58check(), operator.cli.rpc);
	operator.register()?;
	loop {
		if let Err(e) = operator.step() {
			eprintln!("atelier-oracle: {e}");
		}
		std::thread::sleep(Duration::from_millis(operator.cli.poll_ms));
	}
}

impl Operator {
	/// The round in the state of block `at`.
	fn round_at(&self, at: H256) -> Result<Option<Round<u32>>, String> {
		self.chain.storage(&CurrentRound::<Runtime>::hashed_key(), at)
	}

	/// Round `index` as it last stood: the current round, or (for a past round) its record in
	/// the state of the block before the one that closed it, found by bisection (that block's
	/// state must still be on the node: a recent round, or an archive node).
	fn round_record(&self, index: u32, best: u32, at: H256) -> Result<Round<u32>, String> {
		let current = self.round_at(at)?.ok_or("no round is open")?;
		if current.index == index {
			return Ok(current);
		}
		if index > current.index {
			return Err(format!(
				"round {index} has not opened (the current round is {})",
				current.index
			));
		}
		// The first block whose round is past `index` closed it.
		let (mut low, mut high) = (0u32, best);
		while low < high {
			let middle = low + (high - low) / 2;
			let round = self.round_at(self.chain.block_hash(middle)?)?;
			if round.is_some_and(|r| r.index > index) {
				high = middle;
			} else {
				low = middle + 1;
			}
		}
		let before = self.chain.block_hash(low.saturating_sub(1))?;
		self.round_at(before)?
			.filter(|r| r.index == index)
			.ok_or_else(|| format!("round {index} is not in the node's state"))
	}

	/// The evaluation seed of `round`.
	fn seed(&self, round: &Round<u32>) -> Result<[u8; 32], String> {
		Ok(eval::eval_seed(round.index, self.chain.block_hash(round.opened_at)?.0))
	}

	/// Keeps what was committed to, before the commitment is sent.
	fn save(&self, committed: &Committed) -> Result<(), String> {
		if let Some(dir) = self.state_file.parent() {
			std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
		}
		let temporary = self.state_file.with_extension("tmp");
		std::fs::write(&temporary, committed.encode())
			.and_then(|_| std::fs::rename(&temporary, &self.state_file))
			.map_err(|e| format!("{}: {e}", self.state_file.display()))
	}

	/// What was committed to in `round` (opened at `opened_at`), if the state file has it.
	fn load(&self, round: u32, opened_at: u32) -> Option<(ValuesOf<Runtime>, [u8; 32])> {
		let bytes = std::fs::read(&self.state_file).ok()?;
		let (index, opened, values, salt) = Committed::decode(&mut bytes.as_slice()).ok()?;
		(index == round && opened == opened_at).then_some((values, salt))
	}

	/// Registers with `--bond` unless already an operator, and waits until it is one.
	fn register(&self) -> Result<(), String> {
		let key = Operators::<Runtime>::hashed_key_for(&self.who);
		let listed = |chain: &Chain| -> Result<bool, String> {
			let (_, best) = chain.best()?;
			Ok(chain.storage::<OperatorOf<Runtime>>(&key, best)?.is_some())
		};
		if listed(&self.chain)? {
			return Ok(());
		}
		let Some(bond) = self.cli.bond else {
			println!("atelier-oracle: not an operator yet: register with --bond, or oracleOperators.register");
			return Ok(());
		};
		let bond = u128::from(bond).saturating_mul(UNIT);
		let call = RuntimeCall::OracleOperators(pallet_oracle_operators::Call::register { bond });
		let hash = self.chain.submit(&self.pair, call)?;
		println!("atelier-oracle: registering with {bond} (extrinsic {hash:?})");
		for _ in 0..120 {
			std::thread::sleep(Duration::from_millis(self.cli.poll_ms.max(100)));
			if listed(&self.chain)? {
				println!("atelier-oracle: registered");
				return Ok(());
			}
		}
		Err("the registration did not land in 120 polls".into())
	}

	/// The models to evaluate: those named, then (if asked) the period's most demanded, most
	/// demanded first, each followed by its base model (a fine-tune earns only above its base's
	/// quality); those that exist, at most what a reveal carries with ATL's price.
	fn models(&self, at: H256) -> Result<Vec<ModelId>, String> {
		let mut wanted: Vec<u32> = self.cli.models.clone();
		if self.cli.leaders {
			let metrics = self.chain.call("oracle_metrics", serde_json::json!([at]))?;
			let mut leaders: Vec<(u128, u32)> = Vec::new();
			for leader in metrics.get("leaders").and_then(|l| l.as_array()).into_iter().flatten() {
				let model = leader.get("model").and_then(|m| m.as_u64());
				let paid =
					leader.get("paidAway").and_then(|p| p.as_str()).and_then(|p| p.parse().ok());
				if let (Some(model), Some(paid)) = (model, paid) {
					leaders.push((paid, u32::try_from(model).map_err(|_| "a model id")?));
				}
			}
			leaders.sort_by(|a, b| b.cmp(a));
			wanted.extend(leaders.into_iter().map(|(_, model)| model));
		}
		let room =
			<MaxKeys as Get<u32>>::get() as usize - usize::from(self.cli.atl_price_url.is_some());
		let mut models: Vec<ModelId> = Vec::new();
		for id in wanted {
			let key = pallet_provenance::Models::<Runtime>::hashed_key_for(ModelId(id));
			let Some(record) =
				self.chain.storage::<pallet_provenance::ModelOf<Runtime>>(&key, at)?
			else {
				eprintln!("atelier-oracle: model {id} does not exist");
				continue;
			};
			for model in [Some(ModelId(id)), record.base_model].into_iter().flatten() {
				if !models.contains(&model) && models.len() < room {
					models.push(model);
				}
			}
		}
		models.sort();
		Ok(models)
	}

	/// ATL's price on the venue, in millionths of a dollar.
	fn atl_price(&self) -> Result<Option<Value>, String> {
		let Some(url) = &self.cli.atl_price_url else { return Ok(None) };
		let url = http::Url::parse(url)?;
		let reply = http::request(&url, "GET", "", &[], None, Duration::from_secs(10))?;
		let answer: serde_json::Value =
			serde_json::from_slice(&reply.body).map_err(|e| format!("the venue's answer: {e}"))?;
		let usd = answer
			.get("usd")
			.and_then(serde_json::Value::as_f64)
			.filter(|usd| usd.is_finite() && *usd > 0.0)
			.ok_or_else(|| format!("the venue's answer has no price: {answer}"))?;
		Ok(Some((usd * 1_000_000.0).round() as Value))
	}

	/// The values of round `round` drawn from `seed`, keys sorted.
	fn evaluate(&self, round: u32, seed: &[u8; 32], at: H256) -> Result<ValuesOf<Runtime>, String> {
		let mut values = Vec::new();
		for model in self.models(at)? {
			match self.evaluator.quality(model.0, round, seed) {
				Ok(quality) => values.push((FeedKey::ModelQuality(model), Value::from(quality))),
				Err(e) => eprintln!("atelier-oracle: model {}: {e}", model.0),
			}
		}
		match self.atl_price() {
			Ok(Some(price)) => values.push((FeedKey::AtlPrice, price)),
			Ok(None) => {},
			Err(e) => eprintln!("atelier-oracle: ATL's price: {e}"),
		}
		if let Some(percent) = self.cli.misreport {
			for (_, value) in values.iter_mut() {
				let skewed =
					i128::try_from(*value).unwrap_or(i128::MAX) * (100 + i128::from(percent)) / 100;
				*value = Value::try_from(skewed.max(0)).unwrap_or(0);
			}
		}
		values.sort_by_key(|(key, _)| *key);
		Ok(BoundedVec::truncate_from(values))
	}

	fn dry_run(&self) -> Result<(), String> {
		let (best, at) = self.chain.best()?;
		let current = self.round_at(at)?.ok_or("no round is open")?.index;
		let record = self.round_record(self.cli.round.unwrap_or(current), best, at)?;
		let round = record.index;
		let seed = self.seed(&record)?;
		let values = self.evaluate(round, &seed, at)?;
		let values: Vec<serde_json::Value> = values
			.iter()
			.map(|(key, value)| match key {
				FeedKey::ModelQuality(model) => {
					serde_json::json!({"key": "modelQuality", "model": model.0, "value": value.to_string()})
				},
				FeedKey::AtlPrice => {
					serde_json::json!({"key": "atlPrice", "value": value.to_string()})
				},
			})
			.collect();
		let out = serde_json::json!({
			"round": round,
			"seed": format!("0x{}", eval::hex(&seed)),
			"values": values,
		});
		println!("{out}");
		Ok(())
	}

	/// One look at the chain: a new round is evaluated and committed to; a committed round
	/// is revealed once its commit window closes.
	fn step(&mut self) -> Result<(), String> {
		let (best, at) = self.chain.best()?;
		let Some(round) = self.round_at(at)? else { return Ok(()) };
		let id = (round.index, round.opened_at);
		if self.state.round != Some(id) {
			self.state = RoundState { round: Some(id), ..Default::default() };
			if let Some((values, salt)) = self.load(round.index, round.opened_at) {
				self.state.committed = Some((values, salt, 0));
			}
		}
		let listed = self
			.chain
			.storage::<OperatorOf<Runtime>>(&Operators::<Runtime>::hashed_key_for(&self.who), at)?
			.is_some_and(|o| o.unbonds_at.is_none());
		if !listed || self.state.skipped || self.state.revealed {
			return Ok(());
		}
		let on_chain: Option<H256> =
			self.chain.storage(&Commitments::<Runtime>::hashed_key_for(&self.who), at)?;
		// The next block is where a transaction sent now lands.
		let next = best.saturating_add(1);
		if next <= round.commit_ends {
			if on_chain.is_some() {
				return Ok(());
			}
			let (values, salt) = match &self.state.committed {
				// Sent and not in a block yet: wait a few blocks, then send it again.
				Some((_, _, sent)) if best < sent.saturating_add(4) => return Ok(()),
				Some((values, salt, _)) => (values.clone(), *salt),
				None => {
					let values = self.evaluate(round.index, &self.seed(&round)?, at)?;
					if values.is_empty() {
						eprintln!("atelier-oracle: round {}: nothing to report", round.index);
						self.state.skipped = true;
						return Ok(());
					}
					let mut salt = [0u8; 32];
					salt.copy_from_slice(&sr25519::Pair::generate().0.to_raw_vec()[..32]);
					self.save(&(round.index, round.opened_at, values.clone(), salt))?;
					(values, salt)
				},
			};
			let (now, _) = self.chain.best()?;
			if now.saturating_add(1) > round.commit_ends {
				eprintln!(
					"atelier-oracle: round {}: the evaluation outlasted the commit window",
					round.index
				);
				self.state.skipped = true;
				return Ok(());
			}
			let sealed = commitment(round.index, &self.who, &values, &salt);
			let call = RuntimeCall::OracleOperators(pallet_oracle_operators::Call::commit {
				round: round.index,
				commitment: sealed,
			});
			self.state.committed = Some((values.clone(), salt, now));
			self.chain.submit(&self.pair, call)?;
			println!(
				"atelier-oracle: round {}: committed to {} values {:?}",
				round.index,
				values.len(),
				values.iter().map(|(k, v)| (k, *v)).collect::<Vec<_>>()
			);
			return Ok(());
		}
		if next > round.reveal_ends {
			return Ok(());
		}
		let Some(sealed) = on_chain else { return Ok(()) };
		let revealed: Option<ValuesOf<Runtime>> =
			self.chain.storage(&Reveals::<Runtime>::hashed_key_for(&self.who), at)?;
		if revealed.is_some() {
			self.state.revealed = true;
			return Ok(());
		}
		// Sent and not in a block yet: wait a few blocks, then send it again.
		if self.state.reveal_sent.is_some_and(|sent| best < sent.saturating_add(4)) {
			return Ok(());
		}
		let Some((values, salt, _)) = self.state.committed.clone() else {
			eprintln!(
				"atelier-oracle: round {}: committed, but {} does not hold what: it will be \
				 slashed as withheld",
				round.index,
				self.state_file.display()
			);
			self.state.skipped = true;
			return Ok(());
		};
		if commitment(round.index, &self.who, &values, &salt) != sealed {
			eprintln!(
				"atelier-oracle: round {}: the kept values do not open the commitment on chain",
				round.index
			);
			self.state.skipped = true;
			return Ok(());
		}
		let call = RuntimeCall::OracleOperators(pallet_oracle_operators::Call::reveal {
			round: round.index,
			values,
			salt,
		});
		self.state.reveal_sent = Some(best);
		self.chain.submit(&self.pair, call)?;
		println!("atelier-oracle: round {}: revealed", round.index);
		Ok(())
	}
}
