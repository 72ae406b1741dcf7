//! The oracle operators (`pallet-oracle-operators`): bonded operators report values only the
//! world knows (a model's quality on an evaluation set, ATL's price on outside venues), round by
//! round, committed and then revealed. Their parameters are `parameters::dynamic_params::oracle`;
//! the bounds are constants.

use frame_support::traits::{ConstU32, Contains};

use super::{
	super::{AccountId, Runtime},
	parameters::dynamic_params::oracle,
};
use atelier_primitives::{models::ModelRegistry, oracle::FeedKey, time::DAYS, BlockNumber};

impl pallet_oracle_operators::Config for Runtime {
	type Observer = crate::Reputation;
	type Currency = crate::Balances;
	type RuntimeHoldReason = crate::RuntimeHoldReason;
	type Purse = crate::Purse;
	type Key = FeedKey;
	type Keys = OracleKeys;
	type Params = oracle::Operators;
	/// A round's close reads each operator and its reveal once: 32 operators of 16 values
	/// (`docs/pallets/oracle-operators.md#weights`).
	type MaxOperators = ConstU32<32>;
	/// A reveal carries up to 40 values: the grants line's 16 models and their base models, ATL's
	/// price, and a few more an operator follows.
	type MaxKeys = ConstU32<40>;
	/// A leaving operator's bond stays held for a week.
	type UnbondingPeriod = UnbondingPeriod;
	type WeightInfo = pallet_oracle_operators::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = super::provenance::lineage_fixtures::LineageFixtures;
}

/// The benchmarks' keys: the quality of a model registered for each.
#[cfg(feature = "runtime-benchmarks")]
impl pallet_oracle_operators::benchmarking::BenchmarkHelper<FeedKey>
	for super::provenance::lineage_fixtures::LineageFixtures
{
	fn key(_i: u32) -> FeedKey {
		FeedKey::ModelQuality(Self::model(1))
	}
}

/// The keys operators may report: ATL's price, and the quality of a model that exists (so that
/// feeds are at most one a registered model, each paid for by its registration).
pub struct OracleKeys;

impl Contains<FeedKey> for OracleKeys {
	fn contains(key: &FeedKey) -> bool {
		match key {
			FeedKey::AtlPrice => true,
			FeedKey::ModelQuality(model) => {
				<crate::Provenance as ModelRegistry<AccountId>>::exists(model)
			},
		}
	}
}

frame_support::parameter_types! {
	/// A week.
	pub const UnbondingPeriod: BlockNumber = 7 * DAYS;
}
