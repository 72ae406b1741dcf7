//! The pallet's behaviour, one area a file; the dispatchables in `lib.rs` call into these.

mod external;
mod market;
mod payouts;
mod policies;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
