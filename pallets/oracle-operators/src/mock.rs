//! A test runtime: System, Balances, the purse and the oracle operators, with parameters the
//! tests set.

use crate as pallet_oracle_operators;
use crate::*;
use atelier_primitives::activity::{Observer, Offence};
use frame_support::weights::Weight;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64, Hooks},
};
use sp_runtime::{BuildStorage, Perbill};

pub type AccountId = u64;
type Block = frame_system::mocking::MockBlock<Test>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(2)]
	pub type Oracle = pallet_oracle_operators;
	#[runtime::pallet_index(3)]
	pub type Purse = pallet_purse;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type ExistentialDeposit = ConstU128<ED>;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

impl pallet_purse::Config for Test {
	type Currency = Balances;
	type ReserveAccount = Reserve;
}

pub const ED: Balance = 1;
pub const RESERVE: AccountId = 999;
pub const INITIAL: Balance = 1_000_000;
pub const MIN_BOND: Balance = 1_000;
pub const BOND: Balance = 10_000;
pub const MAX_OPERATORS: u32 = 8;
pub const UNBONDING: u64 = 20;

/// Commit for 3 blocks, reveal for 2, a quorum of 3, a 10% band, a 10% slash for a deviation,
/// 5% for three silent rounds, stale after 2 rounds.
pub fn default_params() -> ParamsOf<Test> {
	OracleParams {
		min_bond: MIN_BOND,
		commit_blocks: 3,
		reveal_blocks: 2,
		quorum: 3,
		band: Perbill::from_percent(10),
		deviation_slash: Perbill::from_percent(10),
		silence_rounds: 3,
		silence_slash: Perbill::from_percent(5),
		stale_rounds: 2,
	}
}

parameter_types! {
	pub const Reserve: AccountId = RESERVE;
	pub static Params: ParamsOf<Test> = default_params();
}

parameter_types! {
	/// The offences reported to reputation, in order.
	pub static Offences: Vec<(AccountId, Offence)> = Vec::new();
}

/// Reputation in the mock: records each offence.
pub struct RecordingObserver;
impl Observer<AccountId> for RecordingObserver {
	fn created(_: &AccountId, _: atelier_primitives::activity::Creation) -> Weight {
		Weight::zero()
	}
	fn offended(who: &AccountId, offence: Offence) -> Weight {
		Offences::mutate(|o| o.push((*who, offence)));
		Weight::from_parts(1_000, 0)
	}
	fn max_report_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
}

impl Config for Test {
	type Observer = RecordingObserver;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Purse = Purse;
	type Key = u32;
	type Keys = KeysBelow;
	type Params = Params;
	type MaxOperators = ConstU32<MAX_OPERATORS>;
	type MaxKeys = ConstU32<4>;
	type UnbondingPeriod = ConstU64<UNBONDING>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// The keys the mock takes: below 1 000.
pub struct KeysBelow;
impl frame_support::traits::Contains<u32> for KeysBelow {
	fn contains(key: &u32) -> bool {
		*key < 1_000
	}
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	Params::set(default_params());
	Offences::set(Vec::new());
	let storage = RuntimeGenesisConfig {
		system: Default::default(),
		balances: pallet_balances::GenesisConfig {
			balances: (1..=20).map(|who| (who, INITIAL)).chain([(RESERVE, ED)]).collect(),
			..Default::default()
		},
	}
	.build_storage()
	.expect("the genesis builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| run_to_block(1));
	ext
}

/// Runs `test`, then every invariant.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Oracle::do_try_state().expect("the invariants hold");
	});
}

pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Oracle::on_initialize(next);
	}
}
