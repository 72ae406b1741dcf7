//! What the dispatchables do, the traits the pallet implements for other pallets, lineage queries
//! and the `try_state` invariants.

use crate::{pallet::*, types::*, LOG_TARGET};
use alloc::{
	collections::{BTreeSet, VecDeque},
	vec::Vec,
};
use atelier_primitives::{
	compute::{JobId, ModelId, ModelRegistry},
	provenance::{
		ComputeReceipts, DatasetAttestation, DatasetId, OutputId, OutputRegistry, Permission,
		Purpose, RoyaltyPolicies,
	},
	shares::{mul_div, parts, Tally, BILLION},
	ItemId,
};
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::nonfungibles_v2::{Inspect as NftInspect, Mutate as NftMutate, Transfer},
	},
};
use pallet_nfts::ItemConfig;
use sp_core::H256;
use sp_runtime::{DispatchResult, Perbill};

impl<T: Config> Pallet<T> {
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
			&owner,
			base.as_ref().map(|base| &base.licensees[..]),
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

	#[allow(clippy::too_many_arguments)]
	pub(crate) fn do_mint_output(
		creator: T::AccountId,
		model: ModelId,
		job: Option<JobId>,
		content_hash: H256,
		prompts: Vec<H256>,
		parents: Vec<OutputId>,
		content_credential: Option<H256>,
		creator_share: Perbill,
	) -> Result<OutputId, DispatchError> {
		ensure!(Models::<T>::contains_key(model), Error::<T>::UnknownModel);
		let prompts: BoundedVec<_, T::MaxPrompts> =
			prompts.try_into().map_err(|_| Error::<T>::TooManyPrompts)?;
		let parents: BoundedVec<_, T::MaxParents> =
			parents.try_into().map_err(|_| Error::<T>::TooManyParents)?;
		let mut seen = BTreeSet::new();
		for parent in parents.iter() {
			ensure!(seen.insert(*parent), Error::<T>::DuplicateParent);
			ensure!(Outputs::<T>::contains_key(parent), Error::<T>::UnknownParent);
		}
		if let Some(job) = job {
			ensure!(!JobOutputs::<T>::contains_key(job), Error::<T>::ReceiptAlreadyUsed);
			let receipt = T::Receipts::settled_receipt(&job).ok_or(Error::<T>::UnknownReceipt)?;
			ensure!(receipt.requester == creator, Error::<T>::NotRequester);
			ensure!(
				receipt.model == model && receipt.output_hash == content_hash,
				Error::<T>::ReceiptMismatch
			);
		}
		let collections = ProvenanceCollections::<T>::get().ok_or(Error::<T>::NoCollections)?;
		let id = NextOutputId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		// The royalties pallet checks the policy against its cap before anything is written.
		T::Royalties::register(&OutputId(id), &creator, &model, &parents, creator_share)?;

		let deposit = T::RecordDeposit::get();
		T::Currency::hold(&HoldReason::Record.into(), &creator, deposit)?;
		Self::mint_locked(collections.outputs, id, &creator)?;
		T::Nfts::set_attribute(
			&collections.outputs,
			&id,
			b"content_hash",
			content_hash.as_bytes(),
		)?;
		T::Nfts::set_attribute(&collections.outputs, &id, b"model", &model.encode())?;
		if let Some(credential) = content_credential {
			T::Nfts::set_attribute(&collections.outputs, &id, b"c2pa", credential.as_bytes())?;
		}

		let parent_count = parents.len() as u32;
		Outputs::<T>::insert(
			OutputId(id),
			Output {
				creator: creator.clone(),
				model,
				job,
				content_hash,
				prompts,
				parents,
				content_credential,
				deposit,
			},
		);
		if let Some(job) = job {
			JobOutputs::<T>::insert(job, OutputId(id));
		}
		NextOutputId::<T>::put(next);
		Self::deposit_event(Event::OutputMinted {
			output: OutputId(id),
			creator,
			model,
			job,
			parents: parent_count,
		});
		Ok(OutputId(id))
	}

	/// Mints an item to `owner`, who pays its NFT deposit, and locks it against every
	/// `pallet-nfts` transfer, sale, swap and burn.
	fn mint_locked(
		collection: atelier_primitives::CollectionId,
		item: ItemId,
		owner: &T::AccountId,
	) -> DispatchResult {
		T::Nfts::mint_into(&collection, &item, owner, &ItemConfig::default(), false)?;
		T::Nfts::disable_transfer(&collection, &item)
	}

	/// Everyone upstream of a model with their share of its licensing fee:
	/// - the datasets' share, equally per dataset and within each by contributor weight;
	/// - the base model's share, in the base model's licensees' proportions;
	/// - each fine-tuner's share;
	/// - the owner's share, what the declared shares leave (`owner_parts` per billion).
	///
	/// Shares of one account add up. Rounding (down) leaves parts per billion unassigned; if more
	/// accounts than `MaxLicensees` remain, the smallest shares are left out. What is unassigned
	/// goes to the reserve when the fee is paid, never to someone outside the lineage.
	pub(crate) fn model_licensees(
		owner: &T::AccountId,
		base_licensees: Option<&[(T::AccountId, Perbill)]>,
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
					tally.add(who, mul_div(per_dataset, u64::from(*weight), total));
				}
			}
		}
		for (who, share) in base_licensees.unwrap_or_default() {
			tally.add(who, mul_div(parts(shares.base_model), parts(*share), BILLION));
		}
		for (who, share) in fine_tuners {
			tally.add(who, parts(*share));
		}
		tally.add(owner, owner_parts);
		tally.into_largest()
	}

	/// Whether `model` may earn: every dataset in its lineage allows generative training and is
	/// cleared by attestation, down to its base model. The walk is bounded by
	/// `MaxModelGenerations`, which registration enforces.
	pub fn model_may_earn(model: &ModelId) -> bool {
		let mut current = Some(*model);
		let mut generations = 0u32;
		while let Some(id) = current {
			if generations > T::MaxModelGenerations::get() {
				return false;
			}
			let Some(info) = Models::<T>::get(id) else { return false };
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

	/// Whether `dataset` may be used for `purpose`: its licence does not forbid it and
	/// attestation has cleared it.
	pub fn dataset_cleared(dataset: &DatasetId, purpose: Purpose) -> bool {
		Datasets::<T>::get(dataset).is_some_and(|record| {
			record.license.permission(purpose) != Permission::NotAllowed
				&& T::Attestation::is_cleared(dataset, purpose)
		})
	}

	/// The item's owner (a dataset's or model's owner, an output's creator) and the items it
	/// comes from directly, if it exists.
	fn origins(item: &ProvenanceItem) -> Option<(T::AccountId, Vec<ProvenanceItem>)> {
		match item {
			ProvenanceItem::Dataset(id) => Datasets::<T>::get(id).map(|d| (d.owner, Vec::new())),
			ProvenanceItem::Model(id) => Models::<T>::get(id).map(|m| {
				let parents = m
					.base_model
					.map(ProvenanceItem::Model)
					.into_iter()
					.chain(m.datasets.iter().copied().map(ProvenanceItem::Dataset))
					.collect();
				(m.owner, parents)
			}),
			ProvenanceItem::Output(id) => Outputs::<T>::get(id).map(|o| {
				let parents = core::iter::once(ProvenanceItem::Model(o.model))
					.chain(o.parents.iter().copied().map(ProvenanceItem::Output))
					.collect();
				(o.creator, parents)
			}),
		}
	}

	/// The ancestry of `item`, breadth first and each ancestor once, down to `max_depth`
	/// (at most `MaxLineageDepth`) and at most `MaxLineageNodes` ancestors; `None` if the item
	/// does not exist.
	pub fn lineage(item: ProvenanceItem, max_depth: u32) -> Option<Lineage<T::AccountId>> {
		let max_depth = max_depth.min(T::MaxLineageDepth::get());
		let max_nodes = T::MaxLineageNodes::get() as usize;
		let (_, roots) = Self::origins(&item)?;
		let mut truncated = max_depth == 0 && !roots.is_empty();
		let mut seen = BTreeSet::from([item]);
		let mut queue = VecDeque::new();
		if max_depth > 0 {
			for parent in roots {
				if seen.insert(parent) {
					queue.push_back((parent, 1u32));
				}
			}
		}
		let mut ancestors = Vec::new();
		while let Some((ancestor, depth)) = queue.pop_front() {
			if ancestors.len() >= max_nodes {
				truncated = true;
				break;
			}
			let Some((owner, parents)) = Self::origins(&ancestor) else { continue };
			if depth < max_depth {
				for parent in parents.iter() {
					if seen.insert(*parent) {
						queue.push_back((*parent, depth.saturating_add(1)));
					}
				}
			} else if !parents.is_empty() {
				truncated = true;
			}
			ancestors.push(LineageNode { item: ancestor, depth, owner, parents });
		}
		Some(Lineage { item, ancestors, truncated })
	}

	/// Checks every invariant; `try_state` and the tests call it.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		Self::check_items_have_their_nfts()?;
		Self::check_lineage_is_a_dag()?;
		Self::check_licensees_fit_the_whole()?;
		Self::check_deposits_are_held()?;
		Ok(())
	}

	/// Every record has its NFT in its collection; datasets and models stay with their owner
	/// (their NFTs never move); ids lie below the next id.
	#[cfg(any(feature = "try-runtime", test))]
	fn check_items_have_their_nfts() -> Result<(), sp_runtime::TryRuntimeError> {
		let any = Datasets::<T>::iter_keys().next().is_some()
			|| Models::<T>::iter_keys().next().is_some()
			|| Outputs::<T>::iter_keys().next().is_some();
		let Some(collections) = ProvenanceCollections::<T>::get() else {
			ensure!(!any, "records exist without collections");
			return Ok(());
		};
		for (id, record) in Datasets::<T>::iter() {
			ensure!(id.0 < NextDatasetId::<T>::get(), "dataset id at or above the next id");
			ensure!(
				T::Nfts::owner(&collections.datasets, &id.0) == Some(record.owner),
				"a dataset's NFT is missing or moved"
			);
		}
		for (id, record) in Models::<T>::iter() {
			ensure!(id.0 < NextModelId::<T>::get(), "model id at or above the next id");
			ensure!(
				T::Nfts::owner(&collections.models, &id.0) == Some(record.owner),
				"a model's NFT is missing or moved"
			);
		}
		for id in Outputs::<T>::iter_keys() {
			ensure!(id.0 < NextOutputId::<T>::get(), "output id at or above the next id");
			ensure!(
				T::Nfts::owner(&collections.outputs, &id.0).is_some(),
				"an output's NFT is missing"
			);
		}
		for (job, output) in JobOutputs::<T>::iter() {
			ensure!(
				Outputs::<T>::get(output).is_some_and(|o| o.job == Some(job)),
				"a job points at an output that does not come from it"
			);
		}
		Ok(())
	}

	/// Parents exist and are older than their children (smaller ids), so lineage is acyclic;
	/// a fine-tune's generation is its base model's plus one.
	#[cfg(any(feature = "try-runtime", test))]
	fn check_lineage_is_a_dag() -> Result<(), sp_runtime::TryRuntimeError> {
		for (id, output) in Outputs::<T>::iter() {
			ensure!(Models::<T>::contains_key(output.model), "an output's model is missing");
			for parent in output.parents.iter() {
				ensure!(parent.0 < id.0, "an output's parent is not older than it");
				ensure!(Outputs::<T>::contains_key(parent), "an output's parent is missing");
			}
		}
		for (id, model) in Models::<T>::iter() {
			match model.base_model {
				Some(base) => {
					ensure!(base.0 < id.0, "a base model is not older than its fine-tune");
					let base = Models::<T>::get(base).ok_or("a base model is missing")?;
					ensure!(
						model.generation == base.generation.saturating_add(1),
						"a fine-tune's generation is not its base's plus one"
					);
				},
				None => ensure!(model.generation == 0, "a base model has a generation"),
			}
			for dataset in model.datasets.iter() {
				ensure!(Datasets::<T>::contains_key(dataset), "a model's dataset is missing");
			}
		}
		Ok(())
	}

	/// A model's licensees never share more than its whole licensing fee.
	#[cfg(any(feature = "try-runtime", test))]
	fn check_licensees_fit_the_whole() -> Result<(), sp_runtime::TryRuntimeError> {
		for model in Models::<T>::iter_values() {
			let total: u64 = model.licensees.iter().map(|(_, share)| parts(*share)).sum();
			ensure!(total <= BILLION, "a model's licensees share more than 100%");
		}
		Ok(())
	}

	/// What each account holds under [`HoldReason::Record`] equals the deposits of its records.
	#[cfg(any(feature = "try-runtime", test))]
	fn check_deposits_are_held() -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::traits::fungible::InspectHold;
		use sp_runtime::traits::Saturating;
		let mut owed = alloc::collections::BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		let mut add = |who: T::AccountId, amount: BalanceOf<T>| {
			let entry = owed.entry(who).or_default();
			*entry = entry.saturating_add(amount);
		};
		Datasets::<T>::iter_values().for_each(|d| add(d.owner, d.deposit));
		Models::<T>::iter_values().for_each(|m| add(m.owner, m.deposit));
		Outputs::<T>::iter_values().for_each(|o| add(o.creator, o.deposit));
		for (who, amount) in owed {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::Record.into(), &who) == amount,
				"record deposits differ from what is held"
			);
		}
		Ok(())
	}
}

impl<T: Config> ModelRegistry<T::AccountId> for Pallet<T> {
	type MaxLicensees = T::MaxLicensees;

	fn exists(model: &ModelId) -> bool {
		Models::<T>::contains_key(model)
	}

	fn is_monetizable(model: &ModelId) -> bool {
		Self::model_may_earn(model)
	}

	fn licensees(model: &ModelId) -> BoundedVec<(T::AccountId, Perbill), T::MaxLicensees> {
		Models::<T>::get(model).map(|m| m.licensees).unwrap_or_default()
	}
}

impl<T: Config> OutputRegistry<T::AccountId> for Pallet<T> {
	fn owner(output: &OutputId) -> Option<T::AccountId> {
		let collections = ProvenanceCollections::<T>::get()?;
		T::Nfts::owner(&collections.outputs, &output.0)
	}

	fn model(output: &OutputId) -> Option<ModelId> {
		Outputs::<T>::get(output).map(|o| o.model)
	}

	fn transfer(output: &OutputId, to: &T::AccountId) -> DispatchResult {
		let collections = ProvenanceCollections::<T>::get().ok_or(Error::<T>::NoCollections)?;
		ensure!(Outputs::<T>::contains_key(output), Error::<T>::UnknownOutput);
		T::Nfts::enable_transfer(&collections.outputs, &output.0)?;
		T::Nfts::transfer(&collections.outputs, &output.0, to)?;
		T::Nfts::disable_transfer(&collections.outputs, &output.0)?;
		log::debug!(target: LOG_TARGET, "output {} moved to a new owner", output.0);
		Ok(())
	}
}
