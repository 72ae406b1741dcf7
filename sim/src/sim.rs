//! The agent-based simulator: a scenario's agents act on the real runtime, block by block, and
//! the chain's own state is sampled once a simulated day into a CSV and plots.
//!
//! Each agent is a small behaviour (`docs/simulator.md`):
//! - **studios** buy compute: jobs arrive as a Poisson process whose daily rate follows the
//!   scenario's demand curve and shocks, per style when the scenario names styles; each job is
//!   on a creator's model (of the job's style), of the scenario's units, and its requester
//!   accepts up to its price cap;
//! - **workers** register CPU capacity and answer each job assigned to them once it has had
//!   its time to run (`worker_speed` units a block): honest ones report the units they used
//!   (between half and all of what the job reserved); dishonest ones report every unit the job
//!   reserved;
//! - **creators** each register a dataset and a model (attested by the genesis attestors,
//!   bonded), mint outputs and list them in ATL;
//! - **collectors** buy listed outputs at the scenario's rate (times its sales curve);
//! - **voters** stake and vote on the referenda the scenario opens; the **whale** stakes a
//!   large amount, votes too, and may sell outputs to a second account of its own to earn the
//!   creation its stake needs to count;
//! - the **attacker** plays one attack from `docs/attacks.md`: `self_dealing` (sells its own
//!   outputs between its two accounts to earn reputation), or none.
//!
//! Seeds make runs reproducible: the same scenario and seed give the same CSV.

use crate::{
	chain::{self, Chain, GenesisSpec},
	rng::Rng,
};
use atelier_primitives::{
	currency::{MICRO_UNIT, UNIT},
	stablecoin,
};
use atelier_runtime::{
	AccountId, Balance, Balances, Executive, Reputation, Reserve, Runtime, RuntimeCall,
	RuntimeEvent, System,
};
use frame_support::traits::{fungible::Inspect, Get};
use pallet_compute_market::{self as compute, HardwareClass, Receipt};
use pallet_provenance::{LicenseTerms, ModelId, OutputId, Permission};
use serde::{Deserialize, Serialize};
use sp_core::{sr25519, Pair, H256};
use sp_keyring::Sr25519Keyring;
use sp_runtime::Perbill;
use std::{io::Write, time::Instant};

/// A scenario, as a JSON file holds it (`sim/scenarios/*.json`).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Scenario {
	pub name: String,
	pub seed: u64,
	pub days: u32,
	/// Blocks in a simulated day: 14 400 (6-second slots) unless a quick run says fewer. Every
	/// period the runtime states in blocks (the reserve's day, a stake's maturity, referenda)
	/// is in these blocks, so a run with fewer compresses the agents' activity, not the rules.
	pub blocks_per_day: u32,
	pub studios: u32,
	/// Jobs a day across all studios, before the demand curve.
	pub jobs_per_day: f64,
	/// A job's units: uniform in this range (at most 100 000).
	pub job_units: (u64, u64),
	/// What a studio accepts to pay per unit at most, in µATL: uniform in this range for each
	/// job (`(0, 0)`: three times the current base fee, whatever it is).
	pub max_fee_micro: (u64, u64),
	pub honest_workers: u32,
	pub dishonest_workers: u32,
	/// Each worker's capacity in units.
	pub worker_capacity: u64,
	/// Units a worker serves a block: a job of `u` units is answered `u / worker_speed` blocks
	/// (at least one) after it was assigned.
	pub worker_speed: u64,
	pub creators: u32,
	/// Outputs each creator mints and lists a day.
	pub mints_per_day: f64,
	/// An output's price in ATL: uniform in this range.
	pub price_atl: (u64, u64),
	pub collectors: u32,
	/// Sales a day across all collectors, before the sales curve.
	pub buys_per_day: f64,
	pub voters: u32,
	/// What each voter stakes, in ATL: uniform in this range.
	pub voter_stake_atl: (u64, u64),
	/// What the whale stakes, in ATL (0: no whale).
	pub whale_stake_atl: u64,
	/// The whale's sales to itself a day (0: it only stakes), and their price in ATL.
	pub whale_sales_per_day: f64,
	pub whale_price_atl: u64,
	/// A referendum (an economic parameter, set to its current value) every this many days.
	pub referendum_every_days: u32,
	/// `self_dealing` or empty.
	pub attacker: String,
	/// The attacker's sales to itself a day, and their price in ATL.
	pub attacker_sales_per_day: f64,
	pub attacker_price_atl: u64,
	/// The infrastructure budget the reserve pays, in aUSD a day.
	pub budget_usd_per_day: u64,
	/// Parameters to set at genesis (by Root, as governance would).
	pub parameters: Vec<ParameterOverride>,
	/// Shocks: from `day` on, demand and sales are multiplied by these factors.
	pub shocks: Vec<Shock>,
	/// Styles (added by governance at genesis; the creators' models tagged with them in turn)
	/// and each one's share of the studios' demand. None: jobs go to any model.
	pub styles: Vec<Style>,
	/// Demand's daily growth (0.01: 1% a day), compounding.
	pub demand_growth: f64,
	/// Also records the CPU base fee and the pending queue at every block (`<name>-blocks.csv`).
	pub trace_blocks: bool,
}

impl Default for Scenario {
	fn default() -> Self {
		Self {
			name: "baseline".into(),
			seed: 1,
			days: 30,
			blocks_per_day: 14_400,
			studios: 6,
			jobs_per_day: 300.0,
			job_units: (200, 2_000),
			max_fee_micro: (0, 0),
			honest_workers: 4,
			dishonest_workers: 0,
			worker_capacity: 50_000,
			worker_speed: 20_000,
			creators: 6,
			mints_per_day: 3.0,
			price_atl: (20, 400),
			collectors: 6,
			buys_per_day: 12.0,
			voters: 8,
			voter_stake_atl: (500, 20_000),
			whale_stake_atl: 0,
			whale_sales_per_day: 0.0,
			whale_price_atl: 2_000,
			referendum_every_days: 7,
			attacker: String::new(),
			attacker_sales_per_day: 0.0,
			attacker_price_atl: 1_000,
			budget_usd_per_day: 1_000,
			parameters: vec![],
			shocks: vec![],
			styles: vec![],
			demand_growth: 0.0,
			trace_blocks: false,
		}
	}
}

/// A parameter a scenario sets: `base_fee_floor_micro` (µATL), `reserve_share_percent` (the
/// royalties' reserve share), `buy_back_max_per_day_usd`, `reserve_period_blocks` (the
/// reserve's period, a day of 14 400 blocks).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ParameterOverride {
	pub name: String,
	pub value: f64,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Shock {
	pub day: u32,
	#[serde(default = "one")]
	pub demand: f64,
	#[serde(default = "one")]
	pub sales: f64,
	/// The style whose demand the shock moves (its `demand` factor only): none, all of it.
	#[serde(default)]
	pub style: Option<String>,
}

/// A style and its weight in the studios' demand.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Style {
	pub name: String,
	pub weight: f64,
}

fn one() -> f64 {
	1.0
}

/// One simulated day's figures: the CSV's row.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Day {
	pub day: u32,
	pub block: u32,
	/// The CPU class's base fee at the day's end, in µATL per unit.
	pub base_fee_cpu: f64,
	/// Its least and greatest over the day.
	pub base_fee_cpu_min: f64,
	pub base_fee_cpu_max: f64,
	/// Blocks from the day's start until the base fee stays within 10% of its end-of-day value.
	pub fee_settle_blocks: f64,
	pub jobs_submitted: u64,
	/// Jobs submitted by style (`name=count` pairs), when the scenario has styles.
	pub jobs_by_style: String,
	#[serde(skip)]
	pub style_jobs: Vec<u64>,
	pub jobs_settled: u64,
	/// Jobs that found no worker or whose receipt never came.
	pub jobs_expired: u64,
	pub sales: u64,
	/// The reserve's holdings: aUSD, ATL, and its pool share's two sides (POL).
	pub reserve_usd: f64,
	pub reserve_atl: f64,
	pub pol_atl: f64,
	pub pol_usd: f64,
	pub runway_days: f64,
	pub budget_paid_usd: f64,
	pub bought_back_atl: f64,
	pub burned_atl: f64,
	/// ATL's total issuance, and what fees and burns took this day.
	pub issuance_atl: f64,
	/// The reserve's velocity of the period that closed this day: ATL volume (compute base
	/// fees, sales in ATL) over circulating ATL, in percent a day.
	pub velocity_percent: f64,
	pub price_usd: f64,
	/// The spread of the agents' reputation scores, and the share of all vote weight the ten
	/// heaviest voters hold (founding seeds included).
	pub reputation_gini: f64,
	pub top10_vote_share: f64,
	pub whale_vote_share: f64,
	/// The whale's net ATL since genesis (both its accounts; its stake counted as its own).
	pub whale_net_atl: f64,
	/// The attacker's net ATL since genesis (sales proceeds less what it paid), and its score.
	pub attacker_profit_atl: f64,
	pub attacker_score: f64,
	pub honest_worker_earnings_atl: f64,
	pub dishonest_worker_earnings_atl: f64,
	/// What a settled job paid its worker this day, on average, in ATL: honest and dishonest
	/// workers (the same jobs, the same fees; only the units reported differ).
	pub honest_pay_per_job_atl: f64,
	pub dishonest_pay_per_job_atl: f64,
}

/// The agents' accounts, by role.
struct Roles {
	studios: Vec<usize>,
	honest: Vec<usize>,
	dishonest: Vec<usize>,
	creators: Vec<usize>,
	collectors: Vec<usize>,
	voters: Vec<usize>,
	/// The whale's account, and a second account of its own that buys what it sells.
	whale: Option<usize>,
	whale_alt: Option<usize>,
	attacker: Vec<usize>,
	infra: usize,
}

struct World {
	chain: Chain,
	roles: Roles,
	atel: Vec<sr25519::Pair>,
	/// Each creator's model.
	models: Vec<(usize, ModelId)>,
	/// The models tagged with each of the scenario's styles, in its order.
	styled: Vec<Vec<(usize, ModelId)>>,
	/// Outputs listed, with their owner.
	listed: Vec<OutputId>,
	rng: Rng,
	scenario: Scenario,
}

fn genesis_hash() -> H256 {
	System::block_hash(0)
}

fn apply_ok(chain_key: &sr25519::Pair, call: RuntimeCall) -> bool {
	matches!(chain::apply(chain_key, call), Ok(Ok(())))
}

fn sudo(call: RuntimeCall) -> bool {
	apply_ok(
		&Sr25519Keyring::Alice.pair(),
		RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) }),
	)
}

fn atl(amount: Balance) -> f64 {
	amount as f64 / UNIT as f64
}

fn usd(amount: Balance) -> f64 {
	amount as f64 / stablecoin::DOLLAR as f64
}

/// The Gini coefficient of `values` (0: all equal; near 1: one holds everything).
pub fn gini(values: &[f64]) -> f64 {
	let n = values.len();
	let total: f64 = values.iter().sum();
	if n == 0 || total <= 0.0 {
		return 0.0;
	}
	let mut sorted = values.to_vec();
	sorted.sort_by(|a, b| a.total_cmp(b));
	let weighted: f64 = sorted.iter().enumerate().map(|(i, v)| (i as f64 + 1.0) * v).sum();
	(2.0 * weighted) / (n as f64 * total) - (n as f64 + 1.0) / n as f64
}

impl World {
	fn new(scenario: Scenario) -> Self {
		let s = &scenario;
		let mut next = 0usize;
		let mut take = |n: u32| {
			let range: Vec<usize> = (next..next + n as usize).collect();
			next += n as usize;
			range
		};
		let studios = take(s.studios);
		let honest = take(s.honest_workers);
		let dishonest = take(s.dishonest_workers);
		let creators = take(s.creators);
		let collectors = take(s.collectors);
		let voters = take(s.voters);
		let whale = (s.whale_stake_atl > 0).then(|| take(1)[0]);
		let whale_alt = (s.whale_stake_atl > 0).then(|| take(1)[0]);
		let attacker = if s.attacker.is_empty() { vec![] } else { take(2) };
		let infra = take(1)[0];
		let roles = Roles {
			studios,
			honest,
			dishonest,
			creators,
			collectors,
			voters,
			whale,
			whale_alt,
			attacker,
			infra,
		};
		let endowments: Vec<(Balance, Balance)> = (0..next)
			.map(|i| {
				if Some(i) == roles.whale || Some(i) == roles.whale_alt {
					((s.whale_stake_atl as Balance + 100_000) * UNIT, chain::DEFAULT_USD)
				} else if i == roles.infra {
					(UNIT, 0)
				} else {
					(chain::DEFAULT_ENDOWMENT, chain::DEFAULT_USD)
				}
			})
			.collect();
		let chain = Chain::new(GenesisSpec { preset: "development", endowments, edit: None });
		let atel = (0..next)
			.map(|i| sr25519::Pair::from_string(&format!("//sim//{i}//atel"), None).expect("seed"))
			.collect();
		let rng = Rng::new(scenario.seed);
		Self { chain, roles, atel, models: vec![], styled: vec![], listed: vec![], rng, scenario }
	}

	fn account(&self, who: usize) -> AccountId {
		self.chain.accounts[who].clone()
	}

	/// Day 0: parameters, the budget, workers, creators' models, stakes.
	fn setup(&mut self) {
		let s = self.scenario.clone();
		let keys = self.chain.keys.clone();
		let accounts = self.chain.accounts.clone();
		let atel = self.atel.clone();
		// Admission gives a job to the idle worker registered first, so dishonest workers are
		// spread evenly through the registration order: each gets work as the honest ones near
		// it do.
		let mut roles_workers: Vec<usize> = self.roles.honest.clone();
		let total = self.roles.honest.len() + self.roles.dishonest.len();
		let spacing = total.div_ceil(self.roles.dishonest.len().max(1));
		for (j, &w) in self.roles.dishonest.iter().enumerate() {
			roles_workers.insert((j * spacing).min(roles_workers.len()), w);
		}
		let creators = self.roles.creators.clone();
		let infra = self.account(self.roles.infra);
		let stakers: Vec<(usize, u64)> = {
			let mut rng = self.rng.fork(1);
			self.roles
				.voters
				.iter()
				.map(|v| (*v, rng.range(s.voter_stake_atl.0, s.voter_stake_atl.1)))
				.chain(self.roles.whale.map(|w| (w, s.whale_stake_atl)))
				.collect()
		};
		let models = self.chain.execute_with(|| {
			for parameter in &s.parameters {
				assert!(set_parameter(parameter), "the scenario's parameter {parameter:?} applies");
			}
			if s.budget_usd_per_day > 0 {
				assert!(sudo(RuntimeCall::Reserve(pallet_reserve::Call::set_budget_line {
					who: infra,
					per_day: s.budget_usd_per_day as Balance * stablecoin::DOLLAR,
				})));
			}
			for &w in &roles_workers {
				let key = &atel[w];
				let ok = apply_ok(
					&keys[w],
					RuntimeCall::ComputeMarket(compute::Call::register_worker {
						stake: (s.worker_capacity as Balance * UNIT / 100).max(100 * UNIT),
						capacity: s.worker_capacity,
						class: HardwareClass::Cpu,
						job_sizes: compute::JobSizes::ANY,
						signing_key: key.public().into(),
						key_proof: key
							.sign(&compute::key_ownership_payload(&genesis_hash(), &accounts[w]))
							.into(),
					}),
				);
				assert!(ok, "worker {w} registers");
			}
			let open = LicenseTerms {
				training: Permission::Allowed,
				generative_training: Permission::Allowed,
				inference: Permission::Allowed,
			};
			let mut models = vec![];
			for &c in &creators {
				assert!(apply_ok(
					&keys[c],
					RuntimeCall::Provenance(pallet_provenance::Call::register_dataset {
						content_hash: H256::from_low_u64_be(c as u64),
						license: open,
						contributors: vec![(accounts[c].clone(), 1)],
					}),
				));
				let dataset = pallet_provenance::DatasetId(
					pallet_provenance::NextDatasetId::<Runtime>::get() - 1,
				);
				assert!(apply_ok(
					&keys[c],
					RuntimeCall::Provenance(pallet_provenance::Call::register_model {
						base_model: None,
						datasets: vec![dataset],
						fine_tuners: vec![],
						version_hash: H256::from_low_u64_be(c as u64),
						shares: pallet_provenance::ModelShares {
							datasets: Perbill::from_percent(20),
							base_model: Perbill::zero(),
						},
					}),
				));
				let model = ModelId(pallet_provenance::NextModelId::<Runtime>::get() - 1);
				for attestor in [Sr25519Keyring::AliceStash, Sr25519Keyring::BobStash] {
					assert!(apply_ok(
						&attestor.pair(),
						RuntimeCall::Attestation(pallet_attestation::Call::attest {
							dataset,
							uses: pallet_attestation::Uses::ALL,
							evidence: H256::repeat_byte(9),
							// The longest an attestation may last: the agents do not
							// renew it, so a run longer than 90 days sees the models stop
							// earning (docs/simulator.md).
							expires: System::block_number() + 90 * atelier_primitives::time::DAYS,
						}),
					));
				}
				assert!(apply_ok(
					&keys[c],
					RuntimeCall::Attestation(pallet_attestation::Call::bond_model { model }),
				));
				models.push((c, model));
			}
			// Styles, by governance, and the models tagged with them in turn.
			let first_style = pallet_provenance::NextStyleId::<Runtime>::get();
			for style in &s.styles {
				let name = style.name.as_bytes().to_vec().try_into().expect("a style name fits");
				assert!(
					sudo(RuntimeCall::Provenance(pallet_provenance::Call::add_style { name })),
					"the style {} is added",
					style.name
				);
			}
			if !s.styles.is_empty() {
				for (k, (owner, model)) in models.iter().enumerate() {
					let style = first_style + (k % s.styles.len()) as u16;
					assert!(apply_ok(
						&keys[*owner],
						RuntimeCall::Provenance(pallet_provenance::Call::set_model_styles {
							model: *model,
							styles: atelier_primitives::models::ModelStyleList::truncate_from(
								vec![style]
							),
						}),
					));
				}
			}
			for (who, stake) in &stakers {
				assert!(apply_ok(
					&keys[*who],
					RuntimeCall::Reputation(pallet_reputation::Call::stake {
						amount: *stake as Balance * UNIT,
					}),
				));
			}
			models
		});
		self.styled = (0..s.styles.len())
			.map(|i| models.iter().skip(i).step_by(s.styles.len()).copied().collect())
			.collect();
		self.models = models;
	}

	/// Each style's demand factor on `day` (its weight, the growth, the shocks), when the
	/// scenario has styles.
	fn style_factors(&self, day: u32) -> Vec<f64> {
		let growth = (1.0 + self.scenario.demand_growth).powi(day as i32);
		self.scenario
			.styles
			.iter()
			.map(|style| {
				let shocks: f64 = self
					.scenario
					.shocks
					.iter()
					.filter(|shock| {
						shock.day <= day && shock.style.as_ref().is_none_or(|s| *s == style.name)
					})
					.map(|shock| shock.demand)
					.product();
				style.weight * growth * shocks
			})
			.collect()
	}

	/// The demand and sales multipliers on `day`.
	fn factors(&self, day: u32) -> (f64, f64) {
		let mut demand = (1.0 + self.scenario.demand_growth).powi(day as i32);
		let mut sales = 1.0;
		for shock in self.scenario.shocks.iter().filter(|s| s.day <= day) {
			if shock.style.is_none() {
				demand *= shock.demand;
			}
			sales *= shock.sales;
		}
		(demand, sales)
	}

	/// One block's agents.
	fn act(&mut self, day: u32, totals: &mut Day) {
		let s = &self.scenario;
		let per_block = 1.0 / s.blocks_per_day as f64;
		let (demand, sales) = self.factors(day);
		let keys = self.chain.keys.clone();
		let atel = self.atel.clone();
		let mut rng = self.rng.clone();
		let roles = &self.roles;
		let style_factors = self.style_factors(day);
		let models = &self.models;
		let styled = &self.styled;
		let listed = &mut self.listed;
		// With styles, demand is the sum of the styles' (their weights sum to the whole, each
		// moved by its own shocks); a job's style is drawn by its share of it.
		let weights: f64 = s.styles.iter().map(|style| style.weight).sum();
		let jobs = if s.styles.is_empty() {
			rng.poisson(s.jobs_per_day * demand * per_block)
		} else {
			let factor = style_factors.iter().sum::<f64>() / weights.max(f64::MIN_POSITIVE);
			rng.poisson(s.jobs_per_day * factor * per_block)
		};
		let mut by_style = vec![0u64; s.styles.len()];
		let mints = rng.poisson(s.mints_per_day * roles.creators.len() as f64 * per_block);
		let buys = rng.poisson(s.buys_per_day * sales * per_block);
		let self_sales = rng.poisson(s.attacker_sales_per_day * per_block);
		let whale_sales = rng.poisson(s.whale_sales_per_day * per_block);
		let dishonest: Vec<AccountId> =
			roles.dishonest.iter().map(|w| self.chain.accounts[*w].clone()).collect();
		let accounts = self.chain.accounts.clone();
		let s = s.clone();
		self.chain.execute_with(|| {
			// Studios' jobs.
			for _ in 0..jobs {
				let pool = if styled.is_empty() {
					&models[..]
				} else {
					let total: f64 = style_factors.iter().sum();
					let mut x = rng.unit() * total;
					let mut index = style_factors.len() - 1;
					for (i, f) in style_factors.iter().enumerate() {
						if x < *f {
							index = i;
							break;
						}
						x -= f;
					}
					by_style[index] += 1;
					&styled[index][..]
				};
				let (Some(&studio), Some(&(_, model))) = (rng.pick(&roles.studios), rng.pick(pool))
				else {
					break;
				};
				let base = compute::BaseFee::<Runtime>::get(HardwareClass::Cpu);
				let ok = apply_ok(
					&keys[studio],
					RuntimeCall::ComputeMarket(compute::Call::submit_job {
						model,
						class: HardwareClass::Cpu,
						max_units: rng.range(s.job_units.0, s.job_units.1),
						max_base_fee_per_unit: if s.max_fee_micro.1 == 0 {
							base.saturating_mul(3)
						} else {
							rng.range(s.max_fee_micro.0, s.max_fee_micro.1) as Balance * MICRO_UNIT
						},
						tip_per_unit: 0,
						input_commitment: H256::from_low_u64_be(rng.next_u64()),
						deadline: System::block_number() + 60,
						verification: compute::Verification::Required,
					}),
				);
				totals.jobs_submitted += ok as u64;
			}
			// Workers answer what was assigned to them.
			for &w in roles.honest.iter().chain(&roles.dishonest) {
				// The oldest assigned job that has had its time to run (one settlement a block).
				let now = System::block_number();
				let ready = compute::AssignedJobs::<Runtime>::get(&accounts[w])
					.into_iter()
					.find_map(|job| {
						let record = compute::Jobs::<Runtime>::get(job)?;
						let compute::JobStatus::Assigned { admitted_at, .. } = record.status else {
							return None;
						};
						let run = record.max_units.div_ceil(s.worker_speed.max(1)).max(1) as u32;
						(now >= admitted_at + run).then_some((job, record))
					});
				let Some((job, record)) = ready else { continue };
				let units = if dishonest.contains(&accounts[w]) {
					record.max_units
				} else {
					rng.range(record.max_units / 2, record.max_units)
				};
				let receipt = Receipt {
					job,
					output_hash: compute::output_commitment(job, &H256::from_low_u64_be(job.0)),
					units_used: units,
				};
				let signature =
					atel[w].sign(&compute::receipt_signing_payload(&genesis_hash(), &receipt));
				let _ = chain::include(atelier_runtime::UncheckedExtrinsic::new_bare(
					RuntimeCall::ComputeMarket(compute::Call::submit_receipt {
						receipt,
						signature: signature.into(),
					}),
				));
			}
			// Spot checks: drawn checkers answer honestly.
			for &w in roles.honest.iter().chain(&roles.dishonest) {
				answer_checks(&accounts[w], &atel[w]);
			}
			// Creators mint and list.
			for _ in 0..mints {
				let Some(&(creator, model)) = rng.pick(models) else { break };
				if let Some(output) = mint(&keys[creator], model, &mut rng) {
					let price = rng.range(s.price_atl.0, s.price_atl.1) as Balance * UNIT;
					if list(&keys[creator], output, price) {
						listed.push(output);
					}
				}
			}
			// Collectors buy.
			for _ in 0..buys {
				if listed.is_empty() {
					break;
				}
				let index = rng.below(listed.len() as u64) as usize;
				let output = listed[index];
				let Some(&buyer) = rng.pick(&roles.collectors) else { break };
				if buy(&keys[buyer], output) {
					listed.swap_remove(index);
					totals.sales += 1;
				}
			}
			// The attacker sells to itself, back and forth, between its two accounts.
			if let [a, b] = roles.attacker[..] {
				for _ in 0..self_sales {
					let (seller, buyer) = if rng.chance(0.5) { (a, b) } else { (b, a) };
					let Some(&(_, model)) = rng.pick(models) else { break };
					if let Some(output) = mint(&keys[seller], model, &mut rng) {
						let price = s.attacker_price_atl as Balance * UNIT;
						if list(&keys[seller], output, price) && buy(&keys[buyer], output) {
							totals.sales += 1;
						}
					}
				}
			}
			// The whale earns creation the same way: it sells outputs on creators' models to
			// its second account.
			if let (Some(whale), Some(alt)) = (roles.whale, roles.whale_alt) {
				for _ in 0..whale_sales {
					let Some(&(_, model)) = rng.pick(models) else { break };
					if let Some(output) = mint(&keys[whale], model, &mut rng) {
						let price = s.whale_price_atl as Balance * UNIT;
						if list(&keys[whale], output, price) && buy(&keys[alt], output) {
							totals.sales += 1;
						}
					}
				}
			}
		});
		for (i, n) in by_style.iter().enumerate() {
			totals.style_jobs[i] += n;
		}
		self.rng = rng;
	}

	/// A referendum on an economic parameter (set to its current value), voted by every voter,
	/// the whale, and the founders.
	fn referendum(&mut self, day: u32) {
		let keys = self.chain.keys.clone();
		let proposer = self.roles.voters.first().copied();
		let mut voters: Vec<usize> = self.roles.voters.clone();
		voters.extend(self.roles.whale);
		let mut rng = self.rng.fork(day as u64);
		self.chain.execute_with(|| {
			use atelier_runtime::configs::parameters::{
				dynamic_params::royalties, RuntimeParameters,
			};
			use codec::Encode;
			use sp_runtime::traits::Hash;
			let Some(proposer) = proposer else { return };
			let call = RuntimeCall::Governance(pallet_governance::Call::set_parameter {
				key_value: RuntimeParameters::Royalties(royalties::Parameters::Shares(
					royalties::Shares,
					Some(royalties::Shares::get()),
				)),
			});
			let bytes = call.encode();
			let hash = <Runtime as frame_system::Config>::Hashing::hash(&bytes);
			let key = &keys[proposer];
			let submitted = apply_ok(
				key,
				RuntimeCall::Preimage(pallet_preimage::Call::note_preimage {
					bytes: bytes.clone(),
				}),
			) && apply_ok(
				key,
				RuntimeCall::Referenda(pallet_referenda::Call::submit {
					proposal_origin: Box::new(atelier_runtime::OriginCaller::Governance(
						pallet_governance::Origin::EconomicParameters,
					)),
					proposal: frame_support::traits::Bounded::Lookup {
						hash,
						len: bytes.len() as u32,
					},
					enactment_moment: frame_support::traits::schedule::DispatchTime::After(0),
				}),
			);
			if !submitted {
				return;
			}
			let index = pallet_referenda::ReferendumCount::<Runtime>::get() - 1;
			apply_ok(
				key,
				RuntimeCall::Referenda(pallet_referenda::Call::place_decision_deposit { index }),
			);
			for v in voters {
				apply_ok(
					&keys[v],
					RuntimeCall::Governance(pallet_governance::Call::vote {
						poll: index,
						aye: rng.chance(0.7),
					}),
				);
			}
		});
	}

	/// The day's figures from the chain's state.
	fn sample(&mut self, day: u32, mut row: Day) -> Day {
		// `row` carries the day's counts (jobs, sales, pay per job); the rest is read here.
		let roles = &self.roles;
		let accounts = self.chain.accounts.clone();
		let agents: Vec<AccountId> = accounts.clone();
		let founders: Vec<AccountId> = atelier_runtime::genesis_config_presets::genesis_founders()
			.into_iter()
			.map(|(a, _)| a)
			.collect();
		let whale = roles.whale.map(|w| accounts[w].clone());
		let whale_accounts: Vec<AccountId> = roles
			.whale
			.iter()
			.chain(&roles.whale_alt)
			.map(|w| accounts[*w].clone())
			.collect();
		let whale_endowment = atl((self.scenario.whale_stake_atl as Balance + 100_000) * UNIT);
		let attacker: Vec<AccountId> =
			roles.attacker.iter().map(|a| accounts[*a].clone()).collect();
		let honest: Vec<AccountId> = roles.honest.iter().map(|a| accounts[*a].clone()).collect();
		let dishonest: Vec<AccountId> =
			roles.dishonest.iter().map(|a| accounts[*a].clone()).collect();
		self.chain.execute_with(|| {
			use atelier_primitives::reputation::VoteStake;
			row.day = day;
			row.block = System::block_number();
			row.base_fee_cpu =
				compute::BaseFee::<Runtime>::get(HardwareClass::Cpu) as f64 / MICRO_UNIT as f64;
			let status = Reserve::status();
			row.reserve_usd = usd(status.stable);
			row.reserve_atl = atl(status.atl);
			row.pol_atl = atl(status.pol_atl);
			row.pol_usd = usd(status.pol_stable);
			row.runway_days = status.runway_days.map_or(f64::INFINITY, |d| d as f64);
			row.budget_paid_usd = usd(status.totals.budget_paid);
			row.bought_back_atl = atl(status.totals.bought_atl);
			row.burned_atl = atl(status.totals.burned_atl);
			row.issuance_atl = atl(Balances::total_issuance());
			// aUSD units (6 decimals) per ATL unit (12): dollars per ATL.
			row.price_usd = status.price.map_or(0.0, |p| p.spot.to_float() * 1e6);
			let scores: Vec<f64> =
				agents.iter().map(|a| Reputation::reputation_of(a).score as f64).collect();
			row.reputation_gini = gini(&scores);
			// Every account that can hold vote weight here (the agents and the founders), each
			// weighed as a vote would be now; the total is their sum, so the shares add up.
			let mut weights: Vec<(AccountId, f64)> = agents
				.iter()
				.chain(&founders)
				.map(|a| (a.clone(), <Reputation as VoteStake<AccountId>>::vote_weight(a) as f64))
				.collect();
			let total: f64 = weights.iter().map(|(_, w)| w).sum();
			weights.sort_by(|a, b| b.1.total_cmp(&a.1));
			row.top10_vote_share = if total > 0.0 {
				weights.iter().take(10).map(|(_, w)| w).sum::<f64>() / total
			} else {
				0.0
			};
			row.whale_vote_share = match (&whale, total > 0.0) {
				(Some(w), true) => {
					<Reputation as VoteStake<AccountId>>::vote_weight(w) as f64 / total
				},
				_ => 0.0,
			};
			let worth =
				|who: &AccountId| atl(Balances::total_balance(who)) - atl(chain::DEFAULT_ENDOWMENT);
			row.attacker_profit_atl = attacker.iter().map(worth).sum();
			row.whale_net_atl = whale_accounts
				.iter()
				.map(|w| atl(Balances::total_balance(w)) - whale_endowment)
				.sum();
			row.attacker_score =
				attacker.iter().map(|a| Reputation::reputation_of(a).score as f64).sum();
			row.honest_worker_earnings_atl =
				honest.iter().map(worth).sum::<f64>() / honest.len().max(1) as f64;
			row.dishonest_worker_earnings_atl =
				dishonest.iter().map(worth).sum::<f64>() / dishonest.len().max(1) as f64;
		});
		row
	}
}

fn set_parameter(parameter: &ParameterOverride) -> bool {
	use atelier_runtime::configs::parameters::{
		dynamic_params::{compute as c, reserve as r, royalties},
		RuntimeParameters,
	};
	let key_value = match parameter.name.as_str() {
		"base_fee_floor_micro" => {
			let mut bounds = c::BaseFeeBounds::get();
			bounds.floor = (parameter.value * MICRO_UNIT as f64) as Balance;
			RuntimeParameters::Compute(c::Parameters::BaseFeeBounds(c::BaseFeeBounds, Some(bounds)))
		},
		"reserve_share_percent" => {
			let mut shares = royalties::Shares::get();
			shares.reserve = Perbill::from_rational((parameter.value * 1e4) as u32, 1_000_000);
			RuntimeParameters::Royalties(royalties::Parameters::Shares(
				royalties::Shares,
				Some(shares),
			))
		},
		"buy_back_max_per_day_usd" => {
			let mut policy = r::BuyBack::get();
			policy.max_per_day = (parameter.value * stablecoin::DOLLAR as f64) as Balance;
			RuntimeParameters::Reserve(r::Parameters::BuyBack(r::BuyBack, Some(policy)))
		},
		"reserve_period_blocks" => RuntimeParameters::Reserve(r::Parameters::Period(
			r::Period,
			Some(parameter.value as atelier_primitives::BlockNumber),
		)),
		other => panic!("unknown parameter {other}"),
	};
	sudo(RuntimeCall::Governance(pallet_governance::Call::set_parameter { key_value }))
}

fn mint(key: &sr25519::Pair, model: ModelId, rng: &mut Rng) -> Option<OutputId> {
	apply_ok(
		key,
		RuntimeCall::Provenance(pallet_provenance::Call::mint_output {
			model,
			job: None,
			content_hash: H256::from_low_u64_be(rng.next_u64()),
			prompts: vec![],
			parents: vec![],
			content_credential: None,
			creator_share: Perbill::from_percent(10),
		}),
	)
	.then(|| OutputId(pallet_provenance::NextOutputId::<Runtime>::get() - 1))
}

fn list(key: &sr25519::Pair, output: OutputId, price: Balance) -> bool {
	apply_ok(
		key,
		RuntimeCall::Royalties(pallet_royalties::Call::list {
			output,
			asset: pallet_royalties::PaymentAsset::Native,
			price,
		}),
	)
}

fn buy(key: &sr25519::Pair, output: OutputId) -> bool {
	let Some(listing) = pallet_royalties::Listings::<Runtime>::get(output) else { return false };
	apply_ok(
		key,
		RuntimeCall::Royalties(pallet_royalties::Call::buy {
			output,
			listing: listing.id,
			asset: listing.asset,
			max_price: listing.price,
		}),
	)
}

/// A drawn checker re-runs the job and finds the output every worker here serves for it (job
/// `j`'s output is `j`, whose commitment the receipt carries): honest and dishonest receipts
/// alike carry the right output, since what a dishonest worker inflates is the units, which a
/// check does not compare.
fn answer_checks(checker: &AccountId, key: &sr25519::Pair) {
	for job in compute::ChecksOf::<Runtime>::get(checker) {
		let Some(check) = compute::Checks::<Runtime>::get(job) else { continue };
		let salt = [7u8; 32];
		let output = H256::from_low_u64_be(job.0);
		let committed =
			check.answers.iter().any(|a| &a.checker == checker && a.commitment.is_some());
		let call = match check.stage {
			compute::CheckStage::Commit if committed => continue,
			compute::CheckStage::Commit => {
				let commitment = compute::check_commitment(job, checker, &output, &salt);
				let signature =
					key.sign(&compute::check_commit_payload(&genesis_hash(), job, &commitment));
				compute::Call::commit_check { job, commitment, signature: signature.into() }
			},
			compute::CheckStage::Reveal => {
				let signature =
					key.sign(&compute::check_reveal_payload(&genesis_hash(), job, &output, &salt));
				compute::Call::reveal_check {
					job,
					output_hash: output,
					salt,
					signature: signature.into(),
				}
			},
			compute::CheckStage::Drawing => continue,
		};
		let _ = chain::include(atelier_runtime::UncheckedExtrinsic::new_bare(
			RuntimeCall::ComputeMarket(call),
		));
	}
}

/// A block's base fee and queue, when the scenario traces blocks.
#[derive(Clone, Debug, Serialize)]
pub struct BlockTrace {
	pub block: u32,
	pub day: u32,
	/// The CPU base fee, in µATL per unit.
	pub base_fee_cpu: f64,
	/// Jobs waiting for admission.
	pub pending: u32,
}

/// Runs `scenario`; returns a row per day (day 0: after the setup), and a row per block if the
/// scenario traces blocks.
pub fn run(scenario: Scenario, progress: bool) -> (Vec<Day>, Vec<BlockTrace>) {
	let mut trace = Vec::new();
	let started = Instant::now();
	let mut world = World::new(scenario.clone());
	world.setup();
	let mut rows = vec![world.sample(0, Day::default())];
	for day in 1..=scenario.days {
		let mut totals = Day { style_jobs: vec![0; scenario.styles.len()], ..Default::default() };
		let mut fee_min = f64::MAX;
		let mut fees = Vec::with_capacity(scenario.blocks_per_day as usize);
		let dishonest: Vec<AccountId> =
			world.roles.dishonest.iter().map(|w| world.chain.accounts[*w].clone()).collect();
		// Jobs settled and pay, by honest (0) and dishonest (1) workers.
		let mut paid = [(0u64, 0 as Balance); 2];
		let mut fee_max = 0f64;
		if scenario.referendum_every_days > 0 && (day - 1) % scenario.referendum_every_days == 0 {
			world.referendum(day);
		}
		for block in 0..scenario.blocks_per_day {
			// Each block's storage root is computed over the changes not yet committed: commit
			// often, so that a block costs the same on day 300 as on day 1.
			if block % 32 == 0 {
				world.chain.commit();
			}
			world.act(day, &mut totals);
			world.chain.execute_with(|| {
				let header = Executive::finalize_block();
				for record in System::read_events_no_consensus() {
					match record.event {
						RuntimeEvent::ComputeMarket(compute::Event::JobSettled {
							worker,
							to_worker,
							..
						}) => {
							totals.jobs_settled += 1;
							let side = usize::from(dishonest.contains(&worker));
							paid[side].0 += 1;
							paid[side].1 += to_worker;
						},
						RuntimeEvent::ComputeMarket(compute::Event::JobExpired { .. }) => {
							totals.jobs_expired += 1
						},
						RuntimeEvent::Reserve(pallet_reserve::Event::PeriodClosed {
							velocity,
							..
						}) => totals.velocity_percent = velocity.deconstruct() as f64 / 1e7,
						_ => {},
					}
				}
				let fee =
					compute::BaseFee::<Runtime>::get(HardwareClass::Cpu) as f64 / MICRO_UNIT as f64;
				fee_min = fee_min.min(fee);
				fees.push(fee);
				if scenario.trace_blocks {
					trace.push(BlockTrace {
						block: header.number,
						day,
						base_fee_cpu: fee,
						pending: compute::Pending::<Runtime>::decode_len().unwrap_or(0) as u32,
					});
				}
				fee_max = fee_max.max(fee);
				chain::begin_block_after(&header);
			});
		}
		world.chain.commit();
		totals.jobs_by_style = scenario
			.styles
			.iter()
			.zip(&totals.style_jobs)
			.map(|(style, n)| format!("{}={n}", style.name))
			.collect::<Vec<_>>()
			.join(" ");
		totals.base_fee_cpu_min = fee_min;
		let per_job =
			|(jobs, pay): (u64, Balance)| if jobs == 0 { 0.0 } else { atl(pay) / jobs as f64 };
		totals.honest_pay_per_job_atl = per_job(paid[0]);
		totals.dishonest_pay_per_job_atl = per_job(paid[1]);
		let end = fees.last().copied().unwrap_or(0.0);
		totals.fee_settle_blocks = fees
			.iter()
			.rposition(|fee| (fee - end).abs() > end * 0.1)
			.map_or(0.0, |last_outside| last_outside as f64 + 1.0);
		totals.base_fee_cpu_max = fee_max;
		let row = world.sample(day, totals);
		if progress {
			let done = day as f64 / scenario.days as f64;
			let bar = "#".repeat((done * 30.0) as usize);
			eprint!(
				"\r[{bar:<30}] day {day}/{} ({:.0} s, {:.1} s/day)   ",
				scenario.days,
				started.elapsed().as_secs_f64(),
				started.elapsed().as_secs_f64() / day as f64
			);
			let _ = std::io::stderr().flush();
		}
		rows.push(row);
	}
	if progress {
		eprintln!();
	}
	(rows, trace)
}

/// The rows as CSV (a header, then a line per day).
pub fn csv(rows: &[Day]) -> String {
	let mut out = String::new();
	let header = serde_json::to_value(Day::default()).expect("JSON");
	let names: Vec<String> = header.as_object().expect("an object").keys().cloned().collect();
	out.push_str(&names.join(","));
	out.push('\n');
	for row in rows {
		let value = serde_json::to_value(row).expect("JSON");
		let cells: Vec<String> = names
			.iter()
			.map(|n| match &value[n] {
				serde_json::Value::Number(x) => {
					let f = x.as_f64().unwrap_or(0.0);
					if f.fract() == 0.0 {
						format!("{}", f as i128)
					} else {
						format!("{f:.6}")
					}
				},
				serde_json::Value::Null => "inf".into(),
				other => other.to_string(),
			})
			.collect();
		out.push_str(&cells.join(","));
		out.push('\n');
	}
	out
}

/// A row's named column, for plots and sweeps.
pub fn column(rows: &[Day], name: &str) -> Vec<f64> {
	rows.iter()
		.map(|row| serde_json::to_value(row).expect("JSON")[name].as_f64().unwrap_or(f64::NAN))
		.collect()
}
