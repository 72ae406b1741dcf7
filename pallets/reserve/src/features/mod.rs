//! The pallet's logic by area; `lib.rs` keeps only the declarations, the hook and the
//! dispatchable.

pub mod budget;
pub mod conversion;
pub mod grants;
pub mod metrics;
pub mod period;
pub mod price;
pub mod status;
pub mod steering;
#[cfg(any(feature = "try-runtime", test))]
pub mod try_state;
