//! Outputs: minting with their model, parents, prompts and (optionally) the compute job that made
//! them, and the locked NFTs every record gets.

use crate::{pallet::*, types::*};
use alloc::{collections::BTreeSet, vec::Vec};
use atelier_primitives::{
	compute::JobId,
	models::ModelId,
	provenance::{ComputeReceipts, OutputId, RoyaltyPolicies},
	ItemId,
};
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::nonfungibles_v2::{Mutate as NftMutate, Transfer},
	},
};
use pallet_nfts::ItemConfig;
use sp_core::H256;
use sp_runtime::{DispatchResult, Perbill};

impl<T: Config> Pallet<T> {
	/// Mints an output of `model` with its royalty policy, deposit and locked NFT; refuses an
	/// unknown model or parent, a duplicate parent, and a receipt used, unknown or mismatched.
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
			// The receipt commits to the output's hash: minting opens the commitment.
			let committed = atelier_primitives::compute::output_commitment(job, &content_hash);
			ensure!(
				receipt.model == model && receipt.output_hash == committed,
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
	pub(crate) fn mint_locked(
		collection: atelier_primitives::CollectionId,
		item: ItemId,
		owner: &T::AccountId,
	) -> DispatchResult {
		T::Nfts::mint_into(&collection, &item, owner, &ItemConfig::default(), false)?;
		T::Nfts::disable_transfer(&collection, &item)
	}
}
