//! Attestations of datasets, and what counts as attested.

use crate::{pallet::*, AttestationEntry, AttestorStatus, Uses};
use atelier_primitives::provenance::{DatasetId, ModelLineage, Purpose};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::Saturating;

impl<T: Config> Pallet<T> {
	/// Records (or replaces) `who`'s attestation of `dataset`; refuses an inactive or underbonded
	/// attestor, invalid uses or expiry, an unknown, challenged or violating dataset, a full list.
	pub(crate) fn do_attest(
		who: T::AccountId,
		dataset: DatasetId,
		uses: Uses,
		evidence: H256,
		expires: BlockNumberFor<T>,
	) -> DispatchResult {
		let attestor = Attestors::<T>::get(&who).ok_or(Error::<T>::NotAttestor)?;
		ensure!(attestor.status == AttestorStatus::Active, Error::<T>::NotActive);
		ensure!(attestor.bond >= T::AttestorBond::get(), Error::<T>::BondTooLow);
		ensure!(uses.is_valid(), Error::<T>::InvalidUses);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			expires > now && expires <= now.saturating_add(T::MaxAttestationPeriod::get()),
			Error::<T>::InvalidExpiry
		);
		ensure!(T::Lineage::dataset_owner(&dataset).is_some(), Error::<T>::UnknownDataset);
		let mut record = Datasets::<T>::get(dataset);
		ensure!(
			!record.freeze.is_frozen(&now) && !record.violation.is_some_and(|v| v.in_force(&now)),
			Error::<T>::TargetFrozen
		);
		// One attestation per attestor (a new one replaces the old); expired ones make room.
		record.attestations.retain(|a| a.attestor != who && a.expires > now);
		record
			.attestations
			.try_push(AttestationEntry { attestor: who.clone(), uses, evidence, expires })
			.map_err(|_| Error::<T>::TooManyAttestations)?;
		Datasets::<T>::insert(dataset, record);
		Self::deposit_event(Event::Attested { dataset, attestor: who, uses, evidence, expires });
		Ok(())
	}

	/// Removes `who`'s attestation of `dataset`; refuses when `who` has none there.
	pub(crate) fn do_revoke(who: T::AccountId, dataset: DatasetId) -> DispatchResult {
		let mut record = Datasets::<T>::get(dataset);
		let before = record.attestations.len();
		record.attestations.retain(|a| a.attestor != who);
		ensure!(record.attestations.len() < before, Error::<T>::NotAttested);
		Datasets::<T>::insert(dataset, record);
		Self::deposit_event(Event::Revoked { dataset, attestor: who });
		Ok(())
	}

	/// How many distinct attestors hold unexpired attestations of `dataset` for `purpose`.
	pub fn attestations_for(dataset: &DatasetId, purpose: Purpose) -> u32 {
		let now = frame_system::Pallet::<T>::block_number();
		let count = Datasets::<T>::get(dataset)
			.attestations
			.iter()
			.filter(|a| a.expires > now && a.uses.contains(purpose))
			.count();
		u32::try_from(count).unwrap_or(u32::MAX)
	}

	/// Whether `dataset` is attested and cleared for `purpose`: a quorum of unexpired
	/// attestations for it, no open challenge, no violation in force. One read.
	pub fn dataset_cleared(dataset: &DatasetId, purpose: Purpose) -> bool {
		let now = frame_system::Pallet::<T>::block_number();
		let record = Datasets::<T>::get(dataset);
		let count = record
			.attestations
			.iter()
			.filter(|a| a.expires > now && a.uses.contains(purpose))
			.count();
		u32::try_from(count).unwrap_or(u32::MAX) >= T::Quorum::get()
			&& !record.freeze.is_frozen(&now)
			&& !record.violation.is_some_and(|v| v.in_force(&now))
	}
}
