//! [`Metrics`] for the reserve: the compute market, royalties, governance and reputation report
//! demand and active accounts, which the period's steering reads
//! ([`features::metrics`](crate::features::metrics)).

use crate::{pallet::*, Config};
use atelier_primitives::{activity::Metrics, models::ModelId, AssetId, Balance};
use frame_support::{traits::Get, weights::Weight};

impl<T: Config> Metrics<T::AccountId> for Pallet<T> {
	fn served(model: &ModelId, units: u64, paid: Balance, paid_away: Balance) -> Weight {
		Self::count_demand(model, units, paid, paid_away)
	}

	fn sold(model: &ModelId, asset: Option<AssetId>, price: Balance, paid_away: Balance) -> Weight {
		let (price, paid_away) = (Self::in_atl(asset, price), Self::in_atl(asset, paid_away));
		Self::count_demand(model, 0, price, paid_away).saturating_add(T::DbWeight::get().reads(1))
	}

	fn engaged(who: &T::AccountId) -> Weight {
		Self::count_engaged(who)
	}

	/// A sale of a model with the most styles: the price, the count, the model's styles, the
	/// period, the averages' span, the model's demand and the most demanded models (for the
	/// grants line), and each style's record.
	fn max_weight() -> Weight {
		let styles = u64::from(atelier_primitives::models::MAX_MODEL_STYLES);
		T::DbWeight::get().reads_writes(7u64.saturating_add(styles), 3u64.saturating_add(styles))
	}
}
