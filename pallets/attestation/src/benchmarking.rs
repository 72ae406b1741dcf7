//! Benchmarks of the dispatchables at their bounds (frame-benchmarking v2).
//!
//! The costs that grow are a dataset's attestations (`MaxAttestationsPerDataset`, each an
//! attestor to expose, slash or credit) and a walk up a model's lineage (provenance's
//! `MaxModelGenerations + 1` models, each on `MaxDatasets` datasets): every benchmark that walks
//! takes the deepest lineage the runtime allows, with the taint (if any) found at its root, so
//! that the walk reads everything.

// Benchmark setup panics on purpose when the runtime cannot set up its worst case.
#![allow(
	clippy::arithmetic_side_effects,
	clippy::indexing_slicing,
	clippy::unwrap_used,
	clippy::expect_used
)]

use super::*;
use crate::Pallet as Attestation;
use alloc::vec::Vec;
use atelier_primitives::{models::ModelId, provenance::DatasetId};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	EnsureOrigin, Get,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_core::H256;
use sp_runtime::traits::{One, Saturating};

/// What the benchmarks need from provenance and royalties.
pub trait BenchmarkHelper<T: Config> {
	/// A new dataset of `owner`'s.
	fn dataset(owner: &T::AccountId) -> DatasetId;
	/// A new lineage of `owner`'s as deep and wide as provenance allows: returns its deepest
	/// fine-tune and a dataset of its root model.
	fn deepest_model(owner: &T::AccountId) -> (ModelId, DatasetId);
	/// Royalties accrued from `model`'s outputs, in every asset, for a burn to burn.
	fn royalties(model: &ModelId);
}

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let amount = T::AttestorBond::get()
		.saturating_add(T::ModelBondAmount::get())
		.saturating_add(T::ChallengeBondAmount::get())
		.saturating_mul(BalanceOf::<T>::from(100u64))
		.saturating_add(T::Currency::minimum_balance());
	let _ = T::Currency::set_balance(&who, amount);
	who
}

fn active_attestor<T: Config>(index: u32) -> T::AccountId {
	let who = funded::<T>("attestor", index);
	Attestation::<T>::do_apply(who.clone()).expect("a funded account applies");
	Attestation::<T>::do_approve(who.clone()).expect("a candidate is approved");
	who
}

fn expiry<T: Config>() -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number().saturating_add(T::MaxAttestationPeriod::get())
}

/// A dataset with `n` unexpired attestations, by `n` attestors.
fn attested_dataset<T: Config>(n: u32) -> (DatasetId, Vec<T::AccountId>) {
	let owner = funded::<T>("owner", 0);
	let dataset = T::BenchmarkHelper::dataset(&owner);
	let attestors: Vec<_> = (0..n).map(active_attestor::<T>).collect();
	for who in attestors.iter() {
		Attestation::<T>::do_attest(who.clone(), dataset, Uses::ALL, H256::zero(), expiry::<T>())
			.expect("an active attestor attests");
	}
	(dataset, attestors)
}

/// Opens a challenge against `target` and fills its backers: every bond is paid or released
/// when it closes.
fn full_challenge<T: Config>(target: Target) -> (ChallengeId, T::AccountId) {
	let challenger = funded::<T>("challenger", 0);
	let id = NextChallengeId::<T>::get();
	Attestation::<T>::do_challenge(challenger.clone(), target, Severity::Major, H256::zero())
		.expect("a funded challenger challenges");
	for index in 0..T::MaxBackers::get() {
		Attestation::<T>::do_challenge(
			funded::<T>("backer", index),
			target,
			Severity::Major,
			H256::zero(),
		)
		.expect("a funded backer joins");
	}
	assert_eq!(Challenges::<T>::get(id).unwrap().backers.len() as u32, T::MaxBackers::get());
	(id, challenger)
}

/// An open challenge, with as many backers as it keeps, against a dataset attested by as many
/// attestors as it keeps.
fn challenged_dataset<T: Config>() -> (ChallengeId, T::AccountId, Vec<T::AccountId>) {
	let (dataset, attestors) = attested_dataset::<T>(T::MaxAttestationsPerDataset::get());
	let (id, challenger) = full_challenge::<T>(Target::Dataset(dataset));
	(id, challenger, attestors)
}

fn decide_origin<T: Config>() -> T::RuntimeOrigin {
	T::DecideOrigin::try_successful_origin().expect("the deciding origin can be made")
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn apply_as_attestor() {
		let who = funded::<T>("candidate", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert_eq!(Attestors::<T>::get(&who).unwrap().status, AttestorStatus::Candidate);
	}

	#[benchmark]
	fn approve_attestor() {
		let who = funded::<T>("candidate", 0);
		Attestation::<T>::do_apply(who.clone()).unwrap();
		let origin =
			T::AttestorOrigin::try_successful_origin().expect("the approving origin can be made");

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert_eq!(Attestors::<T>::get(&who).unwrap().status, AttestorStatus::Active);
	}

	#[benchmark]
	fn leave() {
		let who = active_attestor::<T>(0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(matches!(
			Attestors::<T>::get(&who).unwrap().status,
			AttestorStatus::Leaving { .. }
		));
	}

	#[benchmark]
	fn withdraw_attestor() {
		let who = active_attestor::<T>(0);
		Attestation::<T>::do_leave(who.clone()).unwrap();
		let later =
			frame_system::Pallet::<T>::block_number().saturating_add(T::AttestorUnbonding::get());
		frame_system::Pallet::<T>::set_block_number(later);
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), who.clone());

		assert!(!Attestors::<T>::contains_key(&who));
	}

	/// The last free place of a dataset whose other attestations are all unexpired.
	#[benchmark]
	fn attest() {
		let (dataset, _) = attested_dataset::<T>(T::MaxAttestationsPerDataset::get() - 1);
		let who = active_attestor::<T>(u32::MAX);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), dataset, Uses::ALL, H256::zero(), expiry::<T>());

		assert_eq!(
			Datasets::<T>::get(dataset).attestations.len() as u32,
			T::MaxAttestationsPerDataset::get()
		);
	}

	#[benchmark]
	fn revoke() {
		let (dataset, attestors) = attested_dataset::<T>(T::MaxAttestationsPerDataset::get());
		let who = attestors.last().unwrap().clone();

		#[extrinsic_call]
		_(RawOrigin::Signed(who), dataset);

		assert_eq!(
			Datasets::<T>::get(dataset).attestations.len() as u32,
			T::MaxAttestationsPerDataset::get() - 1
		);
	}

	#[benchmark]
	fn bond_model() {
		let owner = funded::<T>("owner", 0);
		let (model, _) = T::BenchmarkHelper::deepest_model(&owner);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), model);

		assert!(Models::<T>::get(model).bond.is_some());
	}

	#[benchmark]
	fn unbond_model() {
		let owner = funded::<T>("owner", 0);
		let (model, _) = T::BenchmarkHelper::deepest_model(&owner);
		Attestation::<T>::do_bond_model(owner.clone(), model).unwrap();

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), model);

		assert!(Models::<T>::get(model).bond.unwrap().unbonding.is_some());
	}

	/// The whole lineage walked and found clean: the bond is released.
	#[benchmark]
	fn withdraw_model_bond() {
		let owner = funded::<T>("owner", 0);
		let (model, _) = T::BenchmarkHelper::deepest_model(&owner);
		Attestation::<T>::do_bond_model(owner.clone(), model).unwrap();
		Attestation::<T>::do_unbond_model(owner.clone(), model).unwrap();
		let later =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ModelUnbonding::get());
		frame_system::Pallet::<T>::set_block_number(later);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), model);

		assert!(Models::<T>::get(model).bond.is_none());
	}

	/// A new challenge against a dataset with as many attestations as it keeps: each attestor
	/// is exposed. (Joining reads and writes less; dismissing a lapsed challenge first is the
	/// `lapse` weight, added by the dispatchable.)
	#[benchmark]
	fn challenge() {
		let (dataset, _) = attested_dataset::<T>(T::MaxAttestationsPerDataset::get());
		let challenger = funded::<T>("challenger", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(challenger), Target::Dataset(dataset), Severity::Major, H256::zero());

		assert_eq!(Datasets::<T>::get(dataset).freeze.open, 1);
	}

	/// Every attestor of a full dataset slashed, the challenger and every backer paid,
	/// reputation told. (The offender's stake slash is reputation's weight, added by the
	/// dispatchable.)
	#[benchmark]
	fn uphold_dataset() {
		let (id, _, attestors) = challenged_dataset::<T>();
		let origin = decide_origin::<T>();

		#[extrinsic_call]
		uphold(origin as T::RuntimeOrigin, id, Severity::Major);

		assert!(Attestors::<T>::get(&attestors[0]).unwrap().bond < T::AttestorBond::get());
	}

	/// A major violation of a bonded model whose outputs accrued royalties: the bond and the
	/// pots burned.
	#[benchmark]
	fn uphold_model() {
		let owner = funded::<T>("owner", 0);
		let (model, _) = T::BenchmarkHelper::deepest_model(&owner);
		Attestation::<T>::do_bond_model(owner, model).unwrap();
		T::BenchmarkHelper::royalties(&model);
		let (id, _) = full_challenge::<T>(Target::Model(model));
		let origin = decide_origin::<T>();

		#[extrinsic_call]
		uphold(origin as T::RuntimeOrigin, id, Severity::Major);

		assert!(Models::<T>::get(model).bond.is_none());
	}

	/// Every bond of a full challenge paid to the owner and the reserve, every attestation of a
	/// full dataset extended, every attestor credited.
	#[benchmark]
	fn reject() {
		let (id, _, _) = challenged_dataset::<T>();
		let later = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
		frame_system::Pallet::<T>::set_block_number(later);
		let origin = decide_origin::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);

		assert!(!Challenges::<T>::contains_key(id));
	}

	/// As a rejection, without the credit.
	#[benchmark]
	fn lapse() {
		let (id, _, _) = challenged_dataset::<T>();
		let later = frame_system::Pallet::<T>::block_number()
			.saturating_add(T::ChallengePeriod::get())
			.saturating_add(One::one());
		frame_system::Pallet::<T>::set_block_number(later);
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);

		assert!(!Challenges::<T>::contains_key(id));
	}

	/// The deepest lineage walked to its root dataset, where a major violation is found; the
	/// fine-tune's bond and royalties burned.
	#[benchmark]
	fn enforce() {
		let owner = funded::<T>("owner", 0);
		let (model, root_dataset) = T::BenchmarkHelper::deepest_model(&owner);
		Attestation::<T>::do_bond_model(owner, model).unwrap();
		T::BenchmarkHelper::royalties(&model);
		let challenger = funded::<T>("challenger", 0);
		let id = NextChallengeId::<T>::get();
		Attestation::<T>::do_challenge(
			challenger,
			Target::Dataset(root_dataset),
			Severity::Major,
			H256::zero(),
		)
		.unwrap();
		Attestation::<T>::do_uphold(id, Severity::Major).unwrap();
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), model);

		assert!(Models::<T>::get(model).bond.is_none());
	}

	#[benchmark]
	fn lift() {
		let owner = funded::<T>("owner", 0);
		let dataset = T::BenchmarkHelper::dataset(&owner);
		let challenger = funded::<T>("challenger", 0);
		let id = NextChallengeId::<T>::get();
		Attestation::<T>::do_challenge(
			challenger,
			Target::Dataset(dataset),
			Severity::Minor,
			H256::zero(),
		)
		.unwrap();
		Attestation::<T>::do_uphold(id, Severity::Minor).unwrap();
		let origin = decide_origin::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Target::Dataset(dataset));

		assert!(Datasets::<T>::get(dataset).violation.is_none());
	}

	impl_benchmark_test_suite!(
		Attestation,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
