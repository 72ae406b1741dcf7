//! Models: registration (base model, datasets, fine-tuners, shares), the licensees flattened at
//! registration, and whether a model may earn.

use crate::{pallet::*, types::*};
use alloc::{collections::BTreeSet, vec::Vec};
use atelier_primitives::{
	models::ModelId,
	provenance::{DatasetAttestation, DatasetId, Purpose},
	shares::{mul_div, parts, Tally, BILLION},
};
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::nonfungibles_v2::Mutate as NftMutate},
};
use sp_core::H256;
use sp_runtime::Perbill;

impl<T: Config> Pallet<T> {
	/// Registers a model and its licensees, holding a deposit and minting its NFT; refuses an
	/// unknown base or dataset, no input, a duplicate dataset, too deep a lineage, bad shares.
	pub(crate) fn do_register_model(
		owner: T::AccountId,
		base_model: Option<ModelId>,
		datasets: Vec<DatasetId>,
		fine_tuners: Vec<(T::AccountId, Perbill)>,
		version_hash: H256,
		shares: ModelShares,
	) -> Result<ModelId, DispatchError> {
		let datasets: BoundedVec<_, T::MaxDatasets> =
			datasets.try_into().map_err(|_| Error::<T>::TooManyDatasets)?;
		let fine_tuners: BoundedVec<_, T::MaxFineTuners> =
			fine_tuners.try_into().map_err(|_| Error::<T>::TooManyFineTuners)?;
		let base = match base_model {
			Some(base) => Some(Models::<T>::get(base).ok_or(Error::<T>::UnknownModel)?),
			None => None,
		};
		let generation = match &base {
			Some(base) => base.generation.saturating_add(1),
			None => 0,
		};
		ensure!(generation <= T::MaxModelGenerations::get(), Error::<T>::TooManyGenerations);
		ensure!(base.is_some() || !datasets.is_empty(), Error::<T>::NoDatasets);
		let mut seen = BTreeSet::new();
		let mut dataset_records = Vec::with_capacity(datasets.len());
		for dataset in datasets.iter() {
			ensure!(seen.insert(*dataset), Error::<T>::DuplicateDataset);
			dataset_records.push(Datasets::<T>::get(dataset).ok_or(Error::<T>::UnknownDataset)?);
		}
		ensure!(
			shares.datasets.is_zero() || !datasets.is_empty(),
			Error::<T>::DatasetShareWithoutDatasets
		);
		ensure!(
			shares.base_model.is_zero() || base.is_some(),
			Error::<T>::BaseShareWithoutBaseModel
		);
		ensure!(
			datasets.is_empty() || shares.datasets >= T::MinDatasetShare::get(),
			Error::<T>::DatasetShareTooLow
		);
		ensure!(
			base.is_none() || shares.base_model >= T::MinBaseModelShare::get(),
			Error::<T>::BaseShareTooLow
		);
		let declared = fine_tuners
			.iter()
			.map(|(_, share)| u64::from(share.deconstruct()))
			.fold(parts(shares.datasets).saturating_add(parts(shares.base_model)), |a, b| {
				a.saturating_add(b)
			});
		ensure!(declared <= BILLION, Error::<T>::SharesExceedWhole);
		let collections = ProvenanceCollections::<T>::get().ok_or(Error::<T>::NoCollections)?;
		let id = NextModelId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;

		let licensees = Self::model_licensees(
			ModelId(id),
			base.as_ref().map(|base| &base.licensees),
			&dataset_records,
			&fine_tuners,
			shares,
			BILLION.saturating_sub(declared),
		);

		let deposit = T::RecordDeposit::get();
		T::Currency::hold(&HoldReason::Record.into(), &owner, deposit)?;
		Self::mint_locked(collections.models, id, &owner)?;
		T::Nfts::set_attribute(&collections.models, &id, b"version_hash", version_hash.as_bytes())?;
		if let Some(base) = base_model {
			T::Nfts::set_attribute(&collections.models, &id, b"base_model", &base.encode())?;
		}

		let licensee_count = licensees.len() as u32;
		Models::<T>::insert(
			ModelId(id),
			Model {
				owner: owner.clone(),
				base_model,
				generation,
				datasets,
				fine_tuners,
				version_hash,
				shares,
				licensees,
				deposit,
			},
		);
		NextModelId::<T>::put(next);
		Self::deposit_event(Event::ModelRegistered {
			model: ModelId(id),
			owner,
			base_model,
			licensees: licensee_count,
		});
		Ok(ModelId(id))
	}

	/// Everyone upstream of a model with their share of its licensing fee:
	/// - the datasets' share, equally per dataset and within each by contributor weight;
	/// - the base model's share, in the base model's licensees' proportions;
	/// - each fine-tuner's share;
	/// - the owner's share, what the declared shares leave (`owner_parts` per billion), as
	///   [`Payee::Owner`] of `model`: paid to whoever holds the model's income when it is paid.
	///
	/// Shares of one payee add up. Rounding (down) leaves parts per billion unassigned; if more
	/// accounts than `MaxLicensees` remain, the smallest shares are left out. What is unassigned
	/// goes to the reserve when the fee is paid, never to someone outside the lineage.
	pub(crate) fn model_licensees(
		model: ModelId,
		base_licensees: Option<&LicenseesOf<T>>,
		datasets: &[DatasetOf<T>],
		fine_tuners: &[(T::AccountId, Perbill)],
		shares: ModelShares,
		owner_parts: u64,
	) -> LicenseesOf<T> {
		let mut tally = Tally::new();
		if let Some(per_dataset) = parts(shares.datasets).checked_div(datasets.len() as u64) {
			for dataset in datasets {
				let total: u64 = dataset.contributors.iter().map(|(_, w)| u64::from(*w)).sum();
				for (who, weight) in dataset.contributors.iter() {
					tally.add(
						&Payee::Account(who.clone()),
						mul_div(per_dataset, u64::from(*weight), total),
					);
				}
			}
		}
		for (who, share) in base_licensees.map(|l| &l[..]).unwrap_or_default() {
			tally.add(who, mul_div(parts(shares.base_model), parts(*share), BILLION));
		}
		for (who, share) in fine_tuners {
			tally.add(&Payee::Account(who.clone()), parts(*share));
		}
		tally.add(&Payee::Owner(model), owner_parts);
		tally.into_largest()
	}

	/// Whether `model` may earn: attestation clears every model in its lineage (its owner's
	/// bond, no challenge or violation naming it), and every dataset in it allows generative
	/// training and is cleared by attestation, down to its base model. The walk is bounded by
	/// `MaxModelGenerations`, which registration enforces.
	pub fn model_may_earn(model: &ModelId) -> bool {
		let mut current = Some(*model);
		let mut generations = 0u32;
		while let Some(id) = current {
			if generations > T::MaxModelGenerations::get() {
				return false;
			}
			let Some(info) = Models::<T>::get(id) else { return false };
			if !T::Attestation::model_cleared(&id) {
				return false;
			}
			if !info
				.datasets
				.iter()
				.all(|dataset| Self::dataset_cleared(dataset, Purpose::GenerativeTraining))
			{
				return false;
			}
			current = info.base_model;
			generations = generations.saturating_add(1);
		}
		true
	}
}
