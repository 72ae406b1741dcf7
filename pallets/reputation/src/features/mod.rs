//! The pallet's behaviour, one area a file; the dispatchables in `lib.rs` and the trait
//! implementations call into these.

mod reports;
pub mod score;
pub(crate) mod soulbound;
mod stake;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
