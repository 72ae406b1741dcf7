//! Styles: a registry of generative styles governance adds to, and the styles a model's owner
//! tags it with, once. The reserve counts demand per style by them.
//!
//! A model's styles are set once and never change: tags that could move would let an owner
//! follow whichever style the reserve's metrics favour. At most
//! [`MAX_MODEL_STYLES`](atelier_primitives::models::MAX_MODEL_STYLES) each, and a model's demand
//! is split evenly over them, so more tags add no demand.

use crate::pallet::*;
use atelier_primitives::models::{ModelId, ModelStyleList, ModelStyles, StyleId};
use frame_support::{ensure, pallet_prelude::*};

impl<T: Config> Pallet<T> {
	/// Adds `name` to the registry under the next id.
	pub(crate) fn do_add_style(name: StyleName<T>) -> Result<StyleId, DispatchError> {
		ensure!(!name.is_empty(), Error::<T>::EmptyStyleName);
		ensure!(!StyleNames::<T>::contains_key(&name), Error::<T>::DuplicateStyleName);
		let id = NextStyleId::<T>::get();
		ensure!(u32::from(id) < T::MaxStyles::get(), Error::<T>::TooManyStyles);
		let next = id.checked_add(1).ok_or(Error::<T>::TooManyStyles)?;
		Styles::<T>::insert(id, &name);
		StyleNames::<T>::insert(&name, id);
		NextStyleId::<T>::put(next);
		Self::deposit_event(Event::StyleAdded { style: id, name });
		Ok(id)
	}

	/// Tags `model` with `styles`, once, for its owner `who`.
	pub(crate) fn do_set_model_styles(
		who: T::AccountId,
		model: ModelId,
		styles: ModelStyleList,
	) -> DispatchResult {
		let record = Models::<T>::get(model).ok_or(Error::<T>::UnknownModel)?;
		ensure!(record.owner == who, Error::<T>::NotModelOwner);
		ensure!(!ModelStyleTags::<T>::contains_key(model), Error::<T>::StylesAlreadySet);
		ensure!(!styles.is_empty(), Error::<T>::NoStyles);
		for (i, style) in styles.iter().enumerate() {
			ensure!(Styles::<T>::contains_key(style), Error::<T>::UnknownStyle);
			ensure!(!styles.iter().take(i).any(|s| s == style), Error::<T>::DuplicateStyle);
		}
		ModelStyleTags::<T>::insert(model, &styles);
		Self::deposit_event(Event::ModelStylesSet { model, styles });
		Ok(())
	}
}

impl<T: Config> ModelStyles for Pallet<T> {
	fn styles(model: &ModelId) -> ModelStyleList {
		ModelStyleTags::<T>::get(model).unwrap_or_default()
	}

	fn registry() -> alloc::vec::Vec<(StyleId, alloc::vec::Vec<u8>)> {
		let mut all: alloc::vec::Vec<_> =
			Styles::<T>::iter().map(|(id, name)| (id, name.into_inner())).collect();
		all.sort_by_key(|(id, _)| *id);
		all
	}
}
