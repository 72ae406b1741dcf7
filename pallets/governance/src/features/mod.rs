//! The pallet's logic by area; `lib.rs` keeps only the declarations and the dispatchables.

pub mod parameters;
#[cfg(any(feature = "try-runtime", test))]
pub mod try_state;
pub mod voting;
