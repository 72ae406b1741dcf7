//! Weights of `pallet_attestation`: a stand-in until `scripts/benchmark.sh pallet pallet_attestation` generates them.

#![allow(missing_docs)]
use core::marker::PhantomData;
use frame_support::weights::Weight;

/// Weight functions needed for `pallet_attestation`.
pub trait WeightInfo {
	fn apply_as_attestor() -> Weight;
	fn approve_attestor() -> Weight;
	fn leave() -> Weight;
	fn withdraw_attestor() -> Weight;
	fn attest() -> Weight;
	fn revoke() -> Weight;
	fn bond_model() -> Weight;
	fn unbond_model() -> Weight;
	fn withdraw_model_bond() -> Weight;
	fn challenge() -> Weight;
	fn uphold_dataset() -> Weight;
	fn uphold_model() -> Weight;
	fn reject() -> Weight;
	fn lapse() -> Weight;
	fn enforce() -> Weight;
	fn lift() -> Weight;
}

pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn apply_as_attestor() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn approve_attestor() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn leave() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn withdraw_attestor() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn attest() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn revoke() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn bond_model() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn unbond_model() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn withdraw_model_bond() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn challenge() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn uphold_dataset() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn uphold_model() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn reject() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn lapse() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn enforce() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn lift() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
}
impl WeightInfo for () {
	fn apply_as_attestor() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn approve_attestor() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn leave() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn withdraw_attestor() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn attest() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn revoke() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn bond_model() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn unbond_model() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn withdraw_model_bond() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn challenge() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn uphold_dataset() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn uphold_model() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn reject() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn lapse() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn enforce() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn lift() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
}
