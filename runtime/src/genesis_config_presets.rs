//! Genesis presets, as JSON patches over the default genesis config.
//!
//! - `development` (chain id `dev`): Alice alone authors and finalizes; the well-known dev
//!   accounts are endowed with ATL and the aUSD stablecoin; Alice holds the sudo key.
//! - `local_testnet` (chain id `local`): Alice, Bob, Charlie and Dave validate, so that one of
//!   them can fail while GRANDPA still gathers the two thirds it needs to finalize. No sudo key:
//!   referenda alone govern it.
//! - `dev_fast` (chain id `dev-fast`): `development` with 2-second slots
//!   ([`FAST_SLOT_DURATION`]), for the end-to-end tests. Never for a real network.
//! - `local_fast` (chain id `local-fast`): `local_testnet` with 2-second slots and every
//!   referendum track's periods divided by 1 200, for the end-to-end test of governance. Never
//!   for a real network.
//!
//! - `compute-bench` (native builds only, chain id `compute-bench`): `development` plus 192 GPU
//!   workers holding as many assigned jobs as the runtime allows, for 64 studios and four
//!   attested, bonded models with a lineage, so that `benchmark extrinsic` fills blocks with
//!   valid receipts that pay the whole lineage and update the reputation of workers and owners.
//!   It derives sr25519 keys, which needs the `sr25519` implementation that the wasm runtime does
//!   not carry, and the node completes its state natively ([`compute_bench::setup`]), so only
//!   the node builds it; see [`compute_bench`].
//!
//! Every preset makes `//Alice//stash` and `//Bob//stash` attestors from genesis
//! ([`genesis_attestors`]), so that a model can be cleared to earn on a test chain, names them
//! and Alice, Bob, Charlie and Dave the founding electorate ([`genesis_founders`]), and creates
//! the ATL/aUSD pool with the reserve's liquidity ([`POOL_ATL`], [`POOL_STABLE`]) beside the
//! reserve's stablecoin ([`RESERVE_STABLE`]), so that the reserve's price guard and swaps work
//! from block one.
//!
//! - `production_template` (chain id `production-template`): the template of a production
//!   chain spec ([`production_template_genesis`]): validators, founders, attestors and endowed
//!   accounts named explicitly, no sudo key, every referendum track at its real periods. Its
//!   accounts are placeholders (well-known keys): a launch replaces every one of them in the
//!   spec that `atelier-node build-spec --chain production-template` prints, then builds the raw
//!   spec from it (`docs/launch.md`).

use alloc::{string::String, vec, vec::Vec};
use frame_support::{build_struct_json_patch, traits::fungible::NativeOrWithId};
use serde_json::Value;
use sp_consensus_babe::AuthorityId as BabeId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

use crate::configs::{
	assets::StablecoinIssuer,
	monetary::ReserveAccount,
	provenance::{ModelSharesAccount, ProvenanceAccount, RoyaltiesAccount},
};
use crate::{
	AccountId, AssetConversionConfig, AssetsConfig, AttestationConfig, BabeConfig, BalancesConfig,
	ClockConfig, GovernanceConfig, ReputationConfig, RuntimeGenesisConfig, SessionConfig,
	SessionKeys, SudoConfig, ValidatorsConfig, BABE_GENESIS_EPOCH_CONFIG,
};
#[cfg(feature = "std")]
use alloc::format;
use atelier_primitives::{
	currency::{EXISTENTIAL_DEPOSIT, UNIT},
	stablecoin, Balance, Moment,
};

/// Each endowed dev account starts with a million ATL...
pub const ENDOWMENT: Balance = 1_000_000 * UNIT;
/// ...and a million aUSD.
pub const STABLECOIN_ENDOWMENT: Balance = 1_000_000 * stablecoin::DOLLAR;

/// The reserve's protocol-owned liquidity at genesis: a million ATL against a million aUSD in
/// the ATL/aUSD pool (one aUSD per ATL), so that quotes, swaps and the price guard work from
/// the first block.
pub const POOL_ATL: Balance = 1_000_000 * UNIT;
/// The aUSD side of the genesis pool.
pub const POOL_STABLE: Balance = 1_000_000 * stablecoin::DOLLAR;
/// The reserve's aUSD beside its liquidity: the stablecoin reserve that pays the
/// infrastructure budget.
pub const RESERVE_STABLE: Balance = 500_000 * stablecoin::DOLLAR;

/// The provenance account's endowment: three collection deposits and the existential deposit.
pub const PROVENANCE_ENDOWMENT: Balance = 3 * 10 * UNIT + EXISTENTIAL_DEPOSIT;

/// The well-known development accounts that genesis endows.
pub fn endowed_accounts() -> Vec<AccountId> {
	Sr25519Keyring::iter()
		.filter(|k| k != &Sr25519Keyring::One && k != &Sr25519Keyring::Two)
		.map(|k| k.to_account_id())
		.collect()
}

/// The attestors every test preset starts with (each bonds the attestor bond at genesis):
/// Alice's and Bob's stash accounts (`//Alice//stash`, `//Bob//stash`), two for the quorum of
/// two, apart from the accounts tests play creators and workers with. A production chain spec
/// names none: its attestors apply and the disputes track approves them.
pub fn genesis_attestors() -> Vec<AccountId> {
	vec![Sr25519Keyring::AliceStash.to_account_id(), Sr25519Keyring::BobStash.to_account_id()]
}

/// The founding electorate of every test preset: the two founding attestors and four founding
/// creators (Alice, Bob, Charlie, Dave), 2 500 points of seed each, 15 000 in all. Their seeds
/// vote beside their scores while the community's own score is small, and fade out as it grows
/// to [`SEED_HORIZON`]; so the first referenda are not decided by the first account to earn a
/// point. A production chain spec names its own.
pub fn genesis_founders() -> Vec<(AccountId, u64)> {
	genesis_attestors()
		.into_iter()
		.chain(
			[
				Sr25519Keyring::Alice,
				Sr25519Keyring::Bob,
				Sr25519Keyring::Charlie,
				Sr25519Keyring::Dave,
			]
			.into_iter()
			.map(|k| k.to_account_id()),
		)
		.map(|who| (who, FOUNDER_SEED))
		.collect()
}

/// Each founder's seed.
pub const FOUNDER_SEED: u64 = 2_500;
/// The community score at which the founders' seeds have faded out: twice their sum.
pub const SEED_HORIZON: u64 = 30_000;

/// A genesis validator: its account (also its id in the session) and its session keys.
pub type Validator = (AccountId, BabeId, GrandpaId);

/// What each genesis validator bonds (`pallet-validators`): held from genesis, slashed if it
/// equivocates, released over the unbonding period if it leaves.
pub const GENESIS_VALIDATOR_BOND: Balance = 10_000 * UNIT;

fn authority_keys(who: Sr25519Keyring) -> Validator {
	let ed = match who {
		Sr25519Keyring::Alice => Ed25519Keyring::Alice,
		Sr25519Keyring::Bob => Ed25519Keyring::Bob,
		Sr25519Keyring::Charlie => Ed25519Keyring::Charlie,
		Sr25519Keyring::Dave => Ed25519Keyring::Dave,
		Sr25519Keyring::Eve => Ed25519Keyring::Eve,
		_ => Ed25519Keyring::Ferdie,
	};
	(who.to_account_id(), who.public().into(), ed.public().into())
}

fn testnet_genesis(
	authorities: Vec<Validator>,
	endowed: Vec<AccountId>,
	root: Option<AccountId>,
	extra_balances: Vec<(AccountId, Balance)>,
	track_period_divisor: u32,
) -> Value {
	chain_genesis(ChainGenesis {
		authorities,
		endowed,
		root,
		extra_balances,
		track_period_divisor,
		attestors: genesis_attestors(),
		founders: genesis_founders(),
		seed_horizon: SEED_HORIZON,
	})
}

/// What a chain's genesis names: the rest (the reserve, its pool and stablecoin, the
/// protocol's accounts) every chain gets alike.
struct ChainGenesis {
	authorities: Vec<Validator>,
	/// Endowed with [`ENDOWMENT`] and [`STABLECOIN_ENDOWMENT`] each.
	endowed: Vec<AccountId>,
	root: Option<AccountId>,
	extra_balances: Vec<(AccountId, Balance)>,
	track_period_divisor: u32,
	attestors: Vec<AccountId>,
	founders: Vec<(AccountId, u64)>,
	seed_horizon: u64,
}

fn chain_genesis(genesis: ChainGenesis) -> Value {
	let ChainGenesis {
		authorities,
		endowed,
		root,
		extra_balances,
		track_period_divisor,
		attestors,
		founders,
		seed_horizon,
	} = genesis;
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed
				.iter()
				.cloned()
				.map(|k| (k, ENDOWMENT))
				.chain(extra_balances)
				// The reserve account exists from genesis, so that every share, however
				// small, can be paid to it; it provides the pool's ATL side.
				.chain([(ReserveAccount::get(), EXISTENTIAL_DEPOSIT + POOL_ATL)])
				// Royalties accrue in this account; it never drops below the deposit.
				.chain([(RoyaltiesAccount::get(), EXISTENTIAL_DEPOSIT)])
				// Shareholders' income waits in this account; it never drops below the deposit.
				.chain([(ModelSharesAccount::get(), EXISTENTIAL_DEPOSIT)])
				// Provenance pays the three collections' deposits at genesis.
				.chain([(ProvenanceAccount::get(), PROVENANCE_ENDOWMENT)])
				.collect::<Vec<_>>(),
		},
		// BABE's and GRANDPA's authorities come from the session's genesis (they must be
		// empty here): the validators' keys, registered as any validator's are.
		babe: BabeConfig { epoch_config: BABE_GENESIS_EPOCH_CONFIG },
		session: SessionConfig {
			keys: authorities
				.iter()
				.map(|(account, babe, grandpa)| {
					(
						account.clone(),
						account.clone(),
						SessionKeys { babe: babe.clone(), grandpa: grandpa.clone() },
					)
				})
				.collect::<Vec<_>>(),
		},
		validators: ValidatorsConfig {
			validators: authorities
				.iter()
				.map(|(account, _, _)| (account.clone(), GENESIS_VALIDATOR_BOND))
				.collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: root },
		governance: GovernanceConfig { track_period_divisor },
		// The ATL/aUSD pool, its liquidity the reserve's (no setup fee at genesis).
		asset_conversion: AssetConversionConfig {
			pools: vec![(
				NativeOrWithId::Native,
				NativeOrWithId::WithId(stablecoin::ASSET_ID),
				ReserveAccount::get(),
				POOL_ATL,
				POOL_STABLE,
			)],
		},
		attestation: AttestationConfig { attestors },
		reputation: ReputationConfig { founders, seed_horizon },
		assets: AssetsConfig {
			// The stablecoin is sufficient: an account may hold it without any ATL. Its owner
			// (issuer, admin, freezer) is a keyless account: no key can freeze or burn the
			// protocol's holdings.
			assets: vec![(
				stablecoin::ASSET_ID,
				StablecoinIssuer::get(),
				true,
				stablecoin::MIN_BALANCE
			)],
			metadata: vec![(
				stablecoin::ASSET_ID,
				stablecoin::NAME.as_bytes().to_vec(),
				stablecoin::SYMBOL.as_bytes().to_vec(),
				stablecoin::DECIMALS,
			)],
			accounts: endowed
				.iter()
				.cloned()
				.map(|k| (stablecoin::ASSET_ID, k, STABLECOIN_ENDOWMENT))
				// The reserve and the royalties account hold the stablecoin from genesis, so
				// that any royalty in it, however small, can be paid to them.
				.chain([
					(
						stablecoin::ASSET_ID,
						ReserveAccount::get(),
						stablecoin::MIN_BALANCE + POOL_STABLE + RESERVE_STABLE,
					),
					(stablecoin::ASSET_ID, RoyaltiesAccount::get(), stablecoin::MIN_BALANCE),
					(stablecoin::ASSET_ID, ModelSharesAccount::get(), stablecoin::MIN_BALANCE),
				])
				.collect::<Vec<_>>(),
		},
	})
}

/// The `development` preset.
pub fn development_config_genesis() -> Value {
	testnet_genesis(
		vec![authority_keys(Sr25519Keyring::Alice)],
		endowed_accounts(),
		Some(Sr25519Keyring::Alice.to_account_id()),
		Vec::new(),
		1,
	)
}

/// The four validators of the local network.
fn local_authorities() -> Vec<Validator> {
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie, Sr25519Keyring::Dave]
		.into_iter()
		.map(authority_keys)
		.collect()
}

/// The `local_testnet` preset: no sudo key; referenda alone govern it.
pub fn local_config_genesis() -> Value {
	testnet_genesis(local_authorities(), endowed_accounts(), None, Vec::new(), 1)
}

/// The slot duration of the end-to-end tests' chains (`dev_fast`, `local_fast`): a third of the
/// 6 seconds every other chain has, so that a test waiting for blocks waits a third as long.
pub const FAST_SLOT_DURATION: Moment = 2_000;

/// The epoch (session) duration of the end-to-end tests' chains, in slots: 40 seconds, so that
/// a test sees validator sets change within minutes (an hour on every other chain).
pub const FAST_EPOCH_DURATION: u64 = 20;

/// `patch` with [`FAST_SLOT_DURATION`] and [`FAST_EPOCH_DURATION`] as its chain's slot and epoch
/// durations.
fn with_fast_slots(mut patch: Value) -> Value {
	let clock = build_struct_json_patch!(RuntimeGenesisConfig {
		clock: ClockConfig {
			slot_duration: Some(FAST_SLOT_DURATION),
			epoch_duration: Some(FAST_EPOCH_DURATION),
		},
	});
	if let (Value::Object(patch), Value::Object(clock)) = (&mut patch, clock) {
		patch.extend(clock);
	}
	patch
}

/// The name of the `dev_fast` preset.
pub const DEV_FAST_PRESET: &str = "dev_fast";

/// The `dev_fast` preset, for end-to-end tests only: `development` with 2-second slots.
pub fn dev_fast_config_genesis() -> Value {
	with_fast_slots(development_config_genesis())
}

/// The name of the `local_fast` preset.
pub const LOCAL_FAST_PRESET: &str = "local_fast";

/// Every track period of `local_fast` is divided by this: a day's confirmation takes 12 blocks.
pub const LOCAL_FAST_TRACK_DIVISOR: u32 = 1_200;

/// The `local_fast` preset, for end-to-end tests of governance only: `local_testnet` (no sudo)
/// with 2-second slots and every referendum track's periods divided by
/// [`LOCAL_FAST_TRACK_DIVISOR`], so that a referendum passes in a minute or two.
pub fn local_fast_config_genesis() -> Value {
	with_fast_slots(testnet_genesis(
		local_authorities(),
		endowed_accounts(),
		None,
		Vec::new(),
		LOCAL_FAST_TRACK_DIVISOR,
	))
}

/// The name of the `production_template` preset.
pub const PRODUCTION_TEMPLATE_PRESET: &str = "production_template";

/// The validators of the production template (placeholders: Alice, Bob and Charlie's accounts
/// and keys).
pub fn production_template_validators() -> Vec<Validator> {
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
		.into_iter()
		.map(authority_keys)
		.collect()
}

/// The founding attestors of the production template (placeholders: `//One`, `//Two`), two for
/// the quorum of two: without them no dataset can be attested, no model earn, and no point be
/// earned (issue 25, attack 8).
pub fn production_template_attestors() -> Vec<AccountId> {
	vec![Sr25519Keyring::One.to_account_id(), Sr25519Keyring::Two.to_account_id()]
}

/// The founding electorate of the production template: the two founding attestors and two
/// founding creators (placeholders: Eve, Ferdie), [`FOUNDER_SEED`] each: 10 000 in all, the
/// governance's `MinElectorate`, so that the first point the community earns is not the whole
/// vote, and the founders cannot pass a referendum alone against an engaged community once its
/// score reaches theirs.
pub fn production_template_founders() -> Vec<(AccountId, u64)> {
	production_template_attestors()
		.into_iter()
		.chain([Sr25519Keyring::Eve.to_account_id(), Sr25519Keyring::Ferdie.to_account_id()])
		.map(|who| (who, FOUNDER_SEED))
		.collect()
}

/// The `production_template` preset: named validators, founders and attestors (placeholders to
/// replace), no sudo key, real referendum periods. The validators and founders are endowed so
/// that they can pay fees and bonds; a launch sets its own distribution.
pub fn production_template_genesis() -> Value {
	let founders = production_template_founders();
	let seeds: u64 = founders.iter().map(|(_, seed)| *seed).sum();
	let endowed: Vec<AccountId> =
		[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
			.into_iter()
			.map(|k| k.to_account_id())
			.chain(founders.iter().map(|(who, _)| who.clone()))
			.collect();
	chain_genesis(ChainGenesis {
		authorities: production_template_validators(),
		endowed,
		root: None,
		extra_balances: Vec::new(),
		track_period_divisor: 1,
		attestors: production_template_attestors(),
		founders,
		// The seeds fade out as the community's own score grows to twice their sum.
		seed_horizon: seeds.saturating_mul(2),
	})
}

/// The `compute-bench` genesis: the development chain plus [`compute_bench::WORKERS`] workers
/// holding `MaxJobsPerWorker` assigned jobs each (job `i` with worker `i / MaxJobsPerWorker`),
/// for real models: [`compute_bench::setup`] completes it natively with the models' lineage,
/// their attestations and bonds, and the reputation records a live chain's workers and owners
/// have.
#[cfg(feature = "std")]
// Built natively, for benchmarks only: a derivation or setup that fails must stop the node.
#[allow(
	clippy::expect_used,
	clippy::arithmetic_side_effects,
	clippy::unwrap_used,
	clippy::indexing_slicing
)]
pub mod compute_bench {
	use super::*;
	use crate::{ComputeMarketConfig, Runtime, RuntimeCall, RuntimeOrigin};
	use atelier_primitives::{
		compute::{HardwareClass, WorkerPublic},
		currency::MILLI_UNIT,
		models::ModelId,
		provenance::{DatasetId, Permission},
		time::DAYS,
	};
	use frame_support::traits::Get;
	use pallet_provenance::{LicenseTerms, ModelShares};
	use sp_core::{sr25519, Pair, H256};
	use sp_runtime::{traits::Dispatchable, Perbill};

	/// The preset's name.
	pub const PRESET: &str = "compute-bench";

	/// Workers: 64 of each hardware class (the most a class may have).
	pub const WORKERS: u32 = 192;

	/// Studios submitting the jobs: job `i` is studio `i % STUDIOS`'s, so the jobs of one
	/// worker (32 consecutive ids) have 32 different requesters.
	pub const STUDIOS: u32 = 64;

	/// The models the jobs run: fine-tunes of one base model ([`BASE_MODEL`]), each trained on
	/// two datasets of three contributors. A GPU worker serves the model loaded in its memory:
	/// worker `w`'s jobs run model `1 + w % MODELS` ([`model_of`]).
	pub const MODELS: u32 = 4;

	/// The base model's id: registered first.
	pub const BASE_MODEL: ModelId = ModelId(0);

	/// The base fee per unit the jobs were admitted at: 0.8 ATL, so that a 1 000-unit job's
	/// base fee (800 ATL) sends enough to the reserve and the burn to earn the worker and the
	/// model's owner a reputation point each (a point per 20 ATL at today's rates): every
	/// receipt updates both records, as receipts that matter do on a live chain.
	pub const BASE_FEE: Balance = 800 * MILLI_UNIT;

	/// The units each job reserves and reports.
	pub const JOB_UNITS: u64 = 1_000;

	/// The hardware class of the `w`-th worker.
	pub fn class(w: u32) -> HardwareClass {
		HardwareClass::ALL[(w / 64) as usize % HardwareClass::ALL.len()]
	}

	fn pair(path: &str) -> sr25519::Pair {
		sr25519::Pair::from_string(path, None).expect("a static derivation path; qed")
	}

	fn account(path: &str) -> AccountId {
		AccountId::from(pair(path).public())
	}

	/// The account key of the `w`-th worker.
	pub fn worker(w: u32) -> sr25519::Pair {
		pair(&format!("//AtelierBench//{w}"))
	}

	/// The `atel` signing key of the `w`-th worker.
	pub fn worker_key(w: u32) -> sr25519::Pair {
		pair(&format!("//AtelierBench//{w}//atel"))
	}

	/// The `s`-th studio.
	pub fn studio(s: u32) -> AccountId {
		account(&format!("//AtelierBench//studio//{s}"))
	}

	/// The owner of model `m` (`0` is the base model's).
	pub fn owner(m: u32) -> AccountId {
		account(&format!("//AtelierBench//owner//{m}"))
	}

	/// The `c`-th dataset contributor.
	pub fn contributor(c: u32) -> AccountId {
		account(&format!("//AtelierBench//contributor//{c}"))
	}

	/// The model job `i` runs: its worker's.
	pub fn model_of(i: u32) -> ModelId {
		ModelId(1 + (i / jobs_per_worker()) % MODELS)
	}

	/// The distinct licensees of the models that jobs `jobs` run: each fine-tune's owner and its
	/// datasets' six contributors, and the base model's owner (its licensee).
	pub fn licensees_of(jobs: core::ops::Range<u32>) -> u32 {
		let models: alloc::collections::BTreeSet<u32> = jobs.map(|i| model_of(i).0).collect();
		let mut accounts = alloc::collections::BTreeSet::new();
		accounts.insert(owner(0));
		for m in models {
			accounts.insert(owner(m));
			let next = m % MODELS + 1;
			for d in [m, next] {
				accounts.extend((0..3).map(|c| contributor(3 * (d - 1) + c)));
			}
		}
		accounts.len() as u32
	}

	/// Jobs each worker holds: as many as the runtime allows.
	pub fn jobs_per_worker() -> u32 {
		<Runtime as pallet_compute_market::Config>::MaxJobsPerWorker::get()
	}

	/// The preset's JSON patch.
	pub fn genesis() -> Value {
		let per_worker = jobs_per_worker();
		let worker_account = |w: u32| AccountId::from(worker(w).public());
		let jobs = WORKERS * per_worker;
		let per_studio = Balance::from(jobs.div_ceil(STUDIOS))
			* Balance::from(JOB_UNITS)
			* (BASE_FEE + MILLI_UNIT);
		let balances = (0..WORKERS)
			.map(|w| (worker_account(w), 1_000 * UNIT))
			.chain((0..STUDIOS).map(|s| (studio(s), per_studio + 1_000 * UNIT)))
			.chain((0..=MODELS).map(|m| (owner(m), 1_000 * UNIT)))
			.chain((0..3 * MODELS).map(|c| (contributor(c), UNIT)))
			.collect();
		let mut patch = testnet_genesis(
			vec![authority_keys(Sr25519Keyring::Alice)],
			endowed_accounts(),
			Some(Sr25519Keyring::Alice.to_account_id()),
			balances,
			1,
		);
		// 0.01 ATL of stake backs each unit: 500 ATL backs 50 000 units, above 32 jobs' 32 000.
		let workers = (0..WORKERS)
			.map(|w| {
				let key = WorkerPublic::from(worker_key(w).public());
				(worker_account(w), 500 * UNIT, JOB_UNITS * u64::from(per_worker), class(w), key)
			})
			.collect::<Vec<_>>();
		let assigned_jobs = (0..jobs)
			// Deadlines spread 100 a block keep every timeout bucket within its bound.
			.map(|i| {
				(
					studio(i % STUDIOS),
					model_of(i),
					class(i / per_worker),
					JOB_UNITS,
					BASE_FEE,
					MILLI_UNIT,
					100 + i / 100,
				)
			})
			.collect::<Vec<_>>();
		let compute = build_struct_json_patch!(RuntimeGenesisConfig {
			compute_market: ComputeMarketConfig { workers, assigned_jobs },
		});
		if let (Value::Object(patch), Value::Object(compute)) = (&mut patch, compute) {
			patch.extend(compute);
		}
		patch
	}

	fn dispatch(call: RuntimeCall, who: &AccountId) {
		let result = call.clone().dispatch(RuntimeOrigin::signed(who.clone()));
		assert!(result.is_ok(), "compute-bench setup: {call:?} by {who:?} failed: {result:?}");
	}

	/// Completes the genesis state natively, through the pallets' own calls (run by the node in
	/// externalities over the genesis storage, at block 0): the base model on a dataset of its
	/// owner's, four datasets of three contributors each, attested by the genesis attestors;
	/// [`MODELS`] fine-tunes of the base model, model `m` trained on datasets `m` and
	/// `m % MODELS + 1`, sharing 50% of its fee with its datasets and 20% with the base model;
	/// every model bonded by its owner; and a reputation stake (10 ATL, which opens a record)
	/// for every worker and model owner.
	pub fn setup() {
		let license = LicenseTerms {
			training: Permission::Allowed,
			generative_training: Permission::Allowed,
			inference: Permission::Allowed,
		};
		let mut datasets = Vec::new();
		for d in 0..=MODELS {
			let contributors = if d == 0 {
				vec![(owner(0), 1)]
			} else {
				(0..3).map(|c| (contributor(3 * (d - 1) + c), 1)).collect()
			};
			let who = owner(d);
			let call = pallet_provenance::Call::register_dataset {
				content_hash: H256::repeat_byte(d as u8 + 1),
				license,
				contributors,
			};
			dispatch(call.into(), &who);
			let id = DatasetId(pallet_provenance::NextDatasetId::<Runtime>::get() - 1);
			for attestor in [Sr25519Keyring::AliceStash, Sr25519Keyring::BobStash] {
				let call = pallet_attestation::Call::attest {
					dataset: id,
					uses: pallet_attestation::Uses::ALL,
					evidence: H256::repeat_byte(0xee),
					expires: 90 * DAYS,
				};
				dispatch(call.into(), &attestor.to_account_id());
			}
			datasets.push(id);
		}
		for m in 0..=MODELS {
			let (base_model, trained_on, shares) = if m == 0 {
				(
					None,
					vec![datasets[0]],
					ModelShares {
						datasets: Perbill::from_percent(50),
						base_model: Perbill::zero(),
					},
				)
			} else {
				let next = m as usize % MODELS as usize + 1;
				(
					Some(BASE_MODEL),
					vec![datasets[m as usize], datasets[next]],
					ModelShares {
						datasets: Perbill::from_percent(50),
						base_model: Perbill::from_percent(20),
					},
				)
			};
			let who = owner(m);
			let call = pallet_provenance::Call::register_model {
				base_model,
				datasets: trained_on,
				fine_tuners: Vec::new(),
				version_hash: H256::repeat_byte(0x40 + m as u8),
				shares,
			};
			dispatch(call.into(), &who);
			let model = ModelId(m);
			assert_eq!(pallet_provenance::NextModelId::<Runtime>::get(), m + 1);
			dispatch(pallet_attestation::Call::bond_model { model }.into(), &who);
		}
		for m in 1..=MODELS {
			let model = ModelId(m);
			assert!(
				pallet_provenance::Pallet::<Runtime>::model_may_earn(&model),
				"compute-bench model {m} must be cleared to earn"
			);
		}
		let stake = pallet_reputation::Call::stake { amount: 10 * UNIT };
		for w in 0..WORKERS {
			dispatch(stake.clone().into(), &AccountId::from(worker(w).public()));
		}
		for m in 0..=MODELS {
			dispatch(stake.clone().into(), &owner(m));
		}
		frame_system::Pallet::<Runtime>::reset_events();
	}
}

/// The JSON patch of the preset named `id` (`dev` and `local` are accepted as aliases).
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET | "dev" => development_config_genesis(),
		LOCAL_TESTNET_RUNTIME_PRESET | "local" => local_config_genesis(),
		DEV_FAST_PRESET => dev_fast_config_genesis(),
		LOCAL_FAST_PRESET => local_fast_config_genesis(),
		PRODUCTION_TEMPLATE_PRESET => production_template_genesis(),
		#[cfg(feature = "std")]
		compute_bench::PRESET => compute_bench::genesis(),
		_ => return None,
	};
	serde_json::to_string(&patch).ok().map(String::into_bytes)
}

/// The presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(DEV_RUNTIME_PRESET),
		PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(DEV_FAST_PRESET),
		PresetId::from(LOCAL_FAST_PRESET),
		PresetId::from(PRODUCTION_TEMPLATE_PRESET),
	]
}
