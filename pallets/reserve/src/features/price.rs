//! The price guard: a moving average of the pool price, sampled once a block before any trade,
//! and the checks every reserve swap passes.

use crate::{pallet::*, pool::Pool as _, Config, Price, PriceRecord};
use atelier_primitives::Balance;
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{FixedPointNumber, Permill, Saturating};

/// A `Permill` as a fixed-point fraction.
pub fn fraction(p: Permill) -> Price {
	Price::saturating_from_rational(u128::from(p.deconstruct()), 1_000_000u128)
}

/// The average moved towards `spot` by `alpha` of the gap.
pub fn ema(average: Price, spot: Price, alpha: Price) -> Price {
	if spot >= average {
		average.saturating_add(alpha.saturating_mul(spot.saturating_sub(average)))
	} else {
		average.saturating_sub(alpha.saturating_mul(average.saturating_sub(spot)))
	}
}

/// `spot` is within `band` of `average` (either side).
pub fn within_band(spot: Price, average: Price, band: Permill) -> bool {
	let limit = average.saturating_mul(fraction(band));
	if spot >= average {
		spot.saturating_sub(average) <= limit
	} else {
		average.saturating_sub(spot) <= limit
	}
}

/// `spot` is below `average` by `discount` or more.
pub fn below_by(spot: Price, average: Price, discount: Permill) -> bool {
	spot <= average.saturating_sub(average.saturating_mul(fraction(discount)))
}

/// What `atl` is worth in aUSD at `price`.
pub fn value(atl: Balance, price: Price) -> Balance {
	price.saturating_mul_int(atl)
}

/// How much ATL `stable` buys at `price`.
pub fn atl_for(stable: Balance, price: Price) -> Balance {
	price.reciprocal().map(|r| r.saturating_mul_int(stable)).unwrap_or(0)
}

impl<T: Config> Pallet<T> {
	/// The pool's price now (aUSD units per ATL unit); `None` without a pool.
	pub fn spot_price() -> Option<Price> {
		let (atl, stable) = T::Pool::reserves()?;
		Price::checked_from_rational(stable, atl)
	}

	/// Samples the pool price into the average, at the start of block `now`: the pool holds the
	/// previous block's closing reserves, since no transaction of this block has run.
	pub(crate) fn sample_price(now: BlockNumberFor<T>) {
		let Some(spot) = Self::spot_price() else { return };
		let blocks = u128::from(T::Guard::get().average_blocks).saturating_add(1);
		let alpha = Price::saturating_from_rational(2u128, blocks);
		PriceState::<T>::mutate(|record| {
			let average = match record {
				Some(previous) => ema(previous.average, spot, alpha),
				None => spot,
			};
			*record = Some(PriceRecord { average, spot, sampled_at: now });
		});
	}
}
