//! The walk up a model's lineage: what a use of the model (a withdrawal, a claim, an
//! enforcement) finds there. It visits at most `max_generations + 1` models and their datasets
//! (provenance's bounds), and stops at the first major violation.

use crate::{pallet::*, Taint, Target};
use atelier_primitives::{models::ModelId, provenance::ModelLineage};
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;

impl<T: Config> Pallet<T> {
	/// The taint of a target's own record at `now`, if any.
	fn own_taint(target: Target, now: &BlockNumberFor<T>) -> Option<Taint> {
		let (freeze, violation) = match target {
			Target::Dataset(id) => {
				let record = Datasets::<T>::get(id);
				(record.freeze, record.violation)
			},
			Target::Model(id) => {
				let record = Models::<T>::get(id);
				(record.freeze, record.violation)
			},
		};
		match violation.filter(|v| v.in_force(now)) {
			Some(v) if v.until.is_none() => Some(Taint::Burned(target, v.challenge)),
			Some(v) => Some(Taint::Locked(target, v.challenge)),
			None if freeze.is_frozen(now) => Some(Taint::Frozen(target)),
			None => None,
		}
	}

	/// The worst taint in `model`'s lineage (itself, its base models, their datasets): a major
	/// violation before a minor one before an open challenge; `None` if it is clean or unknown.
	pub fn taint(model: &ModelId) -> Option<Taint> {
		fn rank(taint: &Taint) -> u8 {
			match taint {
				Taint::Burned(..) => 2,
				Taint::Locked(..) => 1,
				Taint::Frozen(_) => 0,
			}
		}
		fn consider(worst: &mut Option<Taint>, taint: Option<Taint>) {
			if let Some(t) = taint {
				if worst.is_none_or(|w| rank(&t) > rank(&w)) {
					*worst = Some(t);
				}
			}
		}
		let now = frame_system::Pallet::<T>::block_number();
		let mut worst: Option<Taint> = None;
		let mut current = Some(*model);
		let mut generations = 0u32;
		while let Some(id) = current {
			if generations > T::Lineage::max_generations() {
				break;
			}
			let Some(link) = T::Lineage::model(&id) else { break };
			consider(&mut worst, Self::own_taint(Target::Model(id), &now));
			for dataset in link.datasets.iter() {
				consider(&mut worst, Self::own_taint(Target::Dataset(*dataset), &now));
			}
			if matches!(worst, Some(Taint::Burned(..))) {
				break;
			}
			current = link.base_model;
			generations = generations.saturating_add(1);
		}
		worst
	}

	/// Whether the model itself may earn: its bond is held in full and not unbonding, and no
	/// open challenge or violation in force names it. One read.
	pub fn model_cleared(model: &ModelId) -> bool {
		let now = frame_system::Pallet::<T>::block_number();
		let record = Models::<T>::get(model);
		record
			.bond
			.as_ref()
			.is_some_and(|b| b.unbonding.is_none() && b.amount >= T::ModelBondAmount::get())
			&& !record.freeze.is_frozen(&now)
			&& !record.violation.is_some_and(|v| v.in_force(&now))
	}
}
