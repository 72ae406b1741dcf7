//! [`Metrics`] for the reserve: the compute market, royalties, governance and reputation report
//! demand and active accounts, which the period's steering reads
//! ([`features::metrics`](crate::features::metrics)).

use crate::{pallet::*, Config};
use atelier_primitives::{activity::Metrics, models::ModelId, AssetId, Balance};
use frame_support::{traits::Get, weights::Weight};

impl<T: Config> Metrics<T::AccountId> for Pallet<T> {
	fn served(model: &ModelId, units: u64, paid: Balance) -> Weight {
		Self::count_demand(model, units, paid)
	}

	fn sold(model: &ModelId, asset: Option<AssetId>, price: Balance) -> Weight {
		let demand = Self::sale_demand(asset, price);
		Self::count_demand(model, 0, demand).saturating_add(T::DbWeight::get().reads(1))
	}

	fn engaged(who: &T::AccountId) -> Weight {
		Self::count_engaged(who)
	}

	/// A sale of a model with the most styles: the price, the period, the count, the model's
	/// styles and each style's record.
	fn max_weight() -> Weight {
		let styles = u64::from(atelier_primitives::models::MAX_MODEL_STYLES);
		T::DbWeight::get().reads_writes(4u64.saturating_add(styles), 1u64.saturating_add(styles))
	}
}
