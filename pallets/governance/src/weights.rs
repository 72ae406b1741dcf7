//! Weights of `pallet_governance`: placeholders until `scripts/benchmark.sh pallet
//! pallet_governance` generates this file from `src/benchmarking.rs`.

#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::weights::Weight;

/// Weight functions needed for `pallet_governance`.
pub trait WeightInfo {
	fn vote() -> Weight;
	fn remove_vote() -> Weight;
	fn remove_other_vote() -> Weight;
	fn set_parameter() -> Weight;
}

/// Weights for `pallet_governance`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn vote() -> Weight {
		Weight::from_parts(1_000_000_000, 20_000)
	}
	fn remove_vote() -> Weight {
		Weight::from_parts(1_000_000_000, 20_000)
	}
	fn remove_other_vote() -> Weight {
		Weight::from_parts(1_000_000_000, 20_000)
	}
	fn set_parameter() -> Weight {
		Weight::from_parts(1_000_000_000, 20_000)
	}
}

impl WeightInfo for () {
	fn vote() -> Weight {
		Weight::from_parts(1_000_000_000, 20_000)
	}
	fn remove_vote() -> Weight {
		Weight::from_parts(1_000_000_000, 20_000)
	}
	fn remove_other_vote() -> Weight {
		Weight::from_parts(1_000_000_000, 20_000)
	}
	fn set_parameter() -> Weight {
		Weight::from_parts(1_000_000_000, 20_000)
	}
}
