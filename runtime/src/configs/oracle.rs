//! The oracle operators (`pallet-oracle-operators`): bonded operators report values only the
//! world knows (a model's quality on an evaluation set, ATL's price on outside venues), round by
//! round, committed and then revealed. Their parameters are `parameters::dynamic_params::oracle`;
//! the bounds are constants.

use frame_support::traits::ConstU32;

use super::{super::Runtime, parameters::dynamic_params::oracle};
use atelier_primitives::{oracle::FeedKey, time::DAYS, BlockNumber};

impl pallet_oracle_operators::Config for Runtime {
	type Currency = crate::Balances;
	type RuntimeHoldReason = crate::RuntimeHoldReason;
	type Purse = crate::Purse;
	type Key = FeedKey;
	type Params = oracle::Operators;
	/// A round's close reads each operator and its reveal once: 32 operators of 16 values
	/// (`docs/pallets/oracle-operators.md#weights`).
	type MaxOperators = ConstU32<32>;
	/// A reveal carries up to 16 values: the models an operator evaluates in a round, and prices.
	type MaxKeys = ConstU32<16>;
	/// A leaving operator's bond stays slashable for a week.
	type UnbondingPeriod = UnbondingPeriod;
	type WeightInfo = pallet_oracle_operators::weights::SubstrateWeight<Runtime>;
}

frame_support::parameter_types! {
	/// A week.
	pub const UnbondingPeriod: BlockNumber = 7 * DAYS;
}
