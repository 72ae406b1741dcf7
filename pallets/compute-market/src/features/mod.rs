//! The pallet's behaviour, one area a file; the dispatchables in `lib.rs` call into these.

mod admission;
pub(crate) mod checks;
mod closings;
mod fee;
mod money;
mod refusals;
mod scheduling;
pub(crate) mod settlement;
mod submission;
mod timeouts;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
mod workers;

#[cfg(any(feature = "runtime-benchmarks", feature = "try-runtime", test))]
pub(crate) use scheduling::TIMEOUT_SPILL;
