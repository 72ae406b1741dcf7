//! Datasets: registration with contributors and licence terms, and whether a dataset is cleared
//! for a use.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use atelier_primitives::provenance::{DatasetAttestation, DatasetId, Permission, Purpose};
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::nonfungibles_v2::Mutate as NftMutate},
};
use sp_core::H256;

impl<T: Config> Pallet<T> {
	/// Registers a dataset, holding its deposit and minting its locked NFT to `owner`; refuses
	/// too many contributors, none or a zero weight, and missing collections.
	pub(crate) fn do_register_dataset(
		owner: T::AccountId,
		content_hash: H256,
		license: LicenseTerms,
		contributors: Vec<(T::AccountId, u32)>,
	) -> Result<DatasetId, DispatchError> {
		let contributors: BoundedVec<_, T::MaxContributors> =
			contributors.try_into().map_err(|_| Error::<T>::TooManyContributors)?;
		ensure!(
			!contributors.is_empty() && contributors.iter().all(|(_, weight)| *weight > 0),
			Error::<T>::NoContributors
		);
		let collections = ProvenanceCollections::<T>::get().ok_or(Error::<T>::NoCollections)?;
		let id = NextDatasetId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;

		let deposit = T::RecordDeposit::get();
		T::Currency::hold(&HoldReason::Record.into(), &owner, deposit)?;
		Self::mint_locked(collections.datasets, id, &owner)?;
		T::Nfts::set_attribute(
			&collections.datasets,
			&id,
			b"content_hash",
			content_hash.as_bytes(),
		)?;
		T::Nfts::set_attribute(&collections.datasets, &id, b"license", &license.encode())?;

		Datasets::<T>::insert(
			DatasetId(id),
			Dataset { owner: owner.clone(), content_hash, license, contributors, deposit },
		);
		NextDatasetId::<T>::put(next);
		Self::deposit_event(Event::DatasetRegistered {
			dataset: DatasetId(id),
			owner,
			content_hash,
		});
		Ok(DatasetId(id))
	}

	/// Whether `dataset` may be used for `purpose`: its licence does not forbid it and
	/// attestation has cleared it.
	pub fn dataset_cleared(dataset: &DatasetId, purpose: Purpose) -> bool {
		Datasets::<T>::get(dataset).is_some_and(|record| {
			record.license.permission(purpose) != Permission::NotAllowed
				&& T::Attestation::is_cleared(dataset, purpose)
		})
	}
}
