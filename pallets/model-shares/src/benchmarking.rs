//! Benchmarks of the dispatchables and of a credit at their bounds (frame-benchmarking v2).
//!
//! Every class has income in `MaxAssets` pools (the native token and an accepted asset), so each
//! settlement walks every pool; payments are made in the accepted asset to accounts that hold
//! none yet (a new asset account), the costlier path. A credit is measured with `h` holders to
//! show that its cost does not depend on them.

// Benchmark setup panics on purpose when the runtime cannot set up its worst case.
#![allow(
	clippy::arithmetic_side_effects,
	clippy::indexing_slicing,
	clippy::unwrap_used,
	clippy::expect_used
)]

use super::*;
use crate::Pallet as ModelShares;
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	fungibles::{Inspect as AssetsInspect, Mutate as AssetsMutate},
	Get,
};
use frame_system::RawOrigin;
use sp_runtime::traits::Saturating;

/// What the benchmarks need from provenance and the assets.
pub trait BenchmarkHelper<AccountId> {
	/// A new model owned by `owner`.
	fn model(owner: &AccountId) -> ModelId;
	/// An accepted asset that exists (created if need be, sufficient like the stablecoin).
	fn accepted_asset() -> AssetId;
}

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let _ = T::Currency::set_balance(
		&who,
		T::Currency::minimum_balance().saturating_mul(1_000_000_000u32.into()),
	);
	who
}

/// Endows the pallet's account, as genesis does.
fn endow_pools<T: Config>(asset: AssetId) {
	let account = ModelShares::<T>::account_id();
	let _ = T::Currency::set_balance(
		&account,
		T::Currency::minimum_balance().saturating_mul(1_000u32.into()),
	);
	T::Assets::mint_into(
		asset,
		&account,
		T::Assets::minimum_balance(asset).saturating_mul(10u32.into()),
	)
	.unwrap();
}

/// Pays `amount` into `model`'s pools in the native token and in `asset`.
fn pay_income<T: Config>(model: ModelId, asset: AssetId, amount: BalanceOf<T>) {
	let account = ModelShares::<T>::account_id();
	let native = T::Currency::balance(&account);
	T::Currency::set_balance(&account, native.saturating_add(amount));
	T::Assets::mint_into(asset, &account, amount).unwrap();
	ModelShares::<T>::do_credit(&model, PaymentAsset::Native, amount).unwrap();
	ModelShares::<T>::do_credit(&model, PaymentAsset::Asset(asset), amount).unwrap();
}

/// A model with shares issued by a funded owner, income in every pool, and `MaxSupply` shares.
fn class<T: Config>() -> (ModelId, T::AccountId, AssetId) {
	let owner = funded::<T>("owner", 0);
	let model = T::BenchmarkHelper::model(&owner);
	let asset = T::BenchmarkHelper::accepted_asset();
	endow_pools::<T>(asset);
	ModelShares::<T>::do_issue(owner.clone(), model, T::MaxSupply::get()).unwrap();
	pay_income::<T>(
		model,
		asset,
		T::Assets::minimum_balance(asset).saturating_mul(1_000u32.into()),
	);
	(model, owner, asset)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn issue() {
		let owner = funded::<T>("owner", 0);
		let model = T::BenchmarkHelper::model(&owner);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), model, T::MaxSupply::get());

		assert!(Classes::<T>::contains_key(model));
	}

	/// Both sides settled against every pool; the receiver's holding is new; the sender's
	/// offer of every share shrinks to what it keeps.
	#[benchmark]
	fn transfer() {
		let (model, owner, asset) = class::<T>();
		let to: T::AccountId = account("holder", 0, 0);
		let amount = ModelShares::<T>::min_holding(T::MaxSupply::get());
		ModelShares::<T>::do_offer(
			model,
			owner.clone(),
			T::MaxSupply::get(),
			PaymentAsset::Asset(asset),
			1_000u32.into(),
		)
		.unwrap();

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), model, to.clone(), amount);

		assert_eq!(Holdings::<T>::get(&to, model).unwrap().shares, amount);
	}

	/// A holder owed in every pool is paid in each, the asset to a new asset account.
	#[benchmark]
	fn claim() {
		let (model, owner, asset) = class::<T>();
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), model, owner.clone());

		assert!(T::Assets::balance(asset, &owner) > 0u32.into());
	}

	/// The redeemer is paid every pot, the asset to a new asset account.
	#[benchmark]
	fn redeem() {
		let (model, owner, asset) = class::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), model);

		assert!(!Classes::<T>::contains_key(model));
		assert!(T::Assets::balance(asset, &owner) > 0u32.into());
	}

	#[benchmark]
	fn offer() {
		let (model, owner, asset) = class::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), model, 10, PaymentAsset::Asset(asset), 1_000u32.into());

		assert!(Offers::<T>::contains_key(model, &owner));
	}

	#[benchmark]
	fn cancel_offer() {
		let (model, owner, asset) = class::<T>();
		ModelShares::<T>::do_offer(
			model,
			owner.clone(),
			10,
			PaymentAsset::Asset(asset),
			1_000u32.into(),
		)
		.unwrap();

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), model);

		assert!(!Offers::<T>::contains_key(model, &owner));
	}

	/// The buyer pays in the asset (the seller's first holding of it) and becomes a holder.
	#[benchmark]
	fn buy() {
		let (model, owner, asset) = class::<T>();
		let amount = ModelShares::<T>::min_holding(T::MaxSupply::get());
		let price = T::Assets::minimum_balance(asset);
		ModelShares::<T>::do_offer(model, owner.clone(), amount, PaymentAsset::Asset(asset), price)
			.unwrap();
		let buyer = funded::<T>("buyer", 0);
		T::Assets::mint_into(
			asset,
			&buyer,
			price.saturating_mul((amount as u32).saturating_add(10).into()),
		)
		.unwrap();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(buyer.clone()),
			model,
			owner,
			amount,
			PaymentAsset::Asset(asset),
			price,
		);

		assert_eq!(Holdings::<T>::get(&buyer, model).unwrap().shares, amount);
	}

	/// A payment into a class of `h` holders: the same few writes whatever `h`.
	#[benchmark]
	fn credit(h: Linear<2, 1_000>) {
		let (model, owner, asset) = class::<T>();
		let amount = ModelShares::<T>::min_holding(T::MaxSupply::get());
		for i in 1..h {
			let to: T::AccountId = account("holder", i, 0);
			ModelShares::<T>::do_transfer(model, &owner, &to, amount).unwrap();
		}
		let income = T::Assets::minimum_balance(asset).saturating_mul(1_000u32.into());
		T::Assets::mint_into(asset, &ModelShares::<T>::account_id(), income).unwrap();

		#[block]
		{
			ModelShares::<T>::do_credit(&model, PaymentAsset::Asset(asset), income).unwrap();
		}

		assert_eq!(Classes::<T>::get(model).unwrap().holders, h);
	}

	impl_benchmark_test_suite!(ModelShares, crate::mock::new_test_ext(), crate::mock::Test);
}
