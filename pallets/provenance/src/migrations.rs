//! Storage migrations.

/// Version 0 to 1: a model's licensees name the owner's part of each model in its lineage as
/// [`crate::Payee::Owner`] rather than the owner's account, so that it is paid to whoever holds
/// the model's income when the fee is paid (its shareholders once it has issued shares). Each
/// model's licensees are computed again from its record, base models first, exactly as
/// registration computes them.
pub mod v1 {
	use crate::{types::ModelShares, BalanceOf, Config, Datasets, Model, Models, Pallet};
	use alloc::{collections::BTreeMap, vec::Vec};
	use atelier_primitives::{
		models::ModelId,
		provenance::DatasetId,
		shares::{parts, BILLION},
	};
	use codec::{Decode, Encode};
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
		BoundedVec,
	};
	use sp_core::H256;
	use sp_runtime::Perbill;

	/// A model as version 0 stored it: licensees by account.
	#[derive(Encode, Decode)]
	pub struct ModelV0<AccountId, Balance, MaxDatasets, MaxFineTuners, MaxLicensees>
	where
		MaxDatasets: Get<u32>,
		MaxFineTuners: Get<u32>,
		MaxLicensees: Get<u32>,
	{
		/// Its owner.
		pub owner: AccountId,
		/// Its base model.
		pub base_model: Option<ModelId>,
		/// Its generation.
		pub generation: u32,
		/// Its datasets.
		pub datasets: BoundedVec<DatasetId, MaxDatasets>,
		/// Its fine-tuners.
		pub fine_tuners: BoundedVec<(AccountId, Perbill), MaxFineTuners>,
		/// Its version.
		pub version_hash: H256,
		/// Its shares.
		pub shares: ModelShares,
		/// Its licensees, by account.
		pub licensees: BoundedVec<(AccountId, Perbill), MaxLicensees>,
		/// Its deposit.
		pub deposit: Balance,
	}

	type ModelV0Of<T> = ModelV0<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		<T as Config>::MaxDatasets,
		<T as Config>::MaxFineTuners,
		<T as Config>::MaxLicensees,
	>;

	/// Computes every model's licensees again; run through [`MigrateToV1`], which checks the
	/// storage version.
	pub struct PayOwnersByModel<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for PayOwnersByModel<T> {
		fn on_runtime_upgrade() -> Weight {
			// Base models first: ids grow with registration, and a base is registered before
			// its fine-tunes.
			let old: BTreeMap<ModelId, ModelV0Of<T>> = Models::<T>::iter_keys()
				.collect::<Vec<_>>()
				.into_iter()
				.filter_map(|id| {
					let raw = frame_support::storage::unhashed::get_raw(
						&Models::<T>::hashed_key_for(id),
					)?;
					ModelV0Of::<T>::decode(&mut &raw[..]).ok().map(|m| (id, m))
				})
				.collect();
			let count = old.len() as u64;
			let mut reads = count;
			for (id, m) in old {
				let base = m.base_model.and_then(Models::<T>::get);
				let datasets: Vec<_> = m
					.datasets
					.iter()
					.filter_map(|d| {
						reads = reads.saturating_add(1);
						Datasets::<T>::get(d)
					})
					.collect();
				let declared = m.fine_tuners.iter().map(|(_, share)| parts(*share)).fold(
					parts(m.shares.datasets).saturating_add(parts(m.shares.base_model)),
					|a, b| a.saturating_add(b),
				);
				let licensees = Pallet::<T>::model_licensees(
					id,
					base.as_ref().map(|b| &b.licensees),
					&datasets,
					&m.fine_tuners,
					m.shares,
					BILLION.saturating_sub(declared),
				);
				Models::<T>::insert(
					id,
					Model {
						owner: m.owner,
						base_model: m.base_model,
						generation: m.generation,
						datasets: m.datasets,
						fine_tuners: m.fine_tuners,
						version_hash: m.version_hash,
						shares: m.shares,
						licensees,
						deposit: m.deposit,
					},
				);
			}
			T::DbWeight::get().reads_writes(reads.saturating_mul(2).saturating_add(1), count)
		}
	}

	/// The version-checked migration to add to the runtime's migrations.
	pub type MigrateToV1<T> = VersionedMigration<
		0,
		1,
		PayOwnersByModel<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
