//! [`Observer`]: what the compute market, royalties and (later) attestation report.
//!
//! A report never fails its reporter: each runs in its own storage layer, so a report that
//! cannot be recorded (the collection missing, the item ids exhausted) changes nothing and is
//! logged.

use crate::{pallet::*, LOG_TARGET};
use atelier_primitives::reputation::{Creation, Observer, Offence};
use frame_support::storage::with_storage_layer;

impl<T: Config> Observer<T::AccountId> for Pallet<T> {
	fn created(who: &T::AccountId, creation: Creation) {
		if let Err(error) = with_storage_layer(|| Self::do_credit(who, creation)) {
			log::warn!(target: LOG_TARGET, "creation {creation:?} not credited: {error:?}");
		}
	}

	fn offended(who: &T::AccountId, offence: Offence) {
		if let Err(error) = with_storage_layer(|| Self::do_penalize(who, offence)) {
			log::warn!(target: LOG_TARGET, "offence {offence:?} not charged: {error:?}");
		}
	}
}
