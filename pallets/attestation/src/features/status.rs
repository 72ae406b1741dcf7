//! The status the runtime API reports: whether a dataset or model is cleared, and every reason
//! it is not, up the lineage (bounded by provenance's bounds, like every walk here).

use crate::{pallet::*, Reason, Status, Target, UseStatus, PURPOSES};
use alloc::vec::Vec;
use atelier_primitives::{
	models::ModelId,
	provenance::{DatasetId, ModelLineage, Purpose},
};
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;

impl<T: Config> Pallet<T> {
	fn challenge_reasons(target: Target, reasons: &mut Vec<Reason<BlockNumberFor<T>>>) {
		let now = frame_system::Pallet::<T>::block_number();
		let (freeze, violation) = match target {
			Target::Dataset(id) => {
				let r = Datasets::<T>::get(id);
				(r.freeze, r.violation)
			},
			Target::Model(id) => {
				let r = Models::<T>::get(id);
				(r.freeze, r.violation)
			},
		};
		if freeze.is_frozen(&now) {
			reasons.push(Reason::ChallengeOpen { target, until: freeze.until });
		}
		if let Some(v) = violation.filter(|v| v.in_force(&now)) {
			reasons.push(Reason::Violation {
				target,
				challenge: v.challenge,
				severity: v.severity,
				until: v.until,
			});
		}
	}

	fn dataset_reasons(dataset: DatasetId, reasons: &mut Vec<Reason<BlockNumberFor<T>>>) {
		let attestations = Self::attestations_for(&dataset, Purpose::GenerativeTraining);
		let quorum = T::Quorum::get();
		if attestations < quorum {
			reasons.push(Reason::LacksQuorum { dataset, attestations, quorum });
		}
		Self::challenge_reasons(Target::Dataset(dataset), reasons);
	}

	fn model_reasons(model: ModelId, reasons: &mut Vec<Reason<BlockNumberFor<T>>>) {
		match Models::<T>::get(model).bond {
			None => reasons.push(Reason::NoModelBond(model)),
			Some(b) if b.unbonding.is_some() => reasons.push(Reason::ModelUnbonding(model)),
			Some(b) if b.amount < T::ModelBondAmount::get() => {
				reasons.push(Reason::ModelBondTooLow(model))
			},
			Some(_) => {},
		}
		Self::challenge_reasons(Target::Model(model), reasons);
	}

	/// The status of `target`, `None` if it does not exist. A model's reasons cover its whole
	/// lineage (its base models and every dataset); `cleared` is attestation's own answer, to
	/// which provenance adds the licences' (the runtime API reports both).
	pub fn status(target: Target) -> Option<Status<BlockNumberFor<T>>> {
		let mut reasons = Vec::new();
		match target {
			Target::Dataset(dataset) => {
				T::Lineage::dataset_owner(&dataset)?;
				let uses = PURPOSES
					.iter()
					.map(|purpose| UseStatus {
						purpose: *purpose,
						attestations: Self::attestations_for(&dataset, *purpose),
						cleared: Self::dataset_cleared(&dataset, *purpose),
					})
					.collect();
				Self::dataset_reasons(dataset, &mut reasons);
				let cleared = Self::dataset_cleared(&dataset, Purpose::GenerativeTraining);
				Some(Status { target, cleared, uses, reasons })
			},
			Target::Model(model) => {
				T::Lineage::model(&model)?;
				let mut current = Some(model);
				let mut generations = 0u32;
				while let Some(id) = current {
					if generations > T::Lineage::max_generations() {
						break;
					}
					let Some(link) = T::Lineage::model(&id) else { break };
					Self::model_reasons(id, &mut reasons);
					for dataset in link.datasets {
						Self::dataset_reasons(dataset, &mut reasons);
					}
					current = link.base_model;
					generations = generations.saturating_add(1);
				}
				Some(Status { target, cleared: reasons.is_empty(), uses: Vec::new(), reasons })
			},
		}
	}
}
