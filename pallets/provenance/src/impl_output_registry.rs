//! [`OutputRegistry`]: what royalties asks about outputs, and the one path that moves an output's
//! NFT (a sale).

use crate::{pallet::*, LOG_TARGET};
use atelier_primitives::{
	models::ModelId,
	provenance::{OutputId, OutputRegistry},
};
use frame_support::{
	ensure,
	traits::tokens::nonfungibles_v2::{Inspect as NftInspect, Transfer},
};
use sp_runtime::DispatchResult;

impl<T: Config> OutputRegistry<T::AccountId> for Pallet<T> {
	fn owner(output: &OutputId) -> Option<T::AccountId> {
		let collections = ProvenanceCollections::<T>::get()?;
		T::Nfts::owner(&collections.outputs, &output.0)
	}

	fn model(output: &OutputId) -> Option<ModelId> {
		Outputs::<T>::get(output).map(|o| o.model)
	}

	fn creator(output: &OutputId) -> Option<T::AccountId> {
		Outputs::<T>::get(output).map(|o| o.creator)
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
