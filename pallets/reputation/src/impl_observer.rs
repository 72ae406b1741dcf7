//! [`Observer`]: what the compute market, royalties and (later) attestation report.
//!
//! A report never fails its reporter: each runs in its own storage layer, so a report that
//! cannot be recorded (the collection missing, the item ids exhausted) changes nothing and is
//! logged. Each returns the weight it used: reporters are charged for the worst (a record
//! opened) and refund the rest.

use crate::{pallet::*, types::ReportCost, weights::WeightInfo, LOG_TARGET};
use atelier_primitives::activity::{Creation, Observer, Offence};
use frame_support::{storage::with_storage_layer, weights::Weight};

impl<T: Config> Pallet<T> {
	fn weight_of(cost: ReportCost, opened: Weight) -> Weight {
		match cost {
			ReportCost::Nothing => T::WeightInfo::report_nothing(),
			ReportCost::Updated => T::WeightInfo::report_update(),
			ReportCost::Recorded => T::WeightInfo::report_record(),
			ReportCost::Opened => opened,
		}
	}
}

impl<T: Config> Observer<T::AccountId> for Pallet<T> {
	fn created(who: &T::AccountId, creation: Creation) -> Weight {
		match with_storage_layer(|| Self::do_credit(who, creation)) {
			Ok(cost) => Self::weight_of(cost, T::WeightInfo::report_creation()),
			Err(error) => {
				log::warn!(target: LOG_TARGET, "creation {creation:?} not credited: {error:?}");
				Self::max_report_weight()
			},
		}
	}

	fn offended(who: &T::AccountId, offence: Offence) -> Weight {
		match with_storage_layer(|| Self::do_penalize(who, offence)) {
			Ok(cost) => Self::weight_of(cost, T::WeightInfo::report_offence()),
			Err(error) => {
				log::warn!(target: LOG_TARGET, "offence {offence:?} not charged: {error:?}");
				Self::max_report_weight()
			},
		}
	}

	fn max_report_weight() -> Weight {
		T::WeightInfo::report_creation()
			.max(T::WeightInfo::report_offence())
			.max(T::WeightInfo::report_update())
			.max(T::WeightInfo::report_record())
			.max(T::WeightInfo::report_nothing())
	}
}
