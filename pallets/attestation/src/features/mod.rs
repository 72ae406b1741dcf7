//! The pallet's logic by area; `lib.rs` keeps only the declarations and the dispatchables.

pub mod attestations;
pub mod attestors;
pub mod bonds;
pub mod challenges;
pub mod lineage;
pub mod money;
pub mod status;
#[cfg(any(feature = "try-runtime", test))]
pub mod try_state;
