//! Benchmarks of the dispatchables at their bounds (frame-benchmarking v2).
//!
//! The worst cases: a dataset with `MaxContributors` contributors; a fine-tune of a model whose
//! licensees fill `MaxLicensees`, on `MaxDatasets` datasets of `MaxContributors` distinct
//! contributors each, with `MaxFineTuners` fine-tuners; an output minted from a settled compute
//! job (its receipt read and marked used) with `MaxParents` parents (each with a full royalty
//! policy, so the royalties pallet's registration does its most work), `MaxPrompts` prompts and
//! a content credential.

// Benchmark setup panics on purpose when the runtime cannot set up its worst case.
#![allow(
	clippy::arithmetic_side_effects,
	clippy::indexing_slicing,
	clippy::unwrap_used,
	clippy::expect_used
)]

use super::*;
use crate::Pallet as Provenance;
use alloc::vec::Vec;
use atelier_primitives::models::{ModelStyleList, StyleId};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	EnsureOrigin, Get,
};
use frame_system::RawOrigin;
use sp_core::H256;
use sp_runtime::{traits::Saturating, Perbill};

/// What the benchmarks need from the compute market.
pub trait BenchmarkHelper<AccountId> {
	/// A job `requester` ran on `model`, settled with a receipt committing to `output_hash`
	/// and within its challenge period: the receipt an output is minted from.
	fn settled_job(requester: &AccountId, model: ModelId, output_hash: H256) -> JobId;
}

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let _ = T::Currency::set_balance(
		&who,
		T::Currency::minimum_balance().saturating_mul(1_000_000_000u32.into()),
	);
	who
}

/// A style name of the longest length, unique to `i`.
fn style_name<T: Config>(i: u32) -> StyleName<T> {
	let mut name = alloc::vec![b'a'; T::MaxStyleNameLen::get() as usize];
	for (byte, digit) in name.iter_mut().zip(i.to_le_bytes()) {
		*byte = digit;
	}
	StyleName::<T>::truncate_from(name)
}

fn license() -> LicenseTerms {
	LicenseTerms {
		training: Permission::Allowed,
		generative_training: Permission::Allowed,
		inference: Permission::Allowed,
	}
}

fn contributors<T: Config>(seed: u32, n: u32) -> Vec<(T::AccountId, u32)> {
	(0..n)
		.map(|i| {
			(
				account("contributor", seed.saturating_mul(1000).saturating_add(i), 0),
				i.saturating_add(1),
			)
		})
		.collect()
}

fn dataset<T: Config>(owner: &T::AccountId, seed: u32) -> DatasetId {
	Provenance::<T>::do_register_dataset(
		owner.clone(),
		H256::repeat_byte(seed as u8),
		license(),
		contributors::<T>(seed, T::MaxContributors::get()),
	)
	.expect("the benchmark's dataset registers")
}

/// A base model whose licensees fill `MaxLicensees`: enough datasets of distinct contributors.
fn full_model<T: Config>(owner: &T::AccountId) -> ModelId {
	let per_dataset = T::MaxContributors::get().max(1);
	let needed = T::MaxLicensees::get().div_ceil(per_dataset).clamp(1, T::MaxDatasets::get());
	let datasets = (0..needed).map(|i| dataset::<T>(owner, 100u32.saturating_add(i))).collect();
	Provenance::<T>::do_register_model(
		owner.clone(),
		None,
		datasets,
		Vec::new(),
		H256::repeat_byte(1),
		ModelShares { datasets: Perbill::from_percent(90), base_model: Perbill::zero() },
	)
	.expect("the benchmark's base model registers")
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A style added to a registry one short of full.
	#[benchmark]
	fn add_style() -> Result<(), BenchmarkError> {
		for i in 1..T::MaxStyles::get() {
			Provenance::<T>::do_add_style(style_name::<T>(i)).expect("below the bound");
		}
		let origin =
			T::StyleOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, style_name::<T>(0));
		assert_eq!(u32::from(NextStyleId::<T>::get()), T::MaxStyles::get());
		Ok(())
	}

	/// A model tagged with the most styles (each looked up).
	#[benchmark]
	fn set_model_styles() {
		let owner = funded::<T>("owner", 0);
		let model = full_model::<T>(&owner);
		let most = atelier_primitives::models::MAX_MODEL_STYLES.min(T::MaxStyles::get());
		let styles: Vec<StyleId> = (0..most)
			.map(|i| Provenance::<T>::do_add_style(style_name::<T>(i)).expect("below the bound"))
			.collect();
		let styles = ModelStyleList::truncate_from(styles);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), model, styles.clone());
		assert_eq!(ModelStyleTags::<T>::get(model), Some(styles));
	}

	#[benchmark]
	fn register_dataset(c: Linear<1, { T::MaxContributors::get() }>) {
		let owner = funded::<T>("owner", 0);
		let contributors = contributors::<T>(0, c);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), H256::repeat_byte(7), license(), contributors);

		assert!(Datasets::<T>::contains_key(DatasetId(
			NextDatasetId::<T>::get().saturating_sub(1)
		)));
	}

	#[benchmark]
	fn register_model(
		d: Linear<1, { T::MaxDatasets::get() }>,
		f: Linear<0, { T::MaxFineTuners::get() }>,
	) {
		let owner = funded::<T>("owner", 0);
		let base = full_model::<T>(&owner);
		let datasets: Vec<_> =
			(0..d).map(|i| dataset::<T>(&owner, 200u32.saturating_add(i))).collect();
		let fine_tuners: Vec<_> = (0..f)
			.map(|i| (account::<T::AccountId>("fine-tuner", i, 0), Perbill::from_percent(1)))
			.collect();
		let shares = ModelShares {
			datasets: Perbill::from_percent(40),
			base_model: Perbill::from_percent(40),
		};

		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner.clone()),
			Some(base),
			datasets,
			fine_tuners,
			H256::repeat_byte(9),
			shares,
		);

		let model = ModelId(NextModelId::<T>::get().saturating_sub(1));
		assert_eq!(Models::<T>::get(model).map(|m| m.base_model), Some(Some(base)));
	}

	#[benchmark]
	fn mint_output(p: Linear<0, { T::MaxParents::get() }>, m: Linear<0, { T::MaxPrompts::get() }>) {
		let owner = funded::<T>("owner", 0);
		let creator = funded::<T>("creator", 0);
		let model = full_model::<T>(&owner);
		let parents: Vec<_> = (0..T::MaxParents::get())
			.map(|i| {
				let parent_creator = funded::<T>("parent-creator", i);
				Provenance::<T>::do_mint_output(
					parent_creator,
					model,
					None,
					H256::repeat_byte(i as u8),
					Vec::new(),
					Vec::new(),
					None,
					Perbill::from_percent(5),
				)
				.expect("the benchmark's parents mint")
			})
			.take(p as usize)
			.collect();
		let prompts = (0..m).map(|i| H256::repeat_byte(i as u8)).collect();
		let job = T::BenchmarkHelper::settled_job(&creator, model, H256::repeat_byte(42));

		#[extrinsic_call]
		_(
			RawOrigin::Signed(creator.clone()),
			model,
			Some(job),
			H256::repeat_byte(42),
			prompts,
			parents,
			Some(H256::repeat_byte(43)),
			Perbill::from_percent(5),
		);

		let output = OutputId(NextOutputId::<T>::get().saturating_sub(1));
		assert_eq!(Outputs::<T>::get(output).map(|o| o.creator), Some(creator));
		assert_eq!(JobOutputs::<T>::get(job), Some(output));
	}

	impl_benchmark_test_suite!(
		Provenance,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
