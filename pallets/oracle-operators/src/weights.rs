//! Weights of the pallet's calls and its round close.
//!
//! The pallet is not in the runtime yet: these are the interface and the weights its tests use
//! (no time, the reads and writes each call makes at its worst). The runtime's will be generated
//! by `scripts/benchmark.sh pallet pallet_oracle_operators` from `src/benchmarking.rs` when it is
//! wired in.

#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions needed for `pallet_oracle_operators`.
pub trait WeightInfo {
	fn register() -> Weight;
	fn bond_more() -> Weight;
	fn leave() -> Weight;
	fn withdraw() -> Weight;
	fn commit() -> Weight;
	fn reveal(k: u32) -> Weight;
	fn close(o: u32, v: u32) -> Weight;
}

// For tests: the reads and writes of each call at its worst, no execution time.
impl WeightInfo for () {
	fn register() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn bond_more() -> Weight {
		RocksDbWeight::get().reads_writes(3, 3)
	}
	fn leave() -> Weight {
		RocksDbWeight::get().reads_writes(2, 3)
	}
	fn withdraw() -> Weight {
		RocksDbWeight::get().reads_writes(4, 3)
	}
	fn commit() -> Weight {
		RocksDbWeight::get().reads_writes(3, 1)
	}
	fn reveal(_k: u32) -> Weight {
		RocksDbWeight::get().reads_writes(4, 1)
	}
	fn close(o: u32, v: u32) -> Weight {
		RocksDbWeight::get()
			.reads_writes(3, 2)
			.saturating_add(
				RocksDbWeight::get()
					.reads_writes(u64::from(o).saturating_mul(3), u64::from(o).saturating_mul(4)),
			)
			.saturating_add(RocksDbWeight::get().writes(u64::from(v)))
	}
}
