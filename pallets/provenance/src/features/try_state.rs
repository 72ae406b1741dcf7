//! The pallet's invariants, one function each; `try_state` runs them all, and the tests run
//! them after every test.

use crate::{pallet::*, types::*};
use alloc::collections::BTreeMap;
use atelier_primitives::shares::{parts, BILLION};
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, tokens::nonfungibles_v2::Inspect as NftInspect, Get},
};
use sp_runtime::{traits::Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Checks every invariant; `try_state` and the tests call it.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::try_state_items_have_their_nfts()?;
		Self::try_state_lineage_is_a_dag()?;
		Self::try_state_licensees_fit_the_whole()?;
		Self::try_state_deposits_are_held()?;
		Self::try_state_styles()?;
		Ok(())
	}

	/// Every record has its NFT in its collection; datasets and models stay with their owner
	/// (their NFTs never move); ids lie below the next id.
	fn try_state_items_have_their_nfts() -> Result<(), TryRuntimeError> {
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
	fn try_state_lineage_is_a_dag() -> Result<(), TryRuntimeError> {
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
	fn try_state_licensees_fit_the_whole() -> Result<(), TryRuntimeError> {
		for model in Models::<T>::iter_values() {
			let total: u64 = model.licensees.iter().map(|(_, share)| parts(*share)).sum();
			ensure!(total <= BILLION, "a model's licensees share more than 100%");
		}
		Ok(())
	}

	/// What each account holds under [`HoldReason::Record`] equals the deposits of its records.
	fn try_state_deposits_are_held() -> Result<(), TryRuntimeError> {
		let mut owed = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
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

	/// Styles' ids lie below the next id, within `MaxStyles`, each name indexed to its id; every
	/// model's tags name distinct existing styles, of an existing model.
	fn try_state_styles() -> Result<(), TryRuntimeError> {
		let next = NextStyleId::<T>::get();
		ensure!(u32::from(next) <= T::MaxStyles::get(), "more styles than the bound");
		let mut count = 0u32;
		for (id, name) in Styles::<T>::iter() {
			ensure!(id < next, "a style's id at or past the next id");
			ensure!(StyleNames::<T>::get(&name) == Some(id), "a style's name is not indexed");
			count = count.saturating_add(1);
		}
		ensure!(count == u32::from(next), "the style ids have a gap");
		ensure!(StyleNames::<T>::iter().count() == count as usize, "a style name indexes no style");
		for (model, tags) in ModelStyleTags::<T>::iter() {
			ensure!(Models::<T>::contains_key(model), "styles of no model");
			ensure!(!tags.is_empty(), "a model tagged with no style");
			for (i, style) in tags.iter().enumerate() {
				ensure!(Styles::<T>::contains_key(style), "a model tagged with no style");
				ensure!(!tags.iter().take(i).any(|s| s == style), "a model tagged twice");
			}
		}
		Ok(())
	}
}
