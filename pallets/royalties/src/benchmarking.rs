//! Benchmarks of the dispatchables at their bounds (frame-benchmarking v2).
//!
//! A sale's cost grows with the recipients its policy pays (`r`, up to `MaxRecipients`), never
//! with the lineage's depth: the policy was flattened at mint. The benchmarks give the output a
//! policy of `r` distinct recipients who have accrued nothing yet (each accrual a new entry).
//!
//! Every path is priced in an accepted asset rather than in the native token: an asset transfer
//! reads and writes the asset's details besides both accounts, and a first holding of a
//! sufficient asset (the seller's proceeds, a claim's beneficiary) creates an account entry and
//! touches `frame_system`'s account too. That is the costlier path, so its weight bounds both.

// Benchmark setup panics on purpose when the runtime cannot set up its worst case.
#![allow(
	clippy::arithmetic_side_effects,
	clippy::indexing_slicing,
	clippy::unwrap_used,
	clippy::expect_used
)]

use super::*;
use crate::Pallet as Royalties;
use alloc::vec::Vec;
use atelier_primitives::purse::ProtocolReserve as _;
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	fungibles::{Inspect as AssetsInspect, Mutate as AssetsMutate},
	Get,
};
use frame_system::RawOrigin;
use sp_runtime::{
	traits::{Saturating, Zero},
	BoundedVec, Perbill,
};

/// What the benchmarks need from provenance.
pub trait BenchmarkHelper<AccountId> {
	/// A new output owned by `owner`, with a royalty policy, whose model may earn and takes the
	/// longest check of that the registry allows (each listing and sale makes it).
	fn sellable_output(owner: &AccountId) -> OutputId;

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

/// An output owned by `seller` whose policy pays `r` distinct recipients.
fn output_paying<T: Config>(seller: &T::AccountId, r: u32) -> OutputId {
	let output = T::BenchmarkHelper::sellable_output(seller);
	let share = Perbill::from_rational(1u32, r.max(1).saturating_mul(4));
	let recipients: Vec<_> = (0..r)
		.map(|i| (Payee::Account(account::<T::AccountId>("recipient", i, 0)), share))
		.collect();
	Policies::<T>::insert(
		output,
		RoyaltyPolicy {
			creator_share: share,
			stack: T::MaxRoyaltyStack::get(),
			recipients: BoundedVec::truncate_from(recipients),
		},
	);
	// The reserve and the pallet's account exist and hold the asset, as genesis makes them.
	let asset = T::BenchmarkHelper::accepted_asset();
	for who in [T::Purse::reserve(), Royalties::<T>::account_id()] {
		let _ = T::Currency::set_balance(&who, T::Currency::minimum_balance());
		if T::Assets::balance(asset, &who).is_zero() {
			T::Assets::mint_into(asset, &who, T::Assets::minimum_balance(asset))
				.expect("the asset mints");
		}
	}
	output
}

/// The asset the benchmarks price in.
fn asset<T: Config>() -> PaymentAsset {
	PaymentAsset::Asset(T::BenchmarkHelper::accepted_asset())
}

fn price<T: Config>() -> BalanceOf<T> {
	T::Assets::minimum_balance(T::BenchmarkHelper::accepted_asset())
		.max(1u32.into())
		.saturating_mul(1_000_000u32.into())
}

/// `who` holds enough of the benchmarks' asset to pay `price` many times over.
fn holding<T: Config>(who: &T::AccountId) {
	let id = T::BenchmarkHelper::accepted_asset();
	T::Assets::mint_into(id, who, price::<T>().saturating_mul(1_000u32.into()))
		.expect("the asset mints");
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn list() {
		let seller = funded::<T>("seller", 0);
		let output = output_paying::<T>(&seller, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(seller), output, asset::<T>(), price::<T>());

		assert!(Listings::<T>::contains_key(output));
	}

	#[benchmark]
	fn unlist() {
		let seller = funded::<T>("seller", 0);
		let output = output_paying::<T>(&seller, 1);
		Royalties::<T>::do_list(seller.clone(), output, asset::<T>(), price::<T>())
			.expect("the seller lists");

		#[extrinsic_call]
		_(RawOrigin::Signed(seller), output);

		assert!(!Listings::<T>::contains_key(output));
	}

	#[benchmark]
	fn buy(r: Linear<1, { T::MaxRecipients::get() }>) {
		let seller = funded::<T>("seller", 0);
		let buyer = funded::<T>("buyer", 0);
		let output = output_paying::<T>(&seller, r);
		holding::<T>(&buyer);
		Royalties::<T>::do_list(seller, output, asset::<T>(), price::<T>())
			.expect("the seller lists");
		let listing = Listings::<T>::get(output).expect("listed").id;

		#[extrinsic_call]
		_(RawOrigin::Signed(buyer.clone()), output, listing, asset::<T>(), price::<T>());

		assert_eq!(T::Outputs::owner(&output), Some(buyer));
	}

	#[benchmark]
	fn record_external_sale() {
		let seller = funded::<T>("seller", 0);
		let buyer: T::AccountId = account("buyer", 0, 0);
		let output = output_paying::<T>(&seller, T::MaxRecipients::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(seller), output, buyer.clone(), asset::<T>(), price::<T>());

		assert!(ExternalSales::<T>::get(output).is_some_and(|sale| sale.buyer == buyer));
	}

	#[benchmark]
	fn accept_external_sale(r: Linear<1, { T::MaxRecipients::get() }>) {
		let seller = funded::<T>("seller", 0);
		let buyer = funded::<T>("buyer", 0);
		let output = output_paying::<T>(&seller, r);
		holding::<T>(&seller);
		// Listed as well, so the acceptance also drops the stale listing.
		Royalties::<T>::do_list(seller.clone(), output, asset::<T>(), price::<T>())
			.expect("the seller lists");
		Royalties::<T>::do_record_external_sale(
			seller,
			output,
			buyer.clone(),
			asset::<T>(),
			price::<T>(),
		)
		.expect("the sale is recorded");

		#[extrinsic_call]
		_(RawOrigin::Signed(buyer.clone()), output, asset::<T>(), price::<T>());

		assert_eq!(T::Outputs::owner(&output), Some(buyer));
	}

	#[benchmark]
	fn cancel_external_sale() {
		let seller = funded::<T>("seller", 0);
		let buyer: T::AccountId = account("buyer", 0, 0);
		let output = output_paying::<T>(&seller, 1);
		Royalties::<T>::do_record_external_sale(
			seller,
			output,
			buyer.clone(),
			asset::<T>(),
			price::<T>(),
		)
		.expect("the sale is recorded");

		#[extrinsic_call]
		_(RawOrigin::Signed(buyer), output);

		assert!(!ExternalSales::<T>::contains_key(output));
	}

	#[benchmark]
	fn claim() {
		let seller = funded::<T>("seller", 0);
		let output = output_paying::<T>(&seller, 1);
		holding::<T>(&seller);
		let buyer: T::AccountId = account("buyer", 0, 0);
		Royalties::<T>::do_record_external_sale(
			seller,
			output,
			buyer.clone(),
			asset::<T>(),
			price::<T>(),
		)
		.expect("the sale is recorded");
		Royalties::<T>::do_accept_external_sale(buyer, output, asset::<T>(), price::<T>())
			.expect("the buyer accepts");
		// The beneficiary claims its own royalties (no one else may).
		let beneficiary: T::AccountId = account("recipient", 0, 0);
		// The gate walks the model's lineage (the helper's is the longest it allows) and finds
		// it clear: the claim pays.
		let model = T::Outputs::model(&output).expect("the output has a model");

		#[extrinsic_call]
		_(RawOrigin::Signed(beneficiary.clone()), beneficiary.clone(), asset::<T>(), model);

		assert!(Accrued::<T>::get((&beneficiary, asset::<T>(), model)).amount.is_zero());
	}

	impl_benchmark_test_suite!(Royalties, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
